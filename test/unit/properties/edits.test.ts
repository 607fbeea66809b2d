import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checker } from '../../support/checker';
import { afterInsertion, assertSane } from '../../support/findings';
import { noteWithProbe } from '../../support/notes/arbitraries';
import { renderNote } from '../../support/notes/render';
import { checkProperty } from '../../support/properties';

/** A sentence naming nothing any record is about: it adds no subject, year, citation or benchmark. */
const NEUTRAL = 'Meanwhile the garden stayed quiet. ';

describe('property: edits stay local', function () {
  this.timeout(0);

  // The paragraph right after may read the edited one's last sentence as its own sentence before
  // ("Forrester's figure is $2.3 million."), as the incremental check re-judges it: every other block is checked.
  it('a sentence written into one paragraph changes no finding of any other block but the next, except by its length', () => {
    checkProperty('an edit in another block', fc.tuple(noteWithProbe, fc.nat()), ([spec, choice]) => {
      const { text, marks } = renderNote(spec);
      const points = marks.filter((m) => m.kind === 'sentence');
      const point = points[choice % points.length];
      const start = marks.find((m) => m.kind === 'start' && m.block === point.block)!.at;
      const end = (marks.find((m) => m.kind === 'end' && m.block === point.block + 1) ?? marks.find((m) => m.kind === 'end' && m.block === point.block))!.at;
      const outside = (f: { start: number; end: number }) => f.end <= start || f.start >= end;
      const before = checker().check(text).findings.filter(outside);
      const edited = text.slice(0, point.at) + NEUTRAL + text.slice(point.at);
      const all = checker().check(edited).findings;
      assertSane(edited, all);
      const after = all.filter((f) => f.end <= start || f.start >= end + NEUTRAL.length);
      assert.deepEqual(after, afterInsertion(before, point.at, NEUTRAL.length));
    });
  });
});
