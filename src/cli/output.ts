import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { toSarif } from '../core/output/sarif';
import type { Report } from '../core/report';
import { HOMEPAGE, VERSION } from './about';
import type { CheckedNote } from './note';
import { formatText, summaryLine } from './textFormat';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** A checked note with the path it is shown by (relative to the working directory when inside it). */
export interface ShownNote extends CheckedNote {
  path: string;
}

export interface RenderOptions {
  colour?: boolean;
  /** A baseline was applied (SARIF marks what it reports as new). */
  baseline?: boolean;
  /** Notes or paths that could not be checked, one line each. */
  problems?: string[];
  cwd?: string;
}

/**
 * All of stdout for a run, ending in a newline, in chunks: a workspace's JSON report
 * can outgrow the longest string V8 allows (5,000 notes made about 600 MB).
 */
export function* render(format: Format, notes: ShownNote[], options: RenderOptions = {}): Generator<string> {
  const report: Report = { version: 1, files: notes.map((n) => ({ path: n.path, findings: n.findings })) };
  if (format === 'json') return yield* jsonChunks(report, report.files);
  if (format === 'sarif') {
    const cwd = options.cwd ?? process.cwd();
    const sarifNotes = notes.map((n) => ({ path: n.path, absolute: path.isAbsolute(n.path), findings: n.findings, contexts: n.contexts }));
    const srcRoot = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
    const log = toSarif(sarifNotes, { name: 'StatLens', version: VERSION, informationUri: HOMEPAGE }, { srcRoot, baseline: options.baseline, problems: options.problems });
    return yield* jsonChunks(log, log.runs[0].results ?? []);
  }
  const lines = formatText(report, { colour: options.colour });
  yield (lines ? lines + '\n' : '') + summaryLine(report) + '\n';
}

const PLACEHOLDER = '\u0000statlens: the large array\u0000';

/**
 * Exactly `JSON.stringify(value, null, 2) + "\n"`, with `items` (an array inside
 * `value`) written one element at a time.
 */
export function* jsonChunks(value: unknown, items: unknown[]): Generator<string> {
  const text = JSON.stringify(value, (_key, v: unknown) => (v === items ? PLACEHOLDER : v), 2);
  const marker = JSON.stringify(PLACEHOLDER);
  const at = text.indexOf(marker);
  if (at < 0) return yield text + '\n';
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let depth = 0;
  while (text[lineStart + depth] === ' ') depth++;
  const outer = ' '.repeat(depth);
  const inner = `${outer}  `;
  yield text.slice(0, at);
  if (items.length === 0) {
    yield '[]';
  } else {
    yield '[\n';
    for (let i = 0; i < items.length; i++) {
      yield inner + JSON.stringify(items[i], null, 2).split('\n').join(`\n${inner}`) + (i < items.length - 1 ? ',\n' : '\n');
    }
    yield `${outer}]`;
  }
  yield text.slice(at + marker.length) + '\n';
}
