import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checker } from '../../support/checker';
import { afterInsertion, assertSane, withoutPlace } from '../../support/findings';
import { noteWithProbe } from '../../support/notes/arbitraries';
import { renderNote } from '../../support/notes/render';
import { checkProperty } from '../../support/properties';

describe('property: UTF-16 positions', function () {
  this.timeout(0);

  it('an emoji written before a figure moves it, and everything after, by exactly two units and changes nothing else', () => {
    const arbitrary = fc.tuple(noteWithProbe, fc.nat(), fc.constantFrom('🚀', '😀', '🧪', '🇺🇸'.slice(0, 2)));
    checkProperty('emoji before a figure', arbitrary, ([spec, choice, emoji]) => {
      const { text, marks } = renderNote(spec);
      const points = marks.filter((m) => m.kind === 'emoji');
      const at = points[choice % points.length].at;
      const before = checker().check(text).findings;
      const edited = text.slice(0, at) + emoji + text.slice(at);
      const after = checker().check(edited).findings;
      assertSane(edited, after);
      assert.deepEqual(withoutPlace(after), withoutPlace(afterInsertion(before, at, 2)));
    });
  });
});
