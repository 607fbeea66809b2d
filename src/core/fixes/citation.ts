import type { StatRecord } from '../dataset/types';
import { formatDate } from '../hover/markdown';
import type { Edit, Fix } from '../rules/rule';
import { oneLine, yearOf } from '../rules/rule';

/**
 * The short label a writer would give the source: its name (up to a comma, without
 * years; a name of three words or more by its first word) and the figure's year,
 * as in `[^nwcast-2026]`, `[^hugging-face-2026]`, `[^mckinsey-2026]`.
 */
export function citationLabel(record: StatRecord): string {
  const name = record.source.split(',')[0].normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s\b/g, '');
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w && !/^\d+$/.test(w));
  const slug = (words.length <= 2 ? words : words.slice(0, 1)).join('-').toLowerCase() || 'source';
  return `${slug}-${record.year}`;
}

/**
 * The footnote as a writer cites: who says it, where (the article, its date and
 * address), then the article's own words. On one line, whatever a dataset holds: a
 * line break would let its text add blocks to the note.
 */
export function footnoteText(record: StatRecord): string {
  const a = record.article;
  const where = [`"${a.title}"`, formatDate(a.date), ...(a.url ? [a.url] : [])].join(', ');
  const who = record.source === a.publisher ? a.publisher : `${record.source}, cited in ${a.publisher}`;
  return oneLine(`${who}, ${where}. "${record.quote}"`);
}

/** The note's footnote definitions: label → its text. */
function definitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:[ \t]*([^\r\n]*)/gm)) if (!out.has(m[1])) out.set(m[1], m[2].trim());
  return out;
}

/**
 * The label to cite a record with in a note: the one of a definition that already
 * cites it (also one written by an older StatLens, labelled with the record's id),
 * else the first of `nwcast-2026`, `nwcast-2026-2`, … that the note does not use.
 */
export function labelFor(text: string, record: StatRecord): { label: string; defined: boolean } {
  const defined = definitions(text);
  const wanted = footnoteText(record);
  for (const [label, body] of defined) if (body === wanted) return { label, defined: true };
  const legacy = record.id.replace(/[^A-Za-z0-9._-]/g, '-');
  if (defined.has(legacy)) return { label: legacy, defined: true };
  const base = citationLabel(record);
  for (let n = 1; ; n++) {
    const label = n === 1 ? base : `${base}-${n}`;
    if (!text.includes(`[^${label}]`)) return { label, defined: false };
  }
}

/** The edit that appends a footnote definition at the end of the note, after a blank line. */
function definitionEdit(text: string, label: string, record: StatRecord): Edit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Not /\s*$/: searched over a long run of spaces that is not at the end, it is quadratic.
  const trimmedEnd = text.trimEnd().length;
  const before = trimmedEnd === 0 ? '' : eol + eol;
  return { start: trimmedEnd, end: text.length, newText: `${before}[^${label}]: ${footnoteText(record)}${eol}` };
}

/** The footnote reference to put in the note and, unless the note already has it, the definition's edit. */
export function citationOf(text: string, record: StatRecord): { reference: string; definition?: Edit } {
  const { label, defined } = labelFor(text, record);
  return { reference: `[^${label}]`, definition: defined ? undefined : definitionEdit(text, label, record) };
}

/**
 * "Insert citation": a footnote reference right after the figure, and a footnote
 * definition at the end of the note, or the existing one for the same record.
 */
export function citationFix(text: string, figureEnd: number, record: StatRecord): Fix | undefined {
  const { reference, definition } = citationOf(text, record);
  const at = afterInlineMarkup(text, figureEnd);
  if (text.startsWith(reference, at)) return undefined;
  const edits: Edit[] = [{ start: at, end: at, newText: reference }];
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
  const { reference, definition } = citationOf(text, record);
  const edits: Edit[] = [{ start: offset, end: offset, newText: `${record.text}${reference}` }];
  if (definition) edits.push(definition);
  return edits;
}
