import type { StatRecord } from '../dataset/types';
import type { ClaimKind } from '../detect/figure';
import type { Status } from '../judge/judge';
import type { Evidence } from '../judge/evidence';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'none';

/** A text edit in document offsets; the CLI and the editor apply the same data. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix a writer most likely wants (shown first, applied by "Fix all"). */
  preferred?: boolean;
}

/** A claim after judging, before a rule turns it into a finding. */
export interface JudgedClaim {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  value: number;
  unit: string;
  status: Status;
  record: StatRecord | null;
  conflict?: 'value' | 'year';
  noteYear?: number;
  /** Why the record matched (for supported and conflicting). */
  evidence?: Evidence;
  /** The nearest record that did not match, and why not: shown as related, never fixed towards. */
  related?: { record: StatRecord; evidence: Evidence };
  /** The range holds the figure's characters only, no markup (so it can be replaced as a whole). */
  plain?: boolean;
  /** The figure sits in a table cell; in its header row when `tableHeader`. */
  inTable?: boolean;
  tableHeader?: boolean;
}

/** One check with a stable code (spec §2's statuses, one rule each). */
export interface Rule {
  code: string;
  status: Status;
  defaultSeverity: Severity;
  /** One line for documentation, SARIF and settings. */
  description: string;
  message(claim: JudgedClaim): string;
  /** Fixes specific to this rule; suppression fixes are added for every warning. */
  fixes(claim: JudgedClaim): Fix[];
}

export const README_URL = 'https://github.com/statlens/statlens#';

/** A figure or dataset value as one line of plain text (a figure may wrap across lines). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

/** "NWCast, 2026" or "Hugging Face, 2024–2026". */
export function sourceAndYear(record: StatRecord): string {
  return `${oneLine(record.source)}, ${yearOf(record)}`;
}

export function yearOf(record: StatRecord): string {
  return record.since !== undefined ? `${record.since}–${record.year}` : String(record.year);
}

/** The quote cut to about `width` characters around the record's figure, with ellipses. */
export function excerpt(record: StatRecord, width = 80): string {
  const at = Math.max(0, record.quote.indexOf(record.text));
  if (record.quote.length <= width) return record.quote;
  let start = Math.max(0, at - Math.floor((width - record.text.length) / 2));
  let end = Math.min(record.quote.length, start + width);
  start = Math.max(0, end - width);
  const s = record.quote.lastIndexOf(' ', start) + 1;
  const e = record.quote.indexOf(' ', end);
  start = s > 0 && at - s < width ? s : start;
  end = e > 0 ? e : record.quote.length;
  return `${start > 0 ? '…' : ''}${record.quote.slice(start, end).trim()}${end < record.quote.length ? '…' : ''}`;
}
