import { SHEET_COLUMNS, statusLabel, type SheetRow } from './rows';

/**
 * The sheet as CSV (RFC 4180): a header row, CRLF line ends, and a field quoted when
 * it holds a comma, a quote (doubled), a line break, or space at either end.
 */
export function sheetCsv(rows: readonly SheetRow[]): string {
  const lines = [SHEET_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.note, String(r.line), r.figure, statusLabel(r), r.source, r.year, r.quote].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function field(value: string): string {
  const text = defused(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet runs a cell that starts with "=", "@", "+" or "-" as a formula, so text
 * from a note or a dataset that does gets a leading apostrophe (OWASP's advice). A
 * signed number alone ("-5%", "+12") is left as it is: it is a figure, not a formula.
 */
function defused(text: string): string {
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d.,]+%?$/.test(text))) return `'${text}`;
  return text;
}
