import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDataset, sizeIssue } from '../core/dataset/validate';
import { formatIssue, type Dataset } from '../core/dataset/types';
import { reportFinding, type Report } from '../core/report';
import { bundledDataset } from '../data/bundled';
import { loadConfigs } from './config';
import { collectNotes, displayPath, UsageError } from './files';
import { formatText, summaryLine } from './textFormat';

const USAGE = `Usage: statlens check [--format text|json] [--dataset FILE]... [--config FILE | --no-config] PATH...

Checks the statistics in Markdown notes against their sources.
PATH may be a file, a directory (searched for *.md) or a glob.

Options:
  --format text|json  text: one line per warning and a summary (default);
                      json: every claim, as the report in the README
  --dataset FILE      add a dataset (JSON, see media/schema); repeatable
  --config FILE       use this .statlens.json for every note
  --no-config         use no .statlens.json (by default each note's nearest
                      one, up to the repository root, applies)
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 no warnings, 1 warnings found, 2 bad usage, unreadable file,
invalid dataset or invalid config.`;

declare const STATLENS_VERSION: string | undefined;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        dataset: { type: 'string', multiple: true, default: [] },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${typeof STATLENS_VERSION === 'string' ? STATLENS_VERSION : 'dev'}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'missing command');
  if (values.format !== 'text' && values.format !== 'json') return usage(`--format must be "text" or "json", not "${values.format}"`);
  if (paths.length === 0) return usage('no PATH given');

  const datasets = loadDatasets(values.dataset as string[]);
  if (typeof datasets === 'string') return fail(datasets);
  let files: string[];
  try {
    files = await collectNotes(paths);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  // .statlens.json: each note's nearest config picks its datasets, severities and ignores (src/cli/config.ts).
  const configured = loadConfigs(files, datasets, { config: values.config as string | undefined, noConfig: values['no-config'] as boolean | undefined });
  if (typeof configured === 'string') return fail(configured);
  const report: Report = { version: 1, files: [] };
  let unreadable = 0;
  for (const file of configured.notes) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`statlens: ${displayPath(file)}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable++;
      continue;
    }
    const result = configured.check(file, text);
    report.files.push({ path: displayPath(file), findings: result.findings.map((f) => reportFinding(f, result.lines)) });
  }
  if (values.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    const out = formatText(report);
    if (out) process.stdout.write(out + '\n');
    process.stdout.write(summaryLine(report) + '\n');
  }
  if (unreadable > 0) return 2;
  const warned = report.files.some((f) => f.findings.some((x) => x.severity === 'warning' || x.severity === 'error'));
  return warned ? 1 : 0;
}

/** The bundled dataset plus each --dataset file; a message when any is unreadable or invalid. */
function loadDatasets(files: string[]): Dataset[] | string {
  const datasets: Dataset[] = [bundledDataset()];
  const ids = new Set(datasets[0].records.map((r) => r.id));
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      const tooLarge = sizeIssue(file, fs.statSync(file).size);
      if (tooLarge) {
        problems.push(formatIssue(tooLarge));
        continue;
      }
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(formatIssue({ origin: file, message: `cannot read dataset: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }));
      continue;
    }
    const { dataset, issues } = parseDataset(file, text, ids);
    problems.push(...issues.map(formatIssue));
    if (dataset) {
      datasets.push(dataset);
      for (const r of dataset.records) ids.add(r.id);
    }
  }
  return problems.length ? problems.join('\n') : datasets;
}

function usage(message: string): number {
  process.stderr.write(`statlens: ${message}\n${USAGE}\n`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(message.split('\n').map((line) => `statlens: ${line}`).join('\n') + '\n');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`statlens: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
