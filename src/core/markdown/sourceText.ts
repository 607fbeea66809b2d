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
  private readonly parsedLines: LineIndex;

  /** `opensNote` false: a part of a note, whose first character is no BOM even if it is U+FEFF. */
  constructor(
    readonly doc: string,
    opensNote = true,
  ) {
    this.lines = new LineIndex(doc);
    this.bom = opensNote && doc.charCodeAt(0) === 0xfeff ? 1 : 0;
    const simple = this.bom === 0 && !doc.includes('\r') && !doc.includes('\0');
    let parsed = simple ? doc : this.joinLines();
    if (parsed.includes('\0')) parsed = parsed.replace(/\0/g, '\uFFFD');
    this.parsed = parsed;
    this.parsedLines = simple ? this.lines : new LineIndex(parsed);
  }

  /** A line as markdown-it sees it. */
  parsedLine(line: number): string {
    return this.parsedLines.lineText(line);
  }

  /** Document offset of column `col` of parsed line `line`. */
  docOffset(line: number, col: number): number {
    return this.lines.starts[line] + col + (line === 0 ? this.bom : 0);
  }

  docOffsetOfParsed(offset: number): number {
    const p = this.parsedLines.positionAt(offset);
    return this.docOffset(p.line, p.character);
  }

  private joinLines(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.lines.lineCount; i++) parts.push(this.lines.lineText(i));
    if (this.bom) parts[0] = parts[0].slice(1);
    return parts.join('\n');
  }
}
