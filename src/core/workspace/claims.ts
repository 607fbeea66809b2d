import type { CheckResult, Finding } from '../check';
import type { HedgeKind } from '../detect/lexicon';
import type { Status } from '../judge/judge';
import type { LineIndex, Range } from '../text/lines';
import type { SubjectKey } from './subject';

/** The record a figure was matched to, as the Claims view groups by it. */
export interface IndexedRecord {
  id: string;
  text: string;
  source: string;
  year: number;
}

/** One figure of a note, as the workspace index keeps it: plain data, safe to send between threads. */
export interface IndexedClaim {
  start: number;
  end: number;
  range: Range;
  text: string;
  value: number;
  max?: number;
  precision: number;
  hedge?: HedgeKind;
  unit: string;
  status: Status;
  record?: IndexedRecord;
  /** Absent when the check did not key it: such a figure is never compared. */
  subject?: SubjectKey;
  suppressed?: boolean;
  /** The range holds the figure's characters only (a fix may replace it). */
  plain?: boolean;
}

/** The figures of a checked note, for the index. */
export function claimsOf(result: CheckResult): IndexedClaim[] {
  return result.findings.map((f) => indexedClaim(f, result.lines));
}

export function indexedClaim(f: Finding, lines: LineIndex): IndexedClaim {
  const claim: IndexedClaim = { start: f.start, end: f.end, range: lines.rangeOf(f.start, f.end), text: f.text, value: f.value, precision: f.precision ?? 0, unit: f.unit, status: f.status };
  if (f.max !== undefined) claim.max = f.max;
  if (f.hedge) claim.hedge = f.hedge;
  if (f.record) claim.record = { id: f.record.id, text: f.record.text, source: f.record.source, year: f.record.year };
  if (f.subject) claim.subject = f.subject;
  if (f.suppressed) claim.suppressed = true;
  if (f.plain) claim.plain = true;
  return claim;
}
