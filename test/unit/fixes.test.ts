import * as assert from 'node:assert/strict';
import { applyEdits, fixAllConflicting, fixesFor } from '../../src/core/fixes';
import { citationLabel, citationOf, footnoteText } from '../../src/core/fixes/citation';
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
      'In 2026, over 73%[^nwcast-2026] of enterprises run open-source AI models in production.\n\n' +
        '[^nwcast-2026]: NWCast, "The Rise of Open-Source AI Models: Why Tech Giants Are Giving Away Their Code", April 4, 2026. ' +
        '"In 2026, over 73% of enterprises are using at least one open-source AI model in production, yet most executives still don\'t understand why companies like Meta, Microsoft, and Google are essentially giving away billions of dollars in AI research for free."\n',
    );
    const result = checker().check(CONFLICT);
    assert.ok(!fixesFor(result.findings[0], CONFLICT, result).some((f) => f.title.startsWith('Insert citation')), 'citing a source that contradicts the figure would be wrong');
    const supported = 'According to McKinsey, open-model users ship 40% faster.';
    assert.match(
      fix(supported, '40%', /^Insert citation \(McKinsey 2026 AI Report, 2026\)$/),
      /40%\[\^mckinsey-2026\] faster\.\n\n\[\^mckinsey-2026\]: McKinsey 2026 AI Report, cited in NWCast, "The Rise of Open-Source AI Models: [^"]*", April 4, 2026\. "According to McKinsey's 2026 AI Report, organizations using open-source AI models report 40% faster/,
    );
  });

  it('labels a citation by its source and year, as a writer would', () => {
    const record = checker().check(SUPPORTED).findings[0].record!;
    const label = (source: string, year = 2026) => citationLabel({ ...record, source, year });
    assert.deepEqual(
      [label('NWCast'), label('Hugging Face'), label('McKinsey 2026 AI Report'), label('Dario Amodei, CEO of Anthropic'), label("Meta's Llama 2 license"), label('Gartner', 2028), label('Société Générale'), label('日本')],
      ['nwcast-2026', 'hugging-face-2026', 'mckinsey-2026', 'dario-amodei-2026', 'meta-2026', 'gartner-2028', 'societe-generale-2026', 'source-2026'],
    );
  });

  it('writes a citation from a dataset on one line, whatever its source and title hold, with the article\'s address', () => {
    const record = checker().check(SUPPORTED).findings[0].record!;
    const hostile = { ...record, source: 'Evil\n\n# Heading', article: { ...record.article, title: 'T\r\n- item\u2028x', url: 'https://example.com/a' } };
    const { definition } = citationOf(SUPPORTED, hostile);
    assert.equal(definition!.newText.trim().split('\n').length, 1, definition!.newText);
    assert.match(definition!.newText, /^\n\n\[\^evil-heading-2026\]: Evil # Heading, cited in NWCast, "T - item x", April 4, 2026, https:\/\/example\.com\/a\. "In 2026/);
  });

  it('reuses an existing footnote for the same record, and gives another record of the same source its own label', () => {
    const once = fix(SUPPORTED, '73%', /^Insert citation/);
    const note = once + '\nAnother survey says 73 per cent of enterprises run open-source AI models in production.\n';
    const twice = fix(note, '73 per cent', /^Insert citation/);
    assert.equal(twice.match(/^\[\^nwcast-2026\]:/gm)?.length, 1);
    assert.match(twice, /73 per cent\[\^nwcast-2026\]/);
    const third = fix(twice + '\nThe open-source AI tools market reached $47 billion in 2026.\n', '$47 billion', /^Insert citation/);
    assert.match(third, /\$47 billion\[\^nwcast-2026-2\] in 2026/);
    assert.match(third, /^\[\^nwcast-2026-2\]: NWCast, .*"The total addressable market for open-source AI tools reached \$47 billion in 2026"$/m);
    assert.equal(third.match(/^\[\^nwcast-2026\]:/gm)?.length, 1, 'the first footnote is left as it was');
  });

  it('reuses a footnote an older StatLens wrote under the record\'s id', () => {
    const record = checker().check(SUPPORTED).findings[0].record!;
    const old = `${SUPPORTED}\n[^${record.id}]: NWCast (2026), in NWCast, "${record.article.title}", April 4, 2026.\n`;
    assert.deepEqual(citationOf(old, record), { reference: `[^${record.id}]`, definition: undefined });
    assert.equal(footnoteText(record).includes(record.quote), true);
  });

  it('puts the footnote after closing emphasis, and after a link the figure sits in', () => {
    assert.match(fix('In 2026, over **73%** of enterprises run open-source AI models in production.', '73%', /^Insert citation/), /over \*\*73%\*\*\[\^nwcast-2026\] of/);
    assert.match(
      fix('In 2026, [over 73% of enterprises](https://example.com/x) run open-source AI models in production.', '73%', /^Insert citation/),
      /\(https:\/\/example\.com\/x\)\[\^nwcast-2026\] run/,
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
    assert.match(fix(note, '73%', /^Insert citation/), /\r\n\r\n\[\^nwcast-2026\]: .*\r\n$/);
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
