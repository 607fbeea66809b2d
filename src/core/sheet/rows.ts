import type { ReportFile } from '../report';

/** One figure of the fact-check sheet. */
export interface SheetRow {
  note: string;
  /** 1-based, as a writer counts lines. */
  line: number;
  /** 1-based UTF-16 column, to order figures on one line. */
  column: number;
  figure: string;
  status: string;
  suppressed: boolean;
  /** The matched record's source, year and quote; empty when no record matches. */
  source: string;
  year: string;
  quote: string;
}

export const SHEET_COLUMNS = ['Note', 'Line', 'Figure', 'Status', 'Source', 'Year', 'Quote'] as const;

/** Every figure of every note (whatever its status), sorted by note, then position. */
export function sheetRows(files: readonly ReportFile[]): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      const r = f.record;
      rows.push({
        note: file.path,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        figure: oneLine(f.text),
        status: f.status,
        suppressed: f.suppressed === true,
        source: r ? oneLine(r.source) : '',
        year: r ? (r.since !== undefined ? `${r.since}–${r.year}` : String(r.year)) : '',
        quote: r ? oneLine(r.quote) : '',
      });
    }
  }
  // Code-unit order, not the locale's: the same sheet on every machine.
  return rows.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : a.line - b.line || a.column - b.column));
}

/** The status as the sheet shows it: "unsupported (suppressed)" for a figure a comment silences. */
export function statusLabel(row: SheetRow): string {
  return row.suppressed ? `${row.status} (suppressed)` : row.status;
}

/** "38 figures in 4 notes: 20 supported, 5 conflicting, …" */
export function sheetSummary(rows: readonly SheetRow[], notes: number): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const parts = ['supported', 'conflicting', 'cited', 'unsupported'].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  const head = `${rows.length} figure${rows.length === 1 ? '' : 's'} in ${notes} note${notes === 1 ? '' : 's'}`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** A figure may wrap across lines in a note, and dataset text may hold any control character. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
}
