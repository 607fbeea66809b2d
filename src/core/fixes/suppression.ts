import type { Finding } from '../check';
import type { Fix } from '../rules/rule';
import type { LineIndex } from '../text/lines';

/**
 * "Ignore this line": a `statlens-disable-line` comment at the end of the line. In
 * a table the comment goes inside the figure's cell, since text after a row's last
 * "|" is dropped; a header row cannot take one without changing the table, so there
 * it goes on its own line above, as `statlens-disable-next-line`. A hard line break
 * (two spaces or "\\" at the end) stays the last thing on its line.
 */
export function ignoreLineFix(finding: Finding, lines: LineIndex): Fix {
  const line = lines.positionAt(finding.start).line;
  const lineText = lines.lineText(line);
  const title = `Ignore ${finding.code} on this line`;
  const comment = `<!-- statlens-disable-line ${finding.code} -->`;
  if (finding.tableHeader) {
    const eol = lines.text.includes('\r\n') ? '\r\n' : '\n';
    const indent = /^[ \t>]*/.exec(lineText)![0];
    const at = lines.starts[line];
    return { title, edits: [{ start: at, end: at, newText: `${indent}<!-- statlens-disable-next-line ${finding.code} -->${eol}` }] };
  }
  if (finding.inTable) return { title, edits: [{ start: finding.end, end: finding.end, newText: ` ${comment}` }] };
  const hardBreak = /( {2,}|\\)$/.exec(lineText);
  const end = lines.ends[line] - (hardBreak ? hardBreak[0].length : 0);
  return { title, edits: [{ start: end, end, newText: ` ${comment}` }] };
}

/** "Ignore in this file": a `statlens-disable-file` comment after the front matter. */
export function ignoreFileFix(finding: Finding, lines: LineIndex, bodyStartLine: number): Fix {
  const eol = lines.text.includes('\r\n') ? '\r\n' : '\n';
  const at = bodyStartLine < lines.lineCount ? lines.starts[bodyStartLine] : lines.text.length;
  const bom = at === 0 && lines.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const prefix = at > 0 && at === lines.text.length && !/\n$/.test(lines.text) ? eol : '';
  return { title: `Ignore ${finding.code} in this file`, edits: [{ start: at + bom, end: at + bom, newText: `${prefix}<!-- statlens-disable-file ${finding.code} -->${eol}` }] };
}
