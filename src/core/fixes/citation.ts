import type { StatRecord } from '../dataset/types';
import { formatDate } from '../hover/markdown';
import type { Edit, Fix } from '../rules/rule';
import { oneLine, yearOf } from '../rules/rule';

/** The footnote label StatLens uses for a record: its id, made safe for a label. */
export function footnoteLabel(record: StatRecord): string {
  return record.id.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * The footnote definition's text: source and year, then the article. On one line,
 * whatever a dataset holds: a line break would let its text add blocks to the note.
 */
export function footnoteText(record: StatRecord): string {
  const a = record.article;
  return oneLine(`${record.source} (${yearOf(record)}), in ${a.publisher}, "${a.title}", ${formatDate(a.date)}.`);
}

function hasDefinition(text: string, label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^ {0,3}\\[\\^${escaped}\\]:`, 'm').test(text);
}

/** The edit that appends a footnote definition at the end of the note, after a blank line. */
export function definitionEdit(text: string, record: StatRecord): Edit | undefined {
  const label = footnoteLabel(record);
  if (hasDefinition(text, label)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Not /\s*$/: searched over a long run of spaces that is not at the end, it is quadratic.
  const trimmedEnd = text.trimEnd().length;
  const before = trimmedEnd === 0 ? '' : eol + eol;
  return { start: trimmedEnd, end: text.length, newText: `${before}[^${label}]: ${footnoteText(record)}${eol}` };
}

/**
 * "Insert citation": a footnote reference right after the figure, and a footnote
 * definition at the end of the note, or the existing one for the same record.
 */
export function citationFix(text: string, figureEnd: number, record: StatRecord): Fix | undefined {
  const label = footnoteLabel(record);
  const at = afterInlineMarkup(text, figureEnd);
  if (text.startsWith(`[^${label}]`, at)) return undefined;
  const edits: Edit[] = [{ start: at, end: at, newText: `[^${label}]` }];
  const definition = definitionEdit(text, record);
  if (definition) edits.push(definition);
  return { title: `Insert citation (${record.source}, ${yearOf(record)})`, edits };
}

/**
 * Where a footnote reference goes after a figure: past closing emphasis ("**73%**")
 * and, inside link text, past the whole link ("[73%](url)"), since a footnote
 * cannot sit inside a link.
 */
function afterInlineMarkup(text: string, end: number): number {
  let at = end;
  while (at < text.length && '*_~'.includes(text[at])) at++;
  const close = /^[^\[\]\n]*\]\([^()\s]*\)/.exec(text.slice(at, at + 2048));
  if (close) {
    at += close[0].length;
    while (at < text.length && '*_~'.includes(text[at])) at++;
  }
  return at;
}

/** "Insert statistic…": the record's figure and its citation at `offset`. */
export function insertStatistic(text: string, offset: number, record: StatRecord): Edit[] {
  const edits: Edit[] = [{ start: offset, end: offset, newText: `${record.text}[^${footnoteLabel(record)}]` }];
  const definition = definitionEdit(text, record);
  if (definition) edits.push(definition);
  return edits;
}
