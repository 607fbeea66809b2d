import { LineIndex } from '../text/lines';

/**
 * A document as markdown-it is given it: line breaks made "\n", a leading BOM
 * dropped, NUL made U+FFFD (markdown-it's own normalisation, done here so that
 * offsets can be mapped back). Every line keeps its characters, so a parsed
 * offset maps back to the document through its line and column.
 */
export class SourceText {
  readonly lines: LineIndex;
  readonly parsed: string;
  private readonly bom: number;
  private readonly parsedStarts: number[];

  constructor(readonly doc: string) {
    this.lines = new LineIndex(doc);
    this.bom = doc.charCodeAt(0) === 0xfeff ? 1 : 0;
    const simple = this.bom === 0 && !doc.includes('\r');
    let parsed = simple ? doc : this.joinLines();
    if (parsed.includes('\0')) parsed = parsed.replace(/\0/g, '\uFFFD');
    this.parsed = parsed;
    this.parsedStarts = simple ? this.lines.starts : this.lineStartsOfParsed();
  }

  /** A line as markdown-it sees it. */
  parsedLine(line: number): string {
    const start = this.parsedStarts[line];
    const end = line + 1 < this.parsedStarts.length ? this.parsedStarts[line + 1] - 1 : this.parsed.length;
    return this.parsed.slice(start, end);
  }

  /** Document offset of column `col` of parsed line `line`. */
  docOffset(line: number, col: number): number {
    return this.lines.starts[line] + col + (line === 0 ? this.bom : 0);
  }

  docOffsetOfParsed(offset: number): number {
    let lo = 0;
    let hi = this.parsedStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.parsedStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.docOffset(lo, offset - this.parsedStarts[lo]);
  }

  private joinLines(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.lines.lineCount; i++) parts.push(this.lines.lineText(i));
    if (this.bom) parts[0] = parts[0].slice(1);
    return parts.join('\n');
  }

  private lineStartsOfParsed(): number[] {
    const starts = [0];
    for (let i = 0; i < this.parsed.length; i++) if (this.parsed.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
  }
}
