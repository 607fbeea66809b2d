import * as assert from 'node:assert/strict';
import { applyEdits, fixAllConflicting, fixesFor } from '../../src/core/fixes';
import { definitionEdit } from '../../src/core/fixes/citation';
import { checker } from '../support/checker';

function fix(note: string, figure: string, title: RegExp): string {
  const result = checker().check(note);
  const finding = result.findings.find((f) => f.text === figure)!;
  const chosen = fixesFor(finding, note, result).find((x) => title.test(x.title));
  assert.ok(chosen, `no fix matching ${title} for ${figure}: ${fixesFor(finding, note, result).map((x) => x.title).join(', ')}`);
  return applyEdits(note, chosen.edits);
}

const CONFLICT = 'One vendor says 78% of enterprises run open-source AI models in production.\n';
const SUPPORTED = 'In 2026, over 73% of enterprises run open-source AI models in production.\n';

describe('quick fixes', () => {
  it('replaces a conflicting figure with the dataset figure', () => {
    assert.equal(fix(CONFLICT, '78%', /^Replace with 73% \(dataset\)$/), CONFLICT.replace('78%', '73%'));
  });

  it('inserts a footnote citation and its definition for a supported figure, and none for a conflicting one', () => {
    const out = fix(SUPPORTED, '73%', /^Insert citation/);
    assert.equal(
      out,
      'In 2026, over 73%[^nwcast-enterprise-adoption-lede] of enterprises run open-source AI models in production.\n\n' +
        '[^nwcast-enterprise-adoption-lede]: NWCast (2026), in NWCast, "The Rise of Open-Source AI Models: Why Tech Giants Are Giving Away Their Code", April 4, 2026.\n',
    );
    const result = checker().check(CONFLICT);
    assert.ok(!fixesFor(result.findings[0], CONFLICT, result).some((f) => f.title.startsWith('Insert citation')), 'citing a source that contradicts the figure would be wrong');
    const supported = 'According to McKinsey, open-model users ship 40% faster.';
    assert.match(fix(supported, '40%', /^Insert citation \(McKinsey 2026 AI Report, 2026\)$/), /40%\[\^nwcast-time-to-market\] faster\.\n\n\[\^nwcast-time-to-market\]: McKinsey 2026 AI Report \(2026\)/);
  });

  it('writes a citation from a dataset on one line, whatever its source and title hold', () => {
    const record = checker().check(SUPPORTED).findings[0].record!;
    const hostile = { ...record, source: 'Evil\n\n# Heading', article: { ...record.article, title: 'T\r\n- item\u2028x' } };
    const edit = definitionEdit(SUPPORTED, hostile)!;
    assert.equal(edit.newText.trim().split('\n').length, 1, edit.newText);
    assert.match(edit.newText, /Evil # Heading .* "T - item x"/);
  });

  it('reuses an existing footnote for the same record', () => {
    const once = fix(SUPPORTED, '73%', /^Insert citation/);
    const note = once + '\nAnother survey says 73 per cent of enterprises run open-source AI models in production.\n';
    const twice = fix(note, '73 per cent', /^Insert citation/);
    assert.equal(twice.match(/^\[\^nwcast-enterprise-adoption-lede\]:/gm)?.length, 1);
    assert.match(twice, /73 per cent\[\^nwcast-enterprise-adoption-lede\]/);
  });

  it('puts the footnote after closing emphasis, and after a link the figure sits in', () => {
    assert.match(fix('In 2026, over **73%** of enterprises run open-source AI models in production.', '73%', /^Insert citation/), /over \*\*73%\*\*\[\^nwcast-enterprise-adoption-lede\] of/);
    assert.match(
      fix('In 2026, [over 73% of enterprises](https://example.com/x) run open-source AI models in production.', '73%', /^Insert citation/),
      /\(https:\/\/example\.com\/x\)\[\^nwcast-enterprise-adoption-lede\] run/,
    );
  });

  it('does not offer to replace a figure whose range holds markup', () => {
    const note = 'Hugging Face active developers: *6.1* million in 2026.';
    const result = checker().check(note);
    const finding = result.findings[0];
    assert.equal(finding.text, '6.1* million');
    assert.equal(finding.status, 'conflicting');
    assert.ok(!fixesFor(finding, note, result).some((f) => f.title.startsWith('Replace')));
  });

  it('ignores a line with a comment at its end, which the checker then honours', () => {
    const out = fix(CONFLICT, '78%', /^Ignore statlens.conflicting on this line$/);
    assert.equal(out, CONFLICT.trimEnd() + ' <!-- statlens-disable-line statlens.conflicting -->\n');
    assert.equal(checker().check(out).findings[0].suppressed, true);
  });

  it('ignores a figure in a table header row from the line above', () => {
    const table = '| 78% of enterprises run open-source AI models in production |\n| --- |\n| x |\n';
    const out = fix(table, '78%', /on this line$/);
    assert.ok(out.startsWith('<!-- statlens-disable-next-line statlens.conflicting -->\n| 78%'));
    assert.equal(checker().check(out).findings[0].suppressed, true);
  });

  it('ignores a rule in the whole file, after the front matter', () => {
    const note = '---\ntitle: x\n---\n' + CONFLICT;
    const out = fix(note, '78%', /in this file$/);
    assert.equal(out, '---\ntitle: x\n---\n<!-- statlens-disable-file statlens.conflicting -->\n' + CONFLICT);
    assert.equal(checker().check(out).findings[0].suppressed, true);
  });

  it('keeps CRLF line ends', () => {
    const note = SUPPORTED.replace('\n', '\r\n');
    assert.match(fix(note, '73%', /^Insert citation/), /\r\n\r\n\[\^nwcast-enterprise-adoption-lede\]: .*\r\n$/);
  });

  it('ignores a figure in a table body row from inside its cell', () => {
    const table = '| Who | Share |\n| --- | --- |\n| vendors | 78% of enterprises run open-source AI models in production |\n';
    const out = fix(table, '78%', /on this line$/);
    assert.match(out, /\| 78% <!-- statlens-disable-line statlens\.conflicting --> of enterprises/);
    assert.equal(checker().check(out).findings[0].suppressed, true);
  });

  it('keeps a hard line break last on its line', () => {
    const note = 'One vendor says 78% of enterprises run open-source AI models in production.  \nNext line.\n';
    const out = fix(note, '78%', /on this line$/);
    assert.ok(out.includes('production. <!-- statlens-disable-line statlens.conflicting -->  \nNext line.'));
    assert.equal(checker().check(out).findings[0].suppressed, true);
  });

  it('fixes all conflicting figures at once', () => {
    const note = CONFLICT + '\nCode Llama has been downloaded 54 million times.\n';
    const result = checker().check(note);
    assert.equal(applyEdits(note, fixAllConflicting(result)), note.replace('78%', '73%').replace('54 million', '45 million'));
  });
});
