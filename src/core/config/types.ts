import type { Status } from '../judge/judge';
import type { Severity } from '../rules/rule';
import { withField } from '../text/fieldMessage';

/** The file both the extension and the CLI look for, nearest first, above each note. */
export const CONFIG_FILE_NAME = '.statlens.json';

/**
 * A valid `.statlens.json`. Paths in `datasets` and globs in `ignore` are relative
 * to the folder that holds the file; the adapters resolve them.
 */
export interface StatLensConfig {
  /** Per status, and for the cross-note `inconsistent` rule, when the file sets it ("off" is read as "none"). */
  severity: Partial<Record<Status | 'inconsistent', Severity>>;
  datasets: string[];
  /** False when the file turns the bundled dataset off (`"bundled": false`). */
  bundled?: boolean;
  /** Globs of source documents read directly (`"sources": ["sources/**"]`). */
  sources?: string[];
  ignore: string[];
  ignoreFigures: string[];
}

/** One problem in a config file: one line naming the file and the field. */
export interface ConfigProblem {
  origin: string;
  /** "severity.cited", "ignore[2]"; absent when the file as a whole is wrong. */
  field?: string;
  message: string;
}

export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.origin}: ${problem.field ? withField(problem.field, problem.message) : problem.message}`;
}
