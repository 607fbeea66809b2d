import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/check';
import { LineIndex } from '../../../src/core/text/lines';
import { checker } from '../../support/checker';
import { assertSane, judgementOf } from '../../support/findings';
import { noteSpec } from '../../support/notes/arbitraries';
import { renderNote, type Eol } from '../../support/notes/render';
import { checkProperty } from '../../support/properties';

/** Findings as the editor sees them: line, UTF-16 character, and everything else but the raw text. */
function asPositions(text: string, findings: Finding[], bom: number) {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return [p.line, p.character - (p.line === 0 ? bom : 0)];
  };
  return findings.map((f) => ({ from: at(f.start), to: at(f.end), text: f.text.replace(/\r\n?/g, '\n'), ...judgementOf(f) }));
}

describe('property: line endings and a BOM', function () {
  this.timeout(0);

  it('CRLF, CR, mixed line ends and a BOM give the same findings at the same line and character as LF', () => {
    const arbitrary = fc.tuple(noteSpec(), fc.constantFrom<Eol>('crlf', 'cr', 'mixed'), fc.boolean());
    checkProperty('line endings and BOM', arbitrary, ([spec, eol, bom]) => {
      const lf = renderNote({ ...spec, eol: 'lf', bom: false }).text;
      const other = renderNote({ ...spec, eol, bom }).text;
      const expected = asPositions(lf, checker().check(lf).findings, 0);
      const found = checker().check(other).findings;
      assertSane(other, found);
      assert.deepEqual(asPositions(other, found, bom ? 1 : 0), expected);
    });
  });
});
