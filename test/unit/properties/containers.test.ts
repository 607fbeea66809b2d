import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/check';
import { LineIndex } from '../../../src/core/text/lines';
import { checker } from '../../support/checker';
import { assertSane, judgementOf } from '../../support/findings';
import { container, probeParagraph } from '../../support/notes/arbitraries';
import { prefixLines, renderNote, type Line } from '../../support/notes/render';
import { checkProperty } from '../../support/properties';

function joined(lines: Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

describe('property: containers', function () {
  this.timeout(0);

  it('a paragraph moved into quotes, list items and footnotes keeps its findings, each moved by its line prefix', () => {
    const arbitrary = fc.tuple(probeParagraph, fc.array(container, { minLength: 1, maxLength: 3 }));
    checkProperty('a paragraph moved into containers', arbitrary, ([paragraph, containers]) => {
      const plain = renderNote({ bom: false, eol: 'lf', eolBits: 0, blocks: [paragraph], trailingNewline: false }).text;
      const plainLines = plain.split('\n').map((text) => ({ text, marks: [] }));
      const nestedLines = containers.reduce((lines, [first, rest]) => prefixLines(lines, first, rest), plainLines as Line[]);
      const nested = joined(nestedLines);
      const prefix = nestedLines.map((l, i) => l.text.length - plainLines[i].text.length);
      const place = (text: string, findings: Finding[], moved: boolean) => {
        const lines = new LineIndex(text);
        const at = (offset: number) => {
          const p = lines.positionAt(offset);
          return [p.line, p.character - (moved ? prefix[p.line] : 0)];
        };
        return findings.map((f) => ({ from: at(f.start), to: at(f.end), ...judgementOf(f) }));
      };
      const found = checker().check(nested).findings;
      assertSane(nested, found);
      assert.deepEqual(place(nested, found, true), place(plain, checker().check(plain).findings, false));
    });
  });
});
