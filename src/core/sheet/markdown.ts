import { SHEET_COLUMNS, sheetSummary, statusLabel, type SheetRow } from './rows';

/**
 * The sheet as a Markdown table. Cells are escaped so that nothing from a note or
 * a dataset becomes markup (a link, HTML, emphasis) or breaks the table (`|`). It
 * starts with a comment that turns StatLens off for it, opened or checked as a note.
 */
export function sheetMarkdown(rows: readonly SheetRow[], notes: number): string {
  const head = `| ${SHEET_COLUMNS.join(' | ')} |`;
  const rule = `| ${SHEET_COLUMNS.map((c) => (c === 'Line' || c === 'Year' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((r) => `| ${[r.note, String(r.line), r.figure, statusLabel(r), r.source, r.year, r.quote].map(cell).join(' | ')} |`);
  // The sheet quotes every figure: StatLens must not check it as a note.
  return ['<!-- statlens-disable-file -->', '# Fact-check sheet', '', `${sheetSummary(rows, notes)}.`, '', head, rule, ...body, ''].join('\n');
}

function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
}
