import { lowerBound } from './search';

/** Zero-based line and UTF-16 character, as in VS Code and LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Line starts of a document. A line ends at "\n", "\r\n" or a lone "\r", as
 * VS Code counts them, so positions agree with the editor's for any line ending.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past each line's content (before its line break). */
  readonly ends: number[];

  constructor(readonly text: string, lines?: { starts: number[]; ends: number[] }) {
    if (lines) {
      this.starts = lines.starts;
      this.ends = lines.ends;
      return;
    }
    const starts = [0];
    const ends: number[] = [];
    scanLines(text, 0, text.length, starts, ends);
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The index of `text`, which is `old.text` with `[from, oldTo)` replaced: only the
   * lines around the change are scanned, the others are moved (a keystroke in a long
   * note should not rescan it).
   */
  static edited(old: LineIndex, text: string, from: number, oldTo: number): LineIndex {
    const delta = text.length - old.text.length;
    // From the line before the change: a "\r" there may pair with a new "\n".
    const first = old.positionAt(Math.max(0, from - 1)).line;
    const after = lowerBound(old.starts.length, (i) => old.starts[i] > oldTo);
    const stop = after < old.starts.length ? old.starts[after] + delta : text.length;
    const starts = old.starts.slice(0, first + 1);
    const ends = old.ends.slice(0, first);
    scanLines(text, old.starts[first], stop, starts, ends);
    if (after < old.starts.length) {
      // The scan ends on the break before the kept line, whose start it found again.
      if (starts.pop() !== stop) return new LineIndex(text);
      for (let i = after; i < old.starts.length; i++) {
        starts.push(old.starts[i] + delta);
        ends.push(old.ends[i] + delta);
      }
    } else {
      ends.push(text.length);
    }
    return new LineIndex(text, { starts, ends });
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lowerBound(this.starts.length, (i) => this.starts[i] > o) - 1;
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const line = Math.max(0, pos.line);
    return Math.min(this.starts[line] + Math.max(0, pos.character), this.ends[line]);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Appends the line breaks of `text[from, to)`: each break's offset to `ends`, the next line's start to `starts`. */
function scanLines(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
}
