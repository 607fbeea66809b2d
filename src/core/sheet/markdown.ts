import { SHEET_COLUMNS, sheetSummary, statusLabel, type SheetRow } from './rows';

/**
 * The sheet as a Markdown table. Cells are escaped so that nothing from a note or
 * a dataset becomes markup (a link, HTML, emphasis) or breaks the table (`|`).
 */
export function sheetMarkdown(rows: readonly SheetRow[], notes: number): string {
  const head = `| ${SHEET_COLUMNS.join(' | ')} |`;
  const rule = `| ${SHEET_COLUMNS.map((c) => (c === 'Line' || c === 'Year' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((r) => `| ${[r.note, String(r.line), r.figure, statusLabel(r), r.source, r.year, r.quote].map(cell).join(' | ')} |`);
  return ['# Fact-check sheet', '', `${sheetSummary(rows, notes)}.`, '', head, rule, ...body, ''].join('\n');
}

function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
}
