import * as assert from 'node:assert/strict';
import { check } from '../support/checker';

const U1 = 'Roughly 61% of CIOs plan to grow open-model budgets.';
const U2 = 'Mistral 7B has been downloaded 12 million times.';

/** [text, suppressed?] per finding. */
const state = (note: string) => check(note).map((f) => [f.text, f.suppressed === true, f.severity] as const);

describe('suppression comments (markdownlint style)', () => {
  it('statlens-disable-line on the same line', () => {
    assert.deepEqual(state(`${U1} <!-- statlens-disable-line -->\n\n${U2}`), [['61%', true, 'none'], ['12 million', false, 'warning']]);
  });
  it('statlens-disable-next-line', () => {
    assert.deepEqual(state(`<!-- statlens-disable-next-line -->\n${U1}\n\n${U2}`), [['61%', true, 'none'], ['12 million', false, 'warning']]);
  });
  it('statlens-disable … statlens-enable', () => {
    assert.deepEqual(state(`<!-- statlens-disable -->\n\n${U1}\n\n<!-- statlens-enable -->\n\n${U2}`), [['61%', true, 'none'], ['12 million', false, 'warning']]);
  });
  it('statlens-disable-file anywhere in the note', () => {
    assert.deepEqual(state(`${U1}\n\n${U2}\n\n<!-- statlens-disable-file -->`), [['61%', true, 'none'], ['12 million', true, 'none']]);
  });
  it('limits a comment to the rules it names', () => {
    const note = `One vendor says 78% of enterprises run open-source AI models in production. ${U1} <!-- statlens-disable-line conflicting -->`;
    assert.deepEqual(state(note), [['78%', true, 'none'], ['61%', false, 'warning']]);
    const byCode = `${U1} <!-- statlens-disable-line statlens.unsupported -->`;
    assert.deepEqual(state(byCode), [['61%', true, 'none']]);
  });
  it('enables a rule again by name inside a disabled region, as markdownlint does', () => {
    const note = `<!-- statlens-disable -->\n\n<!-- statlens-enable unsupported -->\n\nOne vendor says 78% of enterprises run open-source AI models in production.\n\n${U1}`;
    assert.deepEqual(state(note), [['78%', true, 'none'], ['61%', false, 'warning']]);
  });
  it('applies a comment to its own line: the enable line is enabled', () => {
    assert.deepEqual(state(`<!-- statlens-disable -->\n\n${U2}\n${U1} <!-- statlens-enable -->`), [['12 million', true, 'none'], ['61%', false, 'warning']]);
  });
  it('ignores the case of rule names', () => {
    assert.deepEqual(state(`${U1} <!-- statlens-disable-line STATLENS.Unsupported -->`), [['61%', true, 'none']]);
  });
  it('ignores comments inside code', () => {
    assert.deepEqual(state('```\n<!-- statlens-disable-file -->\n```\n\n' + U1), [['61%', false, 'warning']]);
  });
});
