import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lines';
import { check } from '../support/checker';

/** Checks a note and returns [text at range, line, character] of each finding. */
function located(note: string): Array<[string, number, number]> {
  const lines = new LineIndex(note);
  return check(note).map((f) => {
    assert.equal(note.slice(f.start, f.end), f.text, 'the range must hold the finding text');
    const p = lines.positionAt(f.start);
    return [f.text, p.line, p.character];
  });
}

describe('exact ranges', () => {
  const cases: Array<[string, string, Array<[string, number, number]>]> = [
    ['text before on the line', 'Adoption: in 2026, over 73% of enterprises.', [['73%', 0, 24]]],
    ['a list marker', '- over 73% of enterprises', [['73%', 0, 7]]],
    ['an ordered list marker', '12. over 73% of enterprises', [['73%', 0, 9]]],
    ['nested quotes and lists', '> > - over 73% of enterprises', [['73%', 0, 11]]],
    ['a lazy quote continuation', '> Enterprises adopt,\nover 73% of them', [['73%', 1, 5]]],
    ['emphasis markers', 'Over ***73%*** of _enterprises_', [['73%', 0, 8]]],
    ['an escape before', 'A \\*note\\*: over 73% of enterprises', [['73%', 0, 17]]],
    // Spec §1: in `\$1B` the span is `$1B`, the backslash is Markdown's, not the figure's.
    ['an escaped figure', 'The market reached \\$47 billion in 2026', [['$47 billion', 0, 20]]],
    ['an escaped percent sign', 'Rust grew +321\\% on HumanEval-X', [['321\\%', 0, 11]]],
    ['entities before', 'AT&amp;T&nbsp;&#169; over 73% of enterprises', [['73%', 0, 26]]],
    ['CRLF line ends', 'Intro line.\r\n\r\nIn 2026, over 73% of enterprises\r\nuse them.', [['73%', 2, 14]]],
    ['a lone CR line end', 'Intro.\r\rIn 2026, over 73% of enterprises', [['73%', 2, 14]]],
    ['tabs', '-\tover\t73% of enterprises', [['73%', 0, 7]]],
    ['a BOM', '\uFEFFIn 2026, over 73% of enterprises', [['73%', 0, 15]]],
    ['a BOM before front matter', '\uFEFF---\nx: 1\n---\nover 73% of enterprises', [['73%', 3, 5]]],
    ['an emoji before', '🚀 over 73% of enterprises', [['73%', 0, 8]]],
    ['a heading with closing hashes', '## 73% of enterprises ##', [['73%', 0, 3]]],
    ['a table cell with escaped pipes', '| a \\| b | over 73% of enterprises |\n|---|---|\n| x \\| y | 73% of enterprises |', [['73%', 0, 16], ['73%', 2, 11]]],
    ['a table in a quote', '> | Who | Share |\n> |---|---|\n> | enterprises | 73% |', [['73%', 2, 18]]],
    ['link text', 'See [73% of enterprises](https://x.test/73) now', [['73%', 0, 5]]],
    ['a footnote definition', 'Text[^a].\n\n[^a]: over 73% of enterprises', [['73%', 2, 11]]],
    ['a setext heading', 'Over 73% of enterprises\n===', [['73%', 0, 5]]],
    ['a hard line break', 'Enterprises:  \nover 73% of them', [['73%', 1, 5]]],
  ];
  for (const [what, note, expected] of cases) {
    it(what, () => assert.deepEqual(located(note), expected));
  }

  it('a figure wrapped across lines keeps its message on one line', () => {
    const [finding] = check('Our hub now has 45\nmillion users.');
    assert.equal(finding.text, '45\nmillion');
    assert.ok(!finding.message.includes('\n'));
  });

  it('finds figures in scripts written without spaces, and after a NUL', () => {
    assert.deepEqual(located('有73%的企业使用开源模型。'), [['73%', 0, 1]]);
    assert.deepEqual(located('a\0b over 73% of enterprises'), [['73%', 0, 9]]);
  });

  it('an emoji before a figure shifts it by two UTF-16 units', () => {
    const plain = located(' over 73% of enterprises')[0];
    const emoji = located('🚀 over 73% of enterprises')[0];
    assert.equal(emoji[2] - plain[2], 2);
  });

  describe('nothing outside prose', () => {
    const cases: Array<[string, string]> = [
      ['front matter', '---\nshare: 73% of enterprises\nbudget: $47 billion\n---\n\nText.'],
      ['fenced code', '```\n73% of enterprises, $47 billion\n```'],
      ['tilde fences', '~~~python\nx = "73% of enterprises"\n~~~'],
      ['indented code', 'Text.\n\n    73% of enterprises, $47 billion'],
      ['inline code', 'Use `73%` or ``$47 billion`` here.'],
      ['an HTML block', '<div>\n73% of enterprises\n</div>'],
      ['inline HTML attributes', 'A <span title="73% of enterprises">tag</span>.'],
      ['an HTML comment', '<!-- 73% of enterprises -->'],
      ['a link destination', '[the report](https://example.com/reports/73-percent/$47B)'],
      ['an autolink', '<https://example.com/73%>'],
      ['an image', '![73% of enterprises](chart-73%.png)'],
      ['a reference definition', '[r]: https://example.com/73 "73% of enterprises"'],
      ['a footnote label', 'Text[^73].\n\n[^73]: A note.'],
      ['a figure split by a link edge', 'Developers reached [6.1](https://hf.co) million.'],
      ['inline math', 'Let $x = 73\\%$ be the share.'],
      ['display math', '$$\n47 \\times 10^9 = 73\\%\n$$'],
    ];
    for (const [what, note] of cases) it(what, () => assert.deepEqual(located(note), []));
  });
});
