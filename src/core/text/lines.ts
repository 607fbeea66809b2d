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

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
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
