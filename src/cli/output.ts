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

/** The whole of stdout for a run, ending in a newline. */
export function render(format: Format, notes: ShownNote[], options: RenderOptions = {}): string {
  const report: Report = { version: 1, files: notes.map((n) => ({ path: n.path, findings: n.findings })) };
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'sarif') {
    const cwd = options.cwd ?? process.cwd();
    const sarifNotes = notes.map((n) => ({ path: n.path, absolute: path.isAbsolute(n.path), findings: n.findings, contexts: n.contexts }));
    const srcRoot = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
    const log = toSarif(sarifNotes, { name: 'StatLens', version: VERSION, informationUri: HOMEPAGE }, { srcRoot, baseline: options.baseline, problems: options.problems });
    return JSON.stringify(log, null, 2) + '\n';
  }
  const lines = formatText(report, { colour: options.colour });
  return (lines ? lines + '\n' : '') + summaryLine(report) + '\n';
}
