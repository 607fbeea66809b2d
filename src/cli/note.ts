import * as fs from 'node:fs';
import type { Checker, CheckOptions } from '../core/check';
import { surroundings } from '../core/output/surroundings';
import { reportFinding, type ReportFinding } from '../core/report';
import { claimsOf, type IndexedClaim } from '../core/workspace/claims';
import { describeError } from './errors';

/** One note to check. `options` may differ from note to note (each may have its own settings). */
export interface NoteJob {
  file: string;
  options?: CheckOptions;
}

/** A checked note: its findings (spec §4) and, when asked for, each one's surroundings (for baselines and fingerprints). */
export interface CheckedNote {
  file: string;
  findings: ReportFinding[];
  contexts: string[];
  /** The figures for the workspace index, in the findings' order (not printed). */
  claims?: IndexedClaim[];
}

/** A note that could not be checked, with a one-line reason. */
export interface FailedNote {
  file: string;
  error: string;
}

export type NoteOutcome = CheckedNote | FailedNote;

export const failed = (outcome: NoteOutcome): outcome is FailedNote => 'error' in outcome;

// The BOM is kept, as reading with "utf8" always kept it, so columns stay as they were.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A note's text, or why it is not a readable UTF-8 text file. */
export function readNote(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { error: `cannot read: ${describeError(error, file)}` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `not a text file (a NUL byte at byte ${nul}); skipped` };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { error: `not valid UTF-8 (at ${where(bytes, firstInvalidByte(bytes))}); skipped` };
  }
}

/** `withContexts`: also each finding's surroundings, which only baselines and SARIF need (about a tenth of the time). */
export function checkNote(checker: Checker, job: NoteJob, withContexts: boolean): NoteOutcome {
  const read = readNote(job.file);
  if ('error' in read) return { file: job.file, error: read.error };
  try {
    const result = checker.check(read.text, job.options);
    return {
      file: job.file,
      findings: result.findings.map((f) => reportFinding(f, result.lines)),
      contexts: withContexts ? result.findings.map((f) => surroundings(read.text, f.start, f.end)) : [],
      claims: claimsOf(result),
    };
  } catch (error) {
    return { file: job.file, error: `internal error while checking: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** Decoding with replacement keeps every valid byte, so the first difference is the first invalid one. */
function firstInvalidByte(bytes: Buffer): number {
  const again = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

/** "line 3, byte 57" for a byte offset (1-based line, 0-based byte, as hex viewers count). */
function where(bytes: Buffer, offset: number): string {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return `line ${line}, byte ${offset}`;
}
