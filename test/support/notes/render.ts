/**
 * A generated note as plain data, and how it is written out as Markdown. The
 * property tests generate specs (so fast-check can shrink them) and render them
 * here, keeping track of a few places where an edit is known not to change the
 * note's structure (marks).
 */

/** Inline content: literal text, or text wrapped in markup (emphasis, a link). */
export type Inline = string | { open: string; close: string; inner: Inline[] };

/** A sentence; one with a neutral `opener` ("Meanwhile, …") carries marks. */
export interface Sentence {
  opener?: string;
  body: Inline[];
  stop: string;
}

export type Block =
  | { kind: 'paragraph'; sentences: Sentence[]; breaks: string[] }
  | { kind: 'heading'; level: number; setext: boolean; closing: boolean; sentence: Sentence }
  | { kind: 'list'; markers: string[]; items: Block[][]; loose: boolean }
  | { kind: 'quote'; blocks: Block[]; bare: boolean }
  | { kind: 'footnote'; label: string; blocks: Block[] }
  | { kind: 'table'; rows: Inline[][][]; align: string[] }
  | { kind: 'raw'; lines: string[] };

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

export interface NoteSpec {
  bom: boolean;
  eol: Eol;
  /** Which line breaks are CRLF in a "mixed" note (bit i of line i mod 31). */
  eolBits: number;
  frontMatter?: string[];
  blocks: Block[];
  trailingNewline: boolean;
}

/**
 * A place in the rendered note: `emoji` at the start of a paragraph or heading that
 * opens with a neutral word (an emoji there changes no word, sentence or distance
 * between words), `sentence` at the start of an opener sentence (a whole neutral
 * sentence may go there), `start`/`end` the bounds of a paragraph or heading's
 * text. `block` numbers the paragraph or heading.
 */
export interface Mark {
  at: number;
  kind: 'emoji' | 'sentence' | 'start' | 'end';
  block: number;
}

export interface Line {
  text: string;
  marks: Mark[];
}

export interface RenderedNote {
  text: string;
  marks: Mark[];
}

export function inlineText(parts: Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.open + inlineText(p.inner) + p.close)).join('');
}

/** A sentence's text; `first` when it opens its block. */
function sentenceText(s: Sentence, block: number, marks: Mark[], offset: number, first = true): string {
  if (!s.opener) return inlineText(s.body) + s.stop;
  marks.push({ at: offset, kind: 'sentence', block });
  // Only at the block's start: the detector measures some distances in UTF-16 units (a
  // benchmark name within 40 before a score), so an emoji between two sentences can move
  // a word of the first out of the second's reach (test/unit/counterexamples.test.ts).
  if (first) marks.push({ at: offset, kind: 'emoji', block });
  return `${s.opener}, ${inlineText(s.body)}${s.stop}`;
}

/** Splits text holding marks (offsets into it) into lines, each mark on its own line. */
function toLines(text: string, marks: Mark[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    lines.push({ text: part, marks: marks.filter((m) => m.at >= start && m.at <= end).map((m) => ({ ...m, at: m.at - start })) });
    start = end + 1;
  }
  return lines;
}

class Counter {
  next = 0;
}

function renderParagraph(b: Extract<Block, { kind: 'paragraph' }>, ids: Counter): Line[] {
  const id = ids.next++;
  const marks: Mark[] = [{ at: 0, kind: 'start', block: id }];
  let text = '';
  b.sentences.forEach((s, i) => {
    if (i > 0) text += b.breaks[i - 1] ?? ' ';
    text += sentenceText(s, id, marks, text.length, i === 0);
  });
  marks.push({ at: text.length, kind: 'end', block: id });
  return toLines(text, marks);
}

function renderHeading(b: Extract<Block, { kind: 'heading' }>, ids: Counter): Line[] {
  const id = ids.next++;
  const marks: Mark[] = [];
  if (b.setext) {
    const text = sentenceText(b.sentence, id, marks, 0);
    return [{ text, marks: [{ at: 0, kind: 'start', block: id }, ...marks, { at: text.length, kind: 'end', block: id }] }, { text: b.level === 1 ? '===' : '---', marks: [] }];
  }
  const hashes = '#'.repeat(b.level);
  const body = sentenceText(b.sentence, id, marks, hashes.length + 1);
  const text = `${hashes} ${body}${b.closing ? ' ' + hashes : ''}`;
  return [{ text, marks: [{ at: hashes.length + 1, kind: 'start', block: id }, ...marks, { at: hashes.length + 1 + body.length, kind: 'end', block: id }] }];
}

/**
 * Puts `first` before the first line and `rest` before the others (blank lines stay
 * blank in lists). A bare ">" takes one space after it as part of the marker, so a
 * line that starts with a space gets one more, keeping its indentation inside.
 */
export function prefixLines(lines: Line[], first: string, rest: string, blankRest = rest.trimEnd()): Line[] {
  return lines.map((l, i) => {
    let p = i === 0 ? first : l.text === '' ? blankRest : rest;
    if (p.endsWith('>') && l.text.startsWith(' ')) p += ' ';
    return { text: p + l.text, marks: l.marks.map((m) => ({ ...m, at: m.at + p.length })) };
  });
}

function joinBlocks(blocks: Block[], ids: Counter, gap = true): Line[] {
  const out: Line[] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && gap) out.push({ text: '', marks: [] });
    out.push(...renderBlock(b, ids));
  });
  return out;
}

function renderBlock(b: Block, ids: Counter): Line[] {
  switch (b.kind) {
    case 'paragraph':
      return renderParagraph(b, ids);
    case 'heading':
      return renderHeading(b, ids);
    case 'raw':
      return b.lines.map((text) => ({ text, marks: [] }));
    case 'quote':
      return prefixLines(joinBlocks(b.blocks, ids), b.bare ? '>' : '> ', b.bare ? '>' : '> ', '>');
    case 'footnote':
      return prefixLines(joinBlocks(b.blocks, ids), `[^${b.label}]: `, ' '.repeat(b.label.length + 5), '');
    case 'list': {
      const out: Line[] = [];
      b.items.forEach((item, i) => {
        if (i > 0 && b.loose) out.push({ text: '', marks: [] });
        // A task box ("- [ ] ") is content: the item's text starts after the "- ", and only a paragraph can follow it.
        const bullet = /^(?:[-*+]|\d+[.)]) +/.exec(b.markers[i % b.markers.length])![0];
        const marker = item[0].kind === 'paragraph' ? b.markers[i % b.markers.length] : bullet;
        const width = bullet.length;
        out.push(...prefixLines(joinBlocks(item, ids), marker, ' '.repeat(width), ''));
      });
      return out;
    }
    case 'table': {
      const row = (cells: Inline[][]): string => `| ${cells.map(inlineText).join(' | ')} |`;
      const [header, ...body] = b.rows;
      return [row(header), `|${b.align.slice(0, header.length).join('|')}|`, ...body.map(row)].map((text) => ({ text, marks: [] }));
    }
  }
}

const EOL: Record<Exclude<Eol, 'mixed'>, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** Writes a note spec out as Markdown, with its marks as document offsets. */
export function renderNote(spec: NoteSpec): RenderedNote {
  const ids = new Counter();
  const lines: Line[] = [];
  if (spec.frontMatter) lines.push(...['---', ...spec.frontMatter, '---', ''].map((text) => ({ text, marks: [] })));
  lines.push(...joinBlocks(spec.blocks, ids));
  if (spec.trailingNewline) lines.push({ text: '', marks: [] });
  let text = spec.bom ? '\uFEFF' : '';
  const marks: Mark[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += spec.eol === 'mixed' ? ((spec.eolBits >> i % 31) & 1 ? '\r\n' : '\n') : EOL[spec.eol];
    for (const m of line.marks) marks.push({ ...m, at: text.length + m.at });
    text += line.text;
  });
  return { text, marks };
}
