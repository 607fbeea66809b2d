import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_MAX_NOTE_KB, formatSizes, limitBytes, mayExceed, oversize, tooLargeMessage, utf8Length } from '../../src/extension/sizeLimit';

describe('note size limit (statlens.maxNoteSize)', () => {
  it('measures UTF-8 bytes as an encoder would, astral characters included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        assert.equal(utf8Length(s), new TextEncoder().encode(s).length);
      }),
      { numRuns: 2000 },
    );
    assert.equal(utf8Length('a é € 😀'), 1 + 1 + 2 + 1 + 3 + 1 + 4);
  });

  it('reads the setting in KB; 0 means no limit; nonsense means the default', () => {
    assert.equal(limitBytes(2048), 2 * 1024 * 1024);
    assert.equal(limitBytes(0), 0);
    assert.equal(limitBytes(undefined), DEFAULT_MAX_NOTE_KB * 1024);
    assert.equal(limitBytes(-5), DEFAULT_MAX_NOTE_KB * 1024);
    assert.equal(limitBytes('big'), DEFAULT_MAX_NOTE_KB * 1024);
  });

  it('is over only when the UTF-8 size is above the limit', () => {
    assert.equal(oversize('x'.repeat(1024), 1024), undefined, 'at the limit is not over');
    assert.deepEqual(oversize('x'.repeat(1025), 1024), { bytes: 1025, limit: 1024 });
    assert.deepEqual(oversize('é'.repeat(600), 1024), { bytes: 1200, limit: 1024 }, '600 characters, 1200 bytes');
    assert.equal(oversize('x'.repeat(10_000), 0), undefined, '0 = no limit');
  });

  it('tells from the UTF-16 length alone when a note cannot be over (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 800 }), (s, limit) => {
        if (!mayExceed(s.length, limit)) assert.equal(oversize(s, limit), undefined);
        assert.equal(oversize(s, limit) !== undefined, limit > 0 && utf8Length(s) > limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('never shows a note just over the limit as the same size as the limit', () => {
    assert.deepEqual(formatSizes({ bytes: 2 * 1048576 + 10, limit: 2 * 1048576 }), ['2049 KB', '2048 KB']);
    assert.deepEqual(formatSizes({ bytes: 2.54 * 1048576, limit: 2 * 1048576 }), ['2.5 MB', '2 MB']);
    assert.deepEqual(formatSizes({ bytes: 700 * 1024 - 3, limit: 512 * 1024 }), ['700 KB', '512 KB']);
  });

  it('names the size, the setting and the way out', () => {
    const message = tooLargeMessage({ bytes: 3 * 1048576, limit: 2 * 1048576 });
    assert.match(message, /3 MB, above statlens\.maxNoteSize \(2 MB\)/);
    assert.match(message, /Check This Note Now/);
    assert.match(message, /0 = no limit/);
  });
});
