import { finish, type Checker, type CheckOptions, type CheckResult, type Finding } from './check';
import { definitionsKey, type Definitions, type DefinitionsEnv } from './markdown/definitions';
import type { ProseBlock, ProseDocument } from './markdown/prose';
import { lowerBound } from './text/search';
import { LineIndex } from './text/lines';

/** A top-level span of the note as last checked. */
interface Part {
  start: number;
  end: number;
  blocks: ProseBlock[];
  findings: Finding[];
  /** Offsets relative to `start`. */
  comments: Array<{ offset: number; text: string }>;
}

/** What the last update cost, for the benchmark and the tests. */
export interface UpdateStats {
  /** Characters parsed and judged again. */
  parsed: number;
  /** The whole note was checked (first check, or an edit to a definition). */
  full: boolean;
}

/**
 * Keeps one note checked as it is edited. An edit re-parses and re-judges only the
 * top-level blocks it touched, plus the neighbours whose judgement reads them (the
 * block before and after, the section under a changed heading); the result always
 * equals a full check of the new text.
 *
 * Like an editor's syntax tree, a result is current until the next update, which moves
 * unchanged findings in place rather than copying thousands of them per keystroke.
 */
export class IncrementalCheck {
  private text = '';
  private lines = new LineIndex('');
  private parts: Part[] = [];
  private definitions: Definitions = { references: {}, footnotes: {}, years: {} };
  private bodyStartLine = 0;
  private checked = false;
  lastUpdate: UpdateStats = { parsed: 0, full: true };

  constructor(
    private readonly checker: Checker,
    private readonly options: CheckOptions = {},
  ) {}

  update(text: string): CheckResult {
    if (!this.checked || this.parts.length === 0) this.checkAll(text);
    else if (text !== this.text) this.checkEdit(text);
    this.text = text;
    this.checked = true;
    return this.result();
  }

  private checkAll(text: string): void {
    const env: DefinitionsEnv = {};
    const doc = this.checker.parse(text, true, env);
    this.parts = partsOf(doc, 0, this.checker.judgeBlocks(doc, {}, this.options));
    this.definitions = env.own ?? { references: {}, footnotes: {}, years: {} };
    this.bodyStartLine = doc.bodyStartLine;
    this.lines = doc.lines;
    this.lastUpdate = { parsed: text.length, full: true };
  }

  private checkEdit(text: string): void {
    const old = this.text;
    const parts = this.parts;
    const prefix = commonPrefix(old, text);
    const oldEnd = old.length - commonSuffix(old, text, prefix);
    const delta = text.length - old.length;
    // From the span before the edit (whose end a changed line may move) to the span it ends in.
    let first = Math.max(0, lowerBound(parts.length, (k) => parts[k].end > prefix) - 1);
    let last = Math.max(first, lowerBound(parts.length, (k) => parts[k].start >= Math.max(oldEnd, prefix + 1)) - 1);
    for (;;) {
      // The span after the region is parsed too: markdown-it must start it afresh, as before.
      const lookahead = last + 1 < parts.length ? last + 1 : -1;
      const start = first === 0 ? 0 : parts[first].start;
      const oldStop = lookahead >= 0 ? parts[lookahead].end : old.length;
      const env: DefinitionsEnv = { seed: this.definitions };
      const doc = this.checker.parse(detached(text.slice(start, oldStop + delta)), start === 0, env);
      if (lookahead >= 0 && !startsSpan(doc, parts[lookahead].start + delta - start)) {
        last = lookahead;
        continue;
      }
      const stop = lookahead >= 0 ? lookahead : last;
      if (definitionsKey(env.own!) !== definitionsKey(this.checker.definitionsIn(old.slice(start, oldStop), start === 0))) {
        this.checkAll(text);
        return;
      }
      const widened = this.widen(doc, first, last, stop);
      if (widened) {
        [first, last] = widened;
        continue;
      }
      // Every block after a note's title reads it: a new title means a new check.
      const titleBefore = this.titleBefore(first);
      if (!titleBefore && !sameBlock(this.titleBefore(stop + 1), firstHeading(doc.blocks))) {
        this.checkAll(text);
        return;
      }
      const outside = { heading: this.headingBefore(first), previous: this.blockBefore(first), next: this.blockAfter(stop), title: titleBefore };
      const region = partsOf(doc, start, this.checker.judgeBlocks(doc, outside, this.options));
      const after = parts.slice(stop + 1);
      if (delta !== 0) for (const p of after) move(p, delta);
      this.parts = [...parts.slice(0, first), ...region, ...after];
      if (start === 0) this.bodyStartLine = doc.bodyStartLine;
      this.lines = LineIndex.edited(this.lines, text, prefix, oldEnd);
      this.lastUpdate = { parsed: oldStop + delta - start, full: false };
      return;
    }
  }

  /**
   * The wider `[first, last]` of old parts to re-check when the new blocks change what
   * their neighbours read: the block before reads the first as "next", the block after
   * reads the last as "previous", and a section reads the heading in force. `stop` is
   * the last part the region covers (`last` or the span after it).
   */
  private widen(doc: ProseDocument, first: number, last: number, stop: number): [number, number] | undefined {
    const oldBlocks = this.parts.slice(first, stop + 1).flatMap((p) => p.blocks);
    const before = this.partWithBlockBefore(first);
    if (before >= 0 && !sameBlock(oldBlocks[0], doc.blocks[0])) return [before, last];
    // Growing `last` to k - 1 makes part k the span parsed after the region.
    const after = this.partWithBlockAfter(stop);
    if (after >= 0 && !sameBlock(oldBlocks[oldBlocks.length - 1], doc.blocks[doc.blocks.length - 1])) return [first, after - 1];
    const headingBefore = this.headingBefore(first);
    if (!sameBlock(lastHeading(oldBlocks) ?? headingBefore, lastHeading(doc.blocks) ?? headingBefore)) {
      const end = this.partWithHeadingAfter(stop);
      if (end > stop) return [first, end - 1];
    }
    return undefined;
  }

  private partWithBlockBefore(index: number): number {
    for (let k = index - 1; k >= 0; k--) if (this.parts[k].blocks.length) return k;
    return -1;
  }

  private partWithBlockAfter(index: number): number {
    for (let k = index + 1; k < this.parts.length; k++) if (this.parts[k].blocks.length) return k;
    return -1;
  }

  /** The part holding the next heading after `index`, or the last part. */
  private partWithHeadingAfter(index: number): number {
    for (let k = index + 1; k < this.parts.length; k++) if (this.parts[k].blocks.some((b) => b.role === 'heading')) return k;
    return this.parts.length - 1;
  }

  private blockBefore(index: number): ProseBlock | undefined {
    const k = this.partWithBlockBefore(index);
    return k >= 0 ? this.parts[k].blocks[this.parts[k].blocks.length - 1] : undefined;
  }

  private blockAfter(index: number): ProseBlock | undefined {
    const k = this.partWithBlockAfter(index);
    return k >= 0 ? this.parts[k].blocks[0] : undefined;
  }

  /** The note's title (its first heading), when it stands in a part before `index`. */
  private titleBefore(index: number): ProseBlock | undefined {
    for (let k = 0; k < index && k < this.parts.length; k++) {
      const heading = firstHeading(this.parts[k].blocks);
      if (heading) return heading;
    }
    return undefined;
  }

  private headingBefore(index: number): ProseBlock | undefined {
    for (let k = index - 1; k >= 0; k--) {
      const heading = lastHeading(this.parts[k].blocks);
      if (heading) return heading;
    }
    return undefined;
  }

  private result(): CheckResult {
    const lines = this.lines;
    const findings: Finding[] = [];
    const comments: Array<{ line: number; text: string }> = [];
    for (const part of this.parts) {
      for (const f of part.findings) findings.push(f);
      for (const c of part.comments) comments.push({ line: lines.positionAt(part.start + c.offset).line, text: c.text });
    }
    return finish(findings, comments, lines, this.bodyStartLine, this.options);
  }
}

/** Moves a part and its findings (in place: see the class comment) by `delta`. */
function move(part: Part, delta: number): void {
  part.start += delta;
  part.end += delta;
  for (const f of part.findings) {
    f.start += delta;
    f.end += delta;
  }
}

/** Splits a parsed text at `base` into parts, with each block's findings. */
function partsOf(doc: ProseDocument, base: number, findings: Finding[][]): Part[] {
  const { starts } = doc.lines;
  const offsetOfLine = (line: number) => (line < starts.length ? starts[line] : doc.lines.text.length);
  const parts = doc.spans.map((span) => {
    const start = offsetOfLine(span.startLine);
    const part: Part = { start: base + start, end: base + offsetOfLine(span.endLine), blocks: doc.blocks.slice(span.firstBlock, span.endBlock), findings: [], comments: [] };
    for (let b = span.firstBlock; b < span.endBlock; b++) {
      for (const f of findings[b]) {
        f.start += base;
        f.end += base;
        part.findings.push(f);
      }
    }
    return part;
  });
  for (const comment of doc.comments) {
    const at = offsetOfLine(comment.line);
    const k = Math.max(0, lowerBound(doc.spans.length, (s) => doc.spans[s].startLine > comment.line) - 1);
    if (parts[k]) parts[k].comments.push({ offset: base + at - parts[k].start, text: comment.text });
  }
  return parts;
}

/** Does a top-level span of `doc` start at text offset `offset`? */
function startsSpan(doc: ProseDocument, offset: number): boolean {
  const line = lowerBound(doc.lines.starts.length, (l) => doc.lines.starts[l] >= offset);
  return doc.lines.starts[line] === offset && doc.spans.some((s) => s.startLine === line);
}

function sameBlock(a: ProseBlock | undefined, b: ProseBlock | undefined): boolean {
  return a === b || (!!a && !!b && a.role === b.role && a.text === b.text);
}

function firstHeading(blocks: ProseBlock[]): ProseBlock | undefined {
  return blocks.find((b) => b.role === 'heading');
}

function lastHeading(blocks: ProseBlock[]): ProseBlock | undefined {
  for (let k = blocks.length - 1; k >= 0; k--) if (blocks[k].role === 'heading') return blocks[k];
  return undefined;
}

/** Strings compare a block at a time natively; only the differing block is walked. */
const BLOCK = 1024;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + BLOCK <= n && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * A copy of a part of the note that does not keep the whole note alive. V8 makes a slice
 * of a long string a view into it, and the strings a parse keeps (a block's text, a
 * finding's) are views into what was parsed, so a part checked again would hold on to
 * that version of the whole note for as long as the part stays unchanged: one more copy
 * of a 1 MB note every few edits. Prefixing forces a flat copy of the part alone.
 */
function detached(part: string): string {
  return (' ' + part).slice(1);
}
