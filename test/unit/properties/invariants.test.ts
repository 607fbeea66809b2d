import * as assert from 'node:assert/strict';
import { Checker } from '../../../src/core/check';
import { checker } from '../../support/checker';
import { assertSane } from '../../support/findings';
import { noteSpec } from '../../support/notes/arbitraries';
import { renderNote } from '../../support/notes/render';
import { checkProperty } from '../../support/properties';

describe('property: any note', function () {
  this.timeout(0);

  it('is checked without throwing; its ranges lie inside it, in order, disjoint, on the figure; and checking again gives the same', () => {
    const shared = checker();
    let cases = 0;
    checkProperty('invariants', noteSpec(), (spec) => {
      const { text } = renderNote(spec);
      const result = shared.check(text);
      assert.equal(result.lines.text, text);
      assertSane(text, result.findings);
      assert.deepEqual(shared.check(text).findings, result.findings, 'checking twice');
      // Now and then a checker with no history (its own parser, none of the shared one's notes) agrees.
      if (cases++ % 16 === 0) assert.deepEqual(new Checker(shared.index).check(text).findings, result.findings, 'a fresh checker');
    });
  });
});
