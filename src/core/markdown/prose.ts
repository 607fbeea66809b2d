import type { DefinitionsEnv } from './definitions';
import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { LineIndex } from '../text/lines';
import { lowerBound } from '../text/search';
import type { PositionedToken } from './inlinePositions';
import type { RowMeta } from './tableRows';
import { SourceText } from './sourceText';

/** Stands in the prose text for anything that is not prose (code, math, HTML, images). */
export const OBJECT = '\uFFFC';

export type BlockRole = 'paragraph' | 'heading' | 'cell';

export interface CellPlace {
  table: number;
  row: number;
  col: number;
  header: boolean;
}

/**
 * One run of prose: a paragraph, heading or table cell, as the reader sees it
 * (markup removed, escapes and entities decoded), with a map back to the source.
 */
export interface ProseBlock {
  role: BlockRole;
  text: string;
  /** `[textStart, contentStart, textLength, contentLength]` quadruples, in text order. */
  pieces: number[];
  /** `[contentStart, docStart, length]` triples: where the inline content sits in the document. */
  sources: number[];
  /** Text offsets of the block's own citations: links to somewhere else, footnote references. */
  citations: number[];
  /** Footnote references: their text offset and label. */
  footnotes?: Array<[number, string]>;
  /** What its inline code spans hold, in order ("`tokens/s`" in "the results of `tokens/s` below"). */
  code?: string[];
  cell?: CellPlace;
  /**
   * On a table's last cell only: its first cells' text, which says what the paragraph right after the table is about
   * ("| Llama 2 70B | HumanEval | 67.5 |", then "…with Llama 2 70B at 67.0"). Kept on the block, so a part of a note
   * checked again reads it as the whole note did.
   */
  tableOpening?: string;
  /** First document line of the block. */
  line: number;
  /** In a nested list: the first block of the enclosing list item ("- Hugging Face" over "  - 5.2M devs"). */
  parent?: number;
  /** The first block of the list item before this one in the same list, when this block opens its item. */
  previousItem?: number;
  /** A footnote definition that is only a link ("[^1]: [Reuters - Microsoft to spend $30 billion …](…)"): a cited work's title. */
  reference?: boolean;
}

export interface HtmlComment {
  /** Document line of `<!--`. */
  line: number;
  /** What is between `<!--` and `-->`, trimmed. */
  text: string;
}

/**
 * A top-level Markdown block (paragraph, list, table, quote, fence…): lines
 * `[startLine, endLine)` holding blocks `[firstBlock, endBlock)`. markdown-it starts
 * afresh at each, which is what lets a note be re-checked span by span.
 */
export interface TopLevelSpan {
  startLine: number;
  endLine: number;
  firstBlock: number;
  endBlock: number;
}

export interface ProseDocument {
  lines: LineIndex;
  blocks: ProseBlock[];
  spans: TopLevelSpan[];
  /** For each table, its rows of block indices (row 0 is the header). */
  tables: number[][][];
  comments: HtmlComment[];
  /** First line after the front matter, or 0 when there is none. */
  bodyStartLine: number;
  /** The year each footnote's definition dates its figure to, by label (the whole note's, when a part is parsed). */
  footnoteYears: Record<string, number>;
}

/**
 * `env` is markdown-it's: pass one to read or seed link and footnote definitions.
 * `opensNote` false for a part of a note (see SourceText).
 */
export function extractProse(md: MarkdownIt, docText: string, env: object = {}, opensNote = true): ProseDocument {
  const source = new SourceText(docText, opensNote);
  const tokens = md.parse(source.parsed, env);
  const definitions = env as DefinitionsEnv;
  // A part of a note reads its footnotes' years from the whole note's (the seed), as markdown-it reads their labels.
  const footnoteYears = { ...definitions.own?.years, ...definitions.seed?.years };
  const out: ProseDocument = { lines: source.lines, blocks: [], spans: [], tables: [], comments: [], bodyStartLine: 0, footnoteYears };
  const spans = new SpanTracker(out);
  let role: BlockRole = 'paragraph';
  let cell: CellPlace | undefined;
  let rowMeta: RowMeta | undefined;
  let header = false;
  const lists: Array<{ lastItem: number }> = [];
  const items: Array<{ first: number; previous: number }> = [];
  let footnoteDepth = 0;
  for (const token of tokens) {
    spans.enter(token);
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ lastItem: -1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        items.push({ first: -1, previous: lists[lists.length - 1]?.lastItem ?? -1 });
        break;
      case 'list_item_close': {
        const item = items.pop();
        if (item && lists.length) lists[lists.length - 1].lastItem = item.first;
        break;
      }
      case 'footnote_reference_open':
        footnoteDepth++;
        break;
      case 'footnote_reference_close':
        footnoteDepth--;
        break;
      case 'front_matter':
        out.bodyStartLine = token.map?.[1] ?? 0;
        break;
      case 'table_open':
        out.tables.push([]);
        cell = { table: out.tables.length - 1, row: -1, col: -1, header: false };
        break;
      case 'table_close':
        if (cell) setTableOpening(out, cell.table);
        cell = undefined;
        break;
      case 'thead_open':
        header = true;
        break;
      case 'tbody_open':
        header = false;
        break;
      case 'tr_open':
        rowMeta = token.meta as RowMeta | undefined;
        if (cell) {
          cell = { ...cell, row: cell.row + 1, col: -1, header };
          out.tables[cell.table].push([]);
        }
        break;
      case 'th_open':
      case 'td_open':
        if (cell) cell = { ...cell, col: cell.col + 1 };
        break;
      case 'heading_open':
        role = 'heading';
        break;
      case 'heading_close':
        role = 'paragraph';
        break;
      case 'html_block':
        if (token.map) collectComments(token.content, token.map[0], out.comments);
        break;
      case 'inline': {
        const sources = cell ? cellSources(source, rowMeta, cell.col) : paragraphSources(source, token);
        if (!sources) break;
        const block = buildBlock(token, sources, cell ? 'cell' : role, source, out.comments);
        placeInList(block, items, out.blocks.length);
        if (footnoteDepth > 0 && linkOnly(token)) block.reference = true;
        if (cell) {
          block.cell = cell;
          out.tables[cell.table][cell.row].push(out.blocks.length);
        }
        out.blocks.push(block);
        break;
      }
    }
    spans.leave(token);
  }
  return out;
}

/** Groups tokens into top-level spans by their nesting depth and source lines. */
class SpanTracker {
  private depth = 0;
  private current: TopLevelSpan | undefined;

  constructor(private readonly doc: ProseDocument) {}

  enter(token: Token): void {
    if (this.depth === 0 && token.nesting >= 0) this.current = { startLine: Infinity, endLine: -1, firstBlock: this.doc.blocks.length, endBlock: -1 };
    if (token.map && this.current) {
      this.current.startLine = Math.min(this.current.startLine, token.map[0]);
      this.current.endLine = Math.max(this.current.endLine, token.map[1]);
    }
  }

  leave(token: Token): void {
    this.depth += token.nesting;
    if (this.depth !== 0 || !this.current) return;
    if (this.current.endLine >= 0) {
      this.current.endBlock = this.doc.blocks.length;
      this.doc.spans.push(this.current);
    }
    this.current = undefined;
  }
}

/** Records the block's enclosing and preceding list items (context for terse nested lists). */
function placeInList(block: ProseBlock, items: Array<{ first: number; previous: number }>, index: number): void {
  const top = items[items.length - 1];
  if (!top) return;
  if (top.first === -1) {
    top.first = index;
    if (top.previous >= 0) block.previousItem = top.previous;
    const outer = items[items.length - 2];
    if (outer && outer.first >= 0) block.parent = outer.first;
  } else {
    block.parent = top.first;
  }
}

/** Content lines of a paragraph or heading are suffixes of their source lines (after prefixes). */
function paragraphSources(source: SourceText, token: Token): number[] | undefined {
  if (!token.map) return undefined;
  const out: number[] = [];
  const contentLines = token.content.split('\n');
  let contentStart = 0;
  for (let k = 0; k < contentLines.length; k++) {
    const raw = contentLines[k];
    const lead = raw.length - raw.trimStart().length;
    const stripped = raw.slice(lead);
    const line = token.map[0] + k;
    if (stripped && line < source.lines.lineCount) {
      const col = locateInLine(source.parsedLine(line), stripped, k === contentLines.length - 1);
      if (col >= 0) out.push(contentStart + lead, source.docOffset(line, col), stripped.length);
    }
    contentStart += raw.length + 1;
  }
  return out;
}

function locateInLine(line: string, stripped: string, last: boolean): number {
  const target = last ? line.trimEnd() : line;
  if (target.endsWith(stripped)) return target.length - stripped.length;
  // ATX headings drop a closing `###`; the content still sits in the line once.
  const at = line.indexOf(stripped);
  return at >= 0 && line.indexOf(stripped, at + 1) < 0 ? at : -1;
}

function cellSources(source: SourceText, meta: RowMeta | undefined, col: number): number[] | undefined {
  const cell = meta?.cells[col];
  if (!cell) return undefined;
  const out: number[] = [];
  for (let i = 0; i < cell.length; i += 3) out.push(cell[i], source.docOffsetOfParsed(cell[i + 1]), cell[i + 2]);
  return out;
}

/** An inline run that is one link and nothing else but punctuation and perhaps a year ("[Title](url), 2025."). */
function linkOnly(token: Token): boolean {
  const children = token.children ?? [];
  let links = 0;
  let depth = 0;
  let outside = '';
  for (const child of children) {
    if (child.type === 'link_open') {
      if (depth === 0) links++;
      depth++;
    } else if (child.type === 'link_close') depth--;
    else if (depth === 0) outside += child.content;
  }
  return links === 1 && LINK_ONLY_REST.test(outside);
}

/** What may stand outside a cited work's link: punctuation, a year or a date in brackets. */
const LINK_ONLY_REST = /^[\s.,;:()–—-]*(?:(?:19|20)\d\d[\s.,;:()–—-]*)?$/;

function buildBlock(token: Token, sources: number[], role: BlockRole, source: SourceText, comments: HtmlComment[]): ProseBlock {
  const block: ProseBlock = { role, text: '', pieces: [], sources, citations: [], line: token.map?.[0] ?? lineOfSources(source, sources) };
  const parts: string[] = [];
  let length = 0;
  const add = (text: string, contentStart: number, contentLength: number): void => {
    block.pieces.push(length, contentStart, text.length, contentLength);
    parts.push(text);
    length += text.length;
  };
  let autolink = 0;
  const titleBreaks = titleLineBreaks(token);
  // "HumanEval score?::67.5" on every line: flashcards or inline fields, each line a question and its answer.
  const fieldLines = token.content.includes('::') && token.content.split('\n').every((line) => line.includes('::'));
  /** Line breaks met so far, soft and hard (`titleBreaks` counts both). */
  let breaks = 0;
  // "5.2 million in ~~2024~~ 2026": what the writer struck out is withdrawn, not said.
  let struck = 0;
  const children = (token.children ?? []) as PositionedToken[];
  for (let c = 0; c < children.length; c++) {
    const child = children[c];
    const at = child.srcPos ?? -1;
    if (struck > 0 && child.type !== 's_close' && child.type !== 's_open') {
      if (child.type === 'text' || child.type === 'text_special') add(OBJECT, at, 0);
      continue;
    }
    switch (child.type) {
      case 's_open':
        struck++;
        add(OBJECT, at, 0);
        break;
      case 's_close':
        if (struck > 0) struck--;
        add(OBJECT, at, 0);
        break;
      case 'text':
        if (autolink > 0) add(OBJECT, at, 0);
        // "LLaMA‑7B", "8‑terabyte": a non-breaking hyphen joins words as "-" does (one character for one, offsets kept).
        else if (child.content) add(NON_ASCII_HYPHEN.test(child.content) ? child.content.replace(NON_ASCII_HYPHENS, '-') : child.content, at, at >= 0 ? child.content.length : 0);
        break;
      case 'text_special':
        // "\$1B" reads "$1B": the figure's span starts at the "$", after the backslash.
        if (child.info === 'escape' && at >= 0 && child.markup.length === child.content.length + 1) add(child.content, at + 1, child.content.length);
        else add(child.content, at, child.markup.length);
        break;
      case 'softbreak':
        // "**Sarah Lindqvist** · Tech Recruiter" over a comment: a byline is no part of the sentence below it.
        // "[15:05] rhea: …" on the next line: a chat log's entry opens as a sentence does.
        // "> [!tip] Wording for the memo" over the callout's text: its title is a line of its own.
        // "AI Applications: A $19 Billion Market" over "Departmental AI: Coding …": a paragraph of title lines (a pasted contents list) is a line each.
        add(fieldLines || titleBreaks?.[breaks] || (length > 0 && length <= BYLINE_MAX && (isByline(token, parts) || CALLOUT_TITLE.test(parts.join('')))) || opensChatEntry(children, c + 1) ? '\n' : ' ', at, 1);
        breaks++;
        break;
      case 'hardbreak':
        breaks++;
        add('\n', at, 1);
        break;
      case 'link_open':
        if (child.markup === 'autolink' || child.markup === 'linkify') autolink++;
        else if (!(child.attrGet('href') ?? '#').startsWith('#') || numberedAnchor(children, c)) block.citations.push(length);
        // A figure never runs across a link's edge (and so never over its destination).
        add(OBJECT, at, 0);
        break;
      case 'link_close':
        if (autolink > 0) autolink--;
        add(OBJECT, at, 0);
        break;
      case 'footnote_ref':
        block.citations.push(length);
        if (typeof child.meta?.label === 'string') (block.footnotes ??= []).push([length, child.meta.label]);
        add(OBJECT, at, 0);
        break;
      case 'html_inline':
        if (child.content.startsWith('<!--') && at >= 0) {
          const doc = contentToDoc(sources, at);
          if (doc >= 0) collectComments(child.content, source.lines.positionAt(doc).line, comments);
        }
        // "<a href="https://arxiv.org/…">[WizardCoder]</a>": an HTML link cites as a Markdown one does.
        else if (HTML_LINK.test(child.content)) block.citations.push(length);
        add(OBJECT, at, 0);
        break;
      case 'code_inline':
        (block.code ??= []).push(child.content);
        add(OBJECT, at, 0);
        break;
      case 'math_inline':
      case 'obsidian_comment':
      case 'shortcode':
      case 'image':
        add(OBJECT, at, 0);
        break;
    }
  }
  block.text = parts.join('');
  return block;
}

const BYLINE_MAX = 90;

/** A line that reads as a title: short, opening with a capital, not running on into the next ("… of", "…,"). */
const TITLE_LINE = /^[\s*_>[]*\p{Lu}.{0,70}$/u;
const RUNS_ON = /(?:[,;:(\-–—]|\b(?:and|or|of|the|a|an|to|in|for|with|on|by|at|from|as|that|is|are)|\.)\s*$/i;
/** Fewer title lines in a row than this may be wrapped prose that happens to open each line with a capital. */
const TITLE_LINES_MIN = 4;

/**
 * Per soft break of a paragraph, whether it ends a line of a run of title lines (a
 * contents list pasted as plain lines): each such line stands alone, as a heading does.
 * Undefined when the paragraph has no such run.
 */
function titleLineBreaks(token: Token): boolean[] | undefined {
  // Most paragraphs have fewer lines than a run needs: counted before any is split off.
  let newlines = 0;
  for (let at = token.content.indexOf('\n'); at >= 0 && newlines < TITLE_LINES_MIN - 1; at = token.content.indexOf('\n', at + 1)) newlines++;
  if (newlines < TITLE_LINES_MIN - 1) return undefined;
  const lines = token.content.split('\n');
  // A code span across a line break hides that break from the children: then lines and breaks do not pair up.
  if ((token.children ?? []).filter((c) => c.type === 'softbreak' || c.type === 'hardbreak').length !== lines.length - 1) return undefined;
  const title = lines.map((line) => TITLE_LINE.test(line) && !RUNS_ON.test(line));
  const breaks = new Array<boolean>(lines.length - 1).fill(false);
  let found = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && title[j]) j++;
    if (j - i >= TITLE_LINES_MIN) {
      for (let k = i; k < j && k < breaks.length; k++) breaks[k] = true;
      found = true;
    }
    i = Math.max(j, i + 1);
  }
  return found ? breaks : undefined;
}

const NON_ASCII_HYPHEN = /[\u2010\u2011]/;
const NON_ASCII_HYPHENS = /[\u2010\u2011]/g;

/** An HTML anchor that leads somewhere else: an href neither empty nor to a place on the page. */
const HTML_LINK = /^<a\s[^>]*?\bhref\s*=\s*(?:"(?!#|")|'(?!#|')|(?![#"'\s>]))/i;

/**
 * What may follow a byline's name on its line: a role in brackets ("(Author)", "(OP)"), then
 * a role after "·", "|" or "•", or a forum's vote count ("· ▲ 214", "· 96 points").
 */
const BYLINE_TAIL = /^\s*(?:\([^\d()\n]*\))?\s*(?:[·|•](?:[^\d\n.!?·|•]*|\s*[▲▼↑⬆]\s*[\d,.]+k?|\s*\d[\d,.]*k?\s+(?:points?|upvotes?|votes?)))?\s*$/u;

/** A forum user's handle ("u/vram_goblin", "@kettle42"), which may hold digits as a name does not. */
const HANDLE = /^(?:u\/|@)[\w-]+$/;

/** Is the paragraph's first line (`parts` so far) a byline: a name in bold that opens it, with at most a role after it? */
/** The first line of an Obsidian callout, its type and title: "[!tip] Wording for the memo", "[!warning]- Slack thread". */
const CALLOUT_TITLE = /^\[![a-z-]+\][+-]?(?:\s[^\n]*)?$/i;

function isByline(token: Token, parts: string[]): boolean {
  const children = token.children ?? [];
  // The emphasis rule leaves an empty text token where a delimiter run stood.
  let i = 0;
  while (children[i]?.type === 'text' && children[i].content === '') i++;
  if (children[i]?.type !== 'strong_open') return false;
  let name = '';
  for (i++; i < children.length && children[i].type !== 'strong_close'; i++) name += children[i].content;
  if (name.length === 0 || (/[\d.!?:;,]/.test(name) && !HANDLE.test(name))) return false;
  // Joined only for a paragraph that opens with a name in bold: most do not.
  const line = parts.join('');
  return line.startsWith(name) && BYLINE_TAIL.test(line.slice(name.length));
}

/** Does the line from child `from` on open as a chat log's entries do ("**[15:05] rhea**:", "14:02 —", "> Reactions: 💯 8")? */
function opensChatEntry(children: Token[], from: number): boolean {
  let k = from;
  while (k < children.length && children[k].type !== 'text' && children[k].type !== 'softbreak') k++;
  return k < children.length && children[k].type === 'text' && (CHAT_STAMP.test(children[k].content) || LINE_BULLET.test(children[k].content));
}

/** "✅ El mercado …", "• Downloads …", "👉 …": a line opened by an emoji or a bullet sign, as a post lists its points without Markdown's list. */
const LINE_BULLET = /^(?:\p{Extended_Pictographic}|[•▪◦‣➤➡→✓✔☑✗✘])/u;

/**
 * A time stamp ("[15:05]", "14:02 PM"), a one-word label ("Reactions:"), a script's
 * speaker in capitals ("PRIYA (V.O.):", "DR. CHEN:") or its bracketed cue ("[B-ROLL: …",
 * "[ON-SCREEN TEXT: …"), opening a line.
 */
const CHAT_STAMP = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?|\p{Lu}\p{Ll}+:|\p{Lu}{2,}\.?(?:[ '-]\p{Lu}{2,}\.?){0,3}(?:\s?\([\p{Lu}.\s]{1,12}\))?:|\[\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}:)\s/u;

function lineOfSources(source: SourceText, sources: number[]): number {
  return sources.length ? source.lines.positionAt(sources[1]).line : 0;
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Finds the comments in an HTML block or tag; `firstLine` is the document line the HTML starts on. */
function collectComments(html: string, firstLine: number, out: HtmlComment[]): void {
  if (!html.includes('<!--')) return;
  let line = firstLine;
  let counted = 0;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(html); m; m = COMMENT.exec(html)) {
    for (; counted < m.index; counted++) if (html.charCodeAt(counted) === 10) line++;
    out.push({ line, text: m[1].trim() });
  }
}

/** Document offset of a content offset, or -1 where the content has no source (should not happen). */
export function contentToDoc(sources: number[], contentOffset: number): number {
  let lo = 0;
  let hi = sources.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = sources[mid * 3];
    if (contentOffset < start) hi = mid - 1;
    else if (contentOffset >= start + sources[mid * 3 + 2]) lo = mid + 1;
    else return sources[mid * 3 + 1] + (contentOffset - start);
  }
  return -1;
}

/** The piece index holding text offset `t` (pieces cover the text without gaps). */
function pieceAt(pieces: number[], t: number): number {
  return Math.max(0, lowerBound(pieces.length / 4, (i) => pieces[i * 4] > t) - 1);
}

/**
 * Document range of the text span `[start, end)` of a block, or undefined when any
 * end of it has no exact source (then the finding is dropped, never misplaced).
 */
export function docRange(block: ProseBlock, start: number, end: number): [number, number] | undefined {
  if (end <= start || block.pieces.length === 0) return undefined;
  const a = pieceAt(block.pieces, start);
  const b = pieceAt(block.pieces, end - 1);
  const [aT, aC, aN, aM] = block.pieces.slice(a * 4, a * 4 + 4);
  const [bT, bC, bN, bM] = block.pieces.slice(b * 4, b * 4 + 4);
  if (aC < 0 || bC < 0) return undefined;
  const contentStart = aN === aM ? aC + (start - aT) : aC;
  if (aN !== aM && start !== aT) return undefined;
  const contentLast = bN === bM ? bC + (end - 1 - bT) : bC + bM - 1;
  if (bN !== bM && end !== bT + bN) return undefined;
  const docStart = contentToDoc(block.sources, contentStart);
  const docLast = contentToDoc(block.sources, contentLast);
  if (docStart < 0 || docLast < 0 || docLast < docStart) return undefined;
  return [docStart, docLast + 1];
}

/** "…in 2025,[3](#b80db139…)": a numbered link to the page's own notes, as an exported report writes its footnote marks. */
function numberedAnchor(children: Token[], c: number): boolean {
  const label = children[c + 1];
  return label?.type === 'text' && /^\d{1,3}$/.test(label.content) && children[c + 2]?.type === 'link_close';
}

/** How many of a table's cells, from its first, say what its figures are about to the paragraph after it. */
const TABLE_OPENING_CELLS = 40;

/** Gives the table's last cell the text of its first cells (a table of thousands of cells gives only its opening). */
function setTableOpening(doc: ProseDocument, table: number): void {
  const parts: string[] = [];
  let last = -1;
  for (const row of doc.tables[table]) {
    for (const index of row) {
      if (parts.length < TABLE_OPENING_CELLS) parts.push(doc.blocks[index].text);
      last = index;
    }
  }
  if (last >= 0) doc.blocks[last].tableOpening = parts.join(' ');
}
