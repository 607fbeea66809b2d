import * as assert from 'node:assert/strict';
import type { Finding } from '../../src/core/check';
import { digitsAndCommas, dollarSigns, dottedOnes, footnotes, longParagraph, nestedLists, nestedQuotes, percentSigns, wideTable } from '../support/adversarial';
import { check } from '../support/checker';
import { assertSane } from '../support/findings';

/** A paragraph after the hostile part: whatever came before, it must still be read, at the right place. */
const TAIL = 'After it, over 73% of enterprises run open models.\n';

/** Checks `hostile` followed by TAIL; returns the findings of the hostile part. */
function checkWithTail(hostile: string): Finding[] {
  const text = `${hostile}\n\n${TAIL}`;
  const findings = check(text);
  assertSane(text, findings);
  const last = findings[findings.length - 1];
  assert.ok(last, 'the paragraph after it was not checked');
  assert.deepEqual([last.text, last.start], ['73%', text.length - TAIL.length + TAIL.indexOf('73%')], 'the paragraph after it');
  return findings.slice(0, -1);
}

// Each note must be checked to the end with sane results. How the time grows with
// the size is the benchmark's business (these generators are shared with it), so
// nothing here is timed; the timeout only stops a hang.
describe('adversarial notes finish with sane results', function () {
  this.timeout(300_000);

  it('a 1 MB line of digits and commas is no figure', () => {
    assert.deepEqual(checkWithTail(digitsAndCommas(1_000_000)), []);
  });

  it('100,000 dollar signs before a price leave the price', () => {
    const note = dollarSigns(100_000);
    assert.deepEqual(checkWithTail(note).map((f) => [f.text, f.start]), [['$47 billion', note.lastIndexOf('$')]]);
  });

  it('"1.1.1.…" 100,000 times is no figure', () => {
    assert.deepEqual(checkWithTail(dottedOnes(100_000)), []);
  });

  it('100,000 percent signs after a figure leave one percentage', () => {
    assert.deepEqual(checkWithTail(percentSigns(100_000)).map((f) => [f.text, f.start]), [['73%', 0]]);
  });

  // markdown-it gives up at 100 levels and skipped the rest of the note; deeper markers now read as text.
  it('a list nested 10,000 levels deep: no stack overflow, its figure and the rest of the note still read', () => {
    const note = nestedLists(10_000);
    assert.deepEqual(checkWithTail(note).map((f) => [f.text, f.start]), [['73%', note.indexOf('73%')]]);
  });

  it('a quote nested 10,000 levels deep: no stack overflow, its figure and the rest of the note still read', () => {
    const note = nestedQuotes(10_000);
    assert.deepEqual(checkWithTail(note).map((f) => [f.text, f.start]), [['73%', note.indexOf('73%')]]);
  });

  it('a table of 50,000 cells gives each score cell its finding', () => {
    const found = checkWithTail(wideTable(50_000));
    // 4,999 body rows of 9 score cells under "MMLU" headers; the first column names the model.
    assert.equal(found.length, 4_999 * 9);
    assert.ok(found.every((f) => f.kind === 'score' && f.inTable));
  });

  it('10,000 footnotes: every definition is checked', () => {
    const found = checkWithTail(footnotes(10_000));
    assert.equal(found.length, 10_000);
    assert.ok(found.every((f, i) => f.text === `${i % 100}%`));
  });

  // Each figure's place once held its own copy of the sentence's other figures: 20,000 figures ran out of memory.
  it('a sentence of 20,000 figures ("$10 + $11 + …") gives each its finding', () => {
    const amounts = Array.from({ length: 20_000 }, (_, i) => `$${10 + i}`);
    const found = checkWithTail(`The total is ${amounts.join(' + ')}.`);
    assert.deepEqual(found.map((f) => f.text), amounts);
    assert.ok(found.every((f) => f.status === 'unsupported' && f.unit === 'USD'));
  });

  // A table cell of prose reads each figure's clause as a paragraph does: its words were once read whole per figure.
  it('a table cell of 20,000 figures gives each its finding', () => {
    const amounts = Array.from({ length: 20_000 }, (_, i) => `$${10 + i}`);
    const found = checkWithTail(`| Item | Note |\n| --- | --- |\n| Spend | ${amounts.join(' and ')} in total for the project. |`);
    assert.deepEqual(found.map((f) => f.text), amounts);
    assert.ok(found.every((f) => f.status === 'unsupported' && f.unit === 'USD'));
  });

  it('20,000 figures in one sentence, cited half way: the clauses before the citation are cited, those after not', () => {
    const amounts = Array.from({ length: 20_000 }, (_, i) => `$${10 + i}M`);
    const found = checkWithTail(`Spend was ${amounts.slice(0, 10_000).join('; ')} (Gartner, 2025); ${amounts.slice(10_000).join(', ')}.`);
    assert.deepEqual(found.map((f) => f.text), amounts);
    assert.deepEqual(found.map((f, i) => [i < 10_000, f.status]).filter(([before, status]) => status !== (before ? 'cited' : 'unsupported')), []);
  });

  it('a 2 MB paragraph (the benchmark takes 10 MB)', () => {
    const found = checkWithTail(longParagraph(2_000_000));
    const expected = new Set(['73%', '$47 billion', '5.2 million', '67.5', '67.0', '3.2x', '138 GB', '12.4 tokens/s']);
    // The generator cuts its last sentence wherever 2 MB ends; every whole sentence gives its figures.
    const whole = found.slice(0, -3);
    assert.ok(whole.length > 40_000, `${whole.length} findings`);
    assert.deepEqual([...new Set(whole.map((f) => f.text))].filter((t) => !expected.has(t)), []);
  });
});
