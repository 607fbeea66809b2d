import type MarkdownIt from 'markdown-it';
import { wrapBlockRule } from './blockRules';

/**
 * Where each table cell's inline content comes from in the source.
 *
 * markdown-it gives a row's tokens the row's line, but a cell's content has been
 * trimmed and had its `\|` escapes removed, so it cannot be found by searching.
 * This wraps the table rule to split each row the way markdown-it does, keeping
 * offsets: `cells[i]` is a list of `[contentStart, srcStart, length]` triples
 * (offsets in the parsed source) whose text, joined, is that cell's content.
 */
export interface RowMeta {
  cells: number[][];
}

export function tableRowSources(md: MarkdownIt): void {
  wrapBlockRule(md, 'table', (table) => (state, startLine, endLine, silent) => {
    const before = state.tokens.length;
    const ok = table(state, startLine, endLine, silent);
    if (!ok || silent) return ok;
    for (let i = before; i < state.tokens.length; i++) {
      const token = state.tokens[i];
      if (token.type !== 'tr_open' || !token.map) continue;
      const line = token.map[0];
      const meta: RowMeta = { cells: splitRow(state.src, state.bMarks[line] + state.tShift[line], state.eMarks[line]) };
      token.meta = meta;
    }
    return ok;
  });
}

const isWhite = (c: string): boolean => c.trim() === '';

/** markdown-it's `escapedSplit` on the trimmed row, with source offsets kept. */
export function splitRow(src: string, start: number, end: number): number[][] {
  while (start < end && isWhite(src[start])) start++;
  while (end > start && isWhite(src[end - 1])) end--;
  const raw: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let lastPos = start;
  let escaped = false;
  for (let pos = start; pos < end; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x7c) {
      if (!escaped) {
        current.push([lastPos, pos]);
        raw.push(current);
        current = [];
        lastPos = pos + 1;
      } else {
        current.push([lastPos, pos - 1]);
        lastPos = pos;
      }
    }
    escaped = ch === 0x5c;
  }
  current.push([lastPos, end]);
  raw.push(current);
  const empty = (cell: Array<[number, number]>): boolean => cell.every(([a, b]) => a === b);
  if (raw.length && empty(raw[0])) raw.shift();
  if (raw.length && empty(raw[raw.length - 1])) raw.pop();
  return raw.map((cell) => trimCell(src, cell));
}

function trimCell(src: string, ranges: Array<[number, number]>): number[] {
  const spans = ranges.filter(([a, b]) => b > a).map(([a, b]) => [a, b]);
  while (spans.length && isWhite(src[spans[0][0]])) {
    spans[0][0]++;
    if (spans[0][0] === spans[0][1]) spans.shift();
  }
  while (spans.length && isWhite(src[spans[spans.length - 1][1] - 1])) {
    spans[spans.length - 1][1]--;
    if (spans[spans.length - 1][0] === spans[spans.length - 1][1]) spans.pop();
  }
  const out: number[] = [];
  let contentStart = 0;
  for (const [a, b] of spans) {
    out.push(contentStart, a, b - a);
    contentStart += b - a;
  }
  return out;
}
