import type { ReportFile } from '../report';
import { sheetCsv } from './csv';
import { sheetHtml } from './html';
import { sheetMarkdown } from './markdown';
import { sheetRows } from './rows';

export const SHEET_FORMATS = ['md', 'csv', 'html'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/** The fact-check sheet of some checked notes, in one format: one row per figure, sorted by note. */
export function factCheckSheet(files: readonly ReportFile[], format: SheetFormat): string {
  const rows = sheetRows(files);
  if (format === 'csv') return sheetCsv(rows);
  if (format === 'html') return sheetHtml(rows, files.length);
  return sheetMarkdown(rows, files.length);
}
