import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../core/dataset/types';
import { formatIssue } from '../core/dataset/types';
import { datasetFromJson, MAX_DATASET_BYTES } from '../core/dataset/validate';
import { normaliseDate } from '../core/sources/metadata';
import { buildDataset, type ImportedDataset } from '../core/sources/records';
import { describeError } from './errors';
import { displayPath } from './files';
import { MAX_SOURCE_BYTES, readSourceAsync } from './sources';

export const IMPORT_USAGE = `Usage: statlens import [OPTION]... SOURCE...

Reads source documents (Markdown, plain text, HTML saved from a browser, PDF) and writes
a dataset with one record per statistic in their prose, for --dataset or a config's
"datasets". Sources over ${MAX_SOURCE_BYTES / 1048576} MB, binary files, encrypted or image-only PDFs are refused, one line each;
the other sources are still imported.

Options:
  --out FILE         write the dataset here (default: standard output)
  --title TEXT       the article's title (default: front matter, <title>, first line)
  --publisher TEXT   its publisher (default: front matter, og:site_name, a byline)
  --date YYYY-MM-DD  its date (default: front matter, article:published_time, a
                     byline, else the file's modification date)
  --url URL          where it can be read (default: front matter, canonical URL)
  -h, --help         show this help

Exit status: 0 imported, 1 a source held no statistics, 2 bad usage or a source
that could not be read (the others are still imported).`;

/** `statlens import`: the exit status. */
export async function runImport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(IMPORT_USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) return usage('no SOURCE given');
  const date = values.date !== undefined ? normaliseDate(values.date) : undefined;
  if (values.date !== undefined && !date) return usage(`--date must be a date such as 2026-04-04, not "${values.date}"`);
  const overrides: Partial<Article> = {};
  if (values.title) overrides.title = values.title;
  if (values.publisher) overrides.publisher = values.publisher;
  if (date) overrides.date = date;
  if (values.url) overrides.url = values.url;

  const { dataset, problems, empty, leftOut } = await importSources(positionals, overrides);
  for (const line of [...leftOut, ...problems]) process.stderr.write(`statlens: ${line}\n`);
  const json = JSON.stringify(dataset, null, 2) + '\n';
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_DATASET_BYTES) process.stderr.write(`statlens: the dataset is ${(bytes / 1e6).toFixed(1)} MB, over the ${MAX_DATASET_BYTES / 1e6} MB --dataset reads: import the sources into several files\n`);
  if (values.out !== undefined) {
    try {
      fs.writeFileSync(values.out, json);
    } catch (error) {
      process.stderr.write(`statlens: ${values.out}: cannot write: ${describeError(error, values.out)}\n`);
      return 2;
    }
    process.stderr.write(`statlens: ${values.out}: ${dataset.records.length} records from ${dataset.articles.length} source${dataset.articles.length === 1 ? '' : 's'}\n`);
  } else {
    process.stdout.write(json);
  }
  return problems.length > empty ? 2 : empty > 0 ? 1 : 0;
}

/**
 * Imports each source into one dataset. A source that cannot be read, or that
 * holds no statistic, is one line in `problems` (`empty` counts the latter); the
 * others are imported all the same. Records the schema would refuse are left out
 * with a line each, so the file written always loads.
 */
export async function importSources(files: string[], overrides: Partial<Article> = {}): Promise<{ dataset: ImportedDataset; problems: string[]; empty: number; leftOut: string[] }> {
  const merged: ImportedDataset = { name: '', description: '', articles: [], records: [] };
  const problems: string[] = [];
  const leftOut: string[] = [];
  let empty = 0;
  const keys = new Set<string>();
  for (const file of files) {
    const shown = displayPath(path.resolve(file));
    const read = await readSourceAsync(file);
    if ('error' in read) {
      problems.push(`${shown}: ${read.error}`);
      continue;
    }
    const meta = { ...read.doc.meta, ...overrides };
    const article: Article = {
      title: meta.title ?? path.basename(file),
      publisher: meta.publisher ?? (meta.url ? new URL(meta.url).hostname : 'unknown publisher'),
      date: meta.date ?? read.mtime.toISOString().slice(0, 10),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.section ? { section: meta.section } : {}),
    };
    let key = path.basename(file, path.extname(file));
    for (let n = 2; keys.has(key); n++) key = `${path.basename(file, path.extname(file))}-${n}`;
    keys.add(key);
    const dataset = buildDataset(read.doc, { sourceKey: key, article });
    const kept = keepValid(shown, dataset, merged, leftOut);
    if (kept.records.length === 0) {
      problems.push(`${shown}: no statistics found`);
      empty++;
      continue;
    }
    merged.articles.push(...kept.articles);
    merged.records.push(...kept.records);
  }
  merged.name = merged.articles.length === 1 ? merged.articles[0].title : `${merged.articles.length} sources`;
  merged.description = `Imported by statlens import from ${merged.articles.map((a) => `${a.title} (${a.publisher}, ${a.date})`).join('; ') || 'no source'}.`;
  return { dataset: merged, problems, empty, leftOut };
}

/** The dataset less any record the schema or the figure check refuses (one line each). */
function keepValid(shown: string, dataset: ImportedDataset, already: ImportedDataset, leftOut: string[]): ImportedDataset {
  // Validated as an object: the 5 MB limit on dataset files is for the file written, checked once by the caller.
  const { issues } = datasetFromJson(shown, dataset, new Set(already.records.map((r) => r.id)));
  const bad = new Set(issues.map((i) => i.index).filter((i): i is number => i !== undefined));
  for (const issue of issues) leftOut.push(`${formatIssue(issue)} (left out)`);
  return { ...dataset, records: dataset.records.filter((_, i) => !bad.has(i)) };
}

function usage(message: string): number {
  process.stderr.write(`statlens: ${message}\n${IMPORT_USAGE}\n`);
  return 2;
}
