import type { Finding } from '../check';
import type { Fix } from '../rules/rule';
import type { LineIndex } from '../text/lines';

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * "Ignore this line": a `statlens-disable-line` comment at the end of the line.
 * A table's header row cannot take one (it would add a column), so there the
 * comment goes on its own line above, as `statlens-disable-next-line`.
 */
export function ignoreLineFix(finding: Finding, lines: LineIndex): Fix {
  const line = lines.positionAt(finding.start).line;
  const lineText = lines.lineText(line);
  const nextLine = line + 1 < lines.lineCount ? lines.lineText(line + 1) : '';
  const title = `Ignore ${finding.code} on this line`;
  if (lineText.includes('|') && DELIMITER_ROW.test(nextLine) && nextLine.includes('-')) {
    const eol = lines.text.includes('\r\n') ? '\r\n' : '\n';
    const indent = /^\s*/.exec(lineText)![0];
    const at = lines.starts[line];
    return { title, edits: [{ start: at, end: at, newText: `${indent}<!-- statlens-disable-next-line ${finding.code} -->${eol}` }] };
  }
  const end = lines.ends[line];
  return { title, edits: [{ start: end, end, newText: ` <!-- statlens-disable-line ${finding.code} -->` }] };
}

/** "Ignore in this file": a `statlens-disable-file` comment after the front matter. */
export function ignoreFileFix(finding: Finding, lines: LineIndex, bodyStartLine: number): Fix {
  const eol = lines.text.includes('\r\n') ? '\r\n' : '\n';
  const at = bodyStartLine < lines.lineCount ? lines.starts[bodyStartLine] : lines.text.length;
  const bom = at === 0 && lines.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const prefix = at > 0 && at === lines.text.length && !/\n$/.test(lines.text) ? eol : '';
  return { title: `Ignore ${finding.code} in this file`, edits: [{ start: at + bom, end: at + bom, newText: `${prefix}<!-- statlens-disable-file ${finding.code} -->${eol}` }] };
}
