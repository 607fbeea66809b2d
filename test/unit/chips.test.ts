import * as assert from 'node:assert/strict';
import { chipMode, sourceChips, sourceName } from '../../src/core/chips';
import { checker } from '../support/checker';

const NOTE =
  'In 2026, over 73% of enterprises run at least one open-source AI model in production.\n' +
  'One vendor deck claims 78% of enterprises use open-source AI models in production.\n' +
  'Mistral 7B has been downloaded 12 million times.\n' +
  'According to McKinsey, open-model users ship 40% faster.\n';

describe('source chips', () => {
  const findings = checker().check(NOTE).findings;
  const shown = (mode: Parameters<typeof sourceChips>[1]) => sourceChips(findings, mode).map((c) => [NOTE.slice(c.offset - 3, c.offset), c.label]);

  it('names the source and year after each supported figure, at its end', () => {
    assert.deepEqual(shown('supported'), [
      ['73%', '· NWCast 2026'],
      ['40%', '· McKinsey AI Report 2026'],
    ]);
    const chip = sourceChips(findings, 'supported')[0];
    assert.equal(chip.record.id, 'nwcast-enterprise-adoption-lede');
    assert.match(chip.tooltip, /^NWCast, 2026: "In 2026, over 73% of enterprises/);
  });

  it('with "all", also after a conflicting figure, with the source\'s figure; never after one no record matches', () => {
    assert.deepEqual(shown('all'), [
      ['73%', '· NWCast 2026'],
      ['78%', '· NWCast 2026: 73%'],
      ['40%', '· McKinsey AI Report 2026'],
    ]);
    assert.deepEqual(shown('off'), []);
  });

  it('keeps a long source short, and reads an unknown setting as the default', () => {
    const record = findings[0].record!;
    assert.equal(sourceName({ ...record, source: 'Gartner enterprise AI sovereignty report' }), 'Gartner enterprise AI…');
    assert.equal(sourceName({ ...record, source: 'Dario Amodei, CEO of Anthropic' }), 'Dario Amodei');
    assert.deepEqual([chipMode('all'), chipMode('off'), chipMode('loud'), chipMode(undefined)], ['all', 'off', 'supported', 'supported']);
  });
});
