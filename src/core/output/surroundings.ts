/**
 * A figure's surroundings: the words of its own sentence nearest to it, with
 * whitespace normalised. Baselines and SARIF fingerprints identify a finding by
 * them instead of by line number, so an edit elsewhere in the note leaves the
 * identity alone while an edit to the figure's own sentence changes it.
 */

/** How far either side of the figure the surroundings reach, in characters and in words. */
const MAX_CHARS = 240;
const MAX_WORDS = 8;

/** A line that opens a Markdown block of its own: heading, list item, quote, table row, fence. */
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:\s|$)|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|\||```|~~~)/;
/** Blocks that never continue on the next line: a heading, a table row, a fence. */
const ONE_LINE_BLOCK = /^ {0,3}(?:#{1,6}(?:\s|$)|\||```|~~~)/;
const LINE_BREAK = /\r\n|\r|\n/;
/** A full stop, "!" or "?" (with closing quotes, brackets or emphasis) followed by a space. */
const SENTENCE_END = /[.!?]['")\]’”*_]*\s/g;
const SENTENCE_END_AFTER = /[.!?]['")\]’”*_]*(?=\s|$)/;

/** The surroundings of the figure at `[start, end)` of `text`, as one line. Bounded work per call. */
export function surroundings(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - MAX_CHARS), start).split(LINE_BREAK);
  const after = text.slice(end, Math.min(text.length, end + MAX_CHARS)).split(LINE_BREAK);
  const oneLine = ONE_LINE_BLOCK.test(before[before.length - 1]);
  return `${sentenceBefore(before, oneLine)}${text.slice(start, end)}${sentenceAfter(after, oneLine)}`.replace(/\s+/g, ' ').trim();
}

/** The end of the figure's sentence before it, within its paragraph, at most MAX_WORDS words. */
function sentenceBefore(lines: string[], oneLine: boolean): string {
  let first = lines.length - 1;
  // Soft-wrapped lines belong to the paragraph; a blank line or another block does not.
  if (!oneLine) {
    while (first > 0 && !BLOCK_START.test(lines[first]) && lines[first - 1].trim() !== '' && !ONE_LINE_BLOCK.test(lines[first - 1])) first--;
  }
  const paragraph = lines.slice(first).join(' ');
  let from = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  return paragraph.slice(from).split(/\s+/).slice(-(MAX_WORDS + 1)).join(' ');
}

/** The rest of the figure's sentence after it, within its paragraph, at most MAX_WORDS words. */
function sentenceAfter(lines: string[], oneLine: boolean): string {
  let last = 0;
  if (!oneLine) {
    while (last < lines.length - 1 && lines[last + 1].trim() !== '' && !BLOCK_START.test(lines[last + 1])) last++;
  }
  let paragraph = lines.slice(0, last + 1).join(' ');
  const stop = SENTENCE_END_AFTER.exec(paragraph);
  if (stop) paragraph = paragraph.slice(0, stop.index + stop[0].length);
  return paragraph.split(/\s+/).slice(0, MAX_WORDS + 1).join(' ');
}
