/**
 * Annotated notes, as in ../shared/eval: every expected statistic is written
 * «surface|TAG» (S:KEY supported, C:KEY conflicting, X cited, U unsupported,
 * O optional). Returns the clean text and the expectations, in UTF-16 offsets.
 */
export interface Expectation {
  start: number;
  end: number;
  text: string;
  tag: 'S' | 'C' | 'X' | 'U' | 'O';
  key: string | null;
}

export const STATUS_OF_TAG = { S: 'supported', C: 'conflicting', X: 'cited', U: 'unsupported' } as const;

export function parseAnnotated(source: string): { text: string; expected: Expectation[] } {
  const expected: Expectation[] = [];
  let text = '';
  let last = 0;
  const mark = /«([^«»|]+)\|([SCXUO])(?::([^»]+))?»/g;
  for (let m = mark.exec(source); m; m = mark.exec(source)) {
    text += source.slice(last, m.index);
    expected.push({ start: text.length, end: text.length + m[1].length, text: m[1], tag: m[2] as Expectation['tag'], key: m[3] ?? null });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  if (/[«»]/.test(text)) throw new Error('unbalanced annotation mark');
  return { text, expected };
}

/** Does a record's quote state the figure KEY as a whole word (the scorer's rule)? */
export function quoteHolds(quote: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w])`).test(quote);
}
