import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalCheck } from '../../src/core/incremental';
import { LineIndex } from '../../src/core/text/lines';
import { generateNote } from '../bench/notes';
import { checker } from '../support/checker';

/** Pieces of Markdown that change a note's structure when typed anywhere in it. */
const FRAGMENTS = [
  '\n', '\n\n', '\r\n', '- ', '1. ', '> ', '# ', '## ', '```', '~~~', '---', '===', '|', ' | ', '| --- |\n',
  '[^1]', '[^1]: ', '[x]: /u\n', '[a][x]', '<!-- statlens-disable -->', '<!-- statlens-enable -->', '<div>', '</div>\n',
  '$$', '    ', '\t', '73%', '$47 billion', ' 5.2 million developers', 'Hugging Face', 'enterprises', 'In 2026, ',
  '3.2x faster', '*', '_', '`', '[', ']', '(', ')', 'x', ' ', '\uFEFF', '🚀', '[^1]:\n    ', '\uFEFF<div>', '***\n\n',
  'as of 2024', '[^1]: Count as of 2025.\n',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((parts) => parts.join('')),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

function full(text: string) {
  const { findings, bodyStartLine, lines } = checker().check(text);
  return { findings, bodyStartLine, starts: lines.starts };
}

describe('incremental checking', () => {
  it('after any sequence of edits equals a full check of the final text', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 500, max: 4000 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, size, edits) => {
        let text = generateNote(size, seed);
        const session = new IncrementalCheck(checker());
        session.update(text);
        for (const e of edits) {
          text = apply(text, e);
          const { findings, bodyStartLine, lines } = session.update(text);
          assert.deepEqual({ findings, bodyStartLine, starts: lines.starts }, full(text));
        }
      }),
      { numRuns: Number(process.env.STATLENS_INCREMENTAL_RUNS ?? 300), seed: Number(process.env.STATLENS_PROPERTY_SEED ?? 4242) },
    );
  });

  it('re-parses only the blocks around a one-character edit in a long note', () => {
    const text = generateNote(200_000, 3);
    const session = new IncrementalCheck(checker());
    session.update(text);
    const at = text.indexOf('enterprises', 100_000);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepEqual(session.update(edited).findings, checker().check(edited).findings);
    assert.equal(session.lastUpdate.full, false);
    assert.ok(session.lastUpdate.parsed < 5_000, `parsed ${session.lastUpdate.parsed} characters`);
  });

  it('reads a table\'s opening for the paragraph after it alike when only that paragraph is checked again', () => {
    const table = '| Model | Benchmark | Score |\n| --- | --- | --- |\n| Llama 2 70B | HumanEval | 67.5 |\n';
    const text = `${'Intro text here.\n\n'.repeat(30)}| Other | Table |\n| --- | --- |\n| a | b |\n\n${'More text.\n\n'.repeat(30)}${table}\nThe slide had Llama 2 70B at 67.0 and GPT-4 at 67.5.\n`;
    const session = new IncrementalCheck(checker());
    session.update(text);
    const edited = text.replace('The slide had', 'The old slide had');
    const findings = session.update(edited).findings;
    assert.equal(session.lastUpdate.full, false);
    assert.deepEqual(findings, checker().check(edited).findings);
    assert.deepEqual(findings.slice(-2).map((f) => f.text), ['67.0', '67.5']);
  });

  it('checks the whole note again when an edit changes the year a footnote dates its figure to', () => {
    const text = `Code Llama has been downloaded over 45 million times[^dl].\n\n${'More text here.\n\n'.repeat(40)}[^dl]: Download count as of December 2024.\n`;
    const session = new IncrementalCheck(checker());
    assert.equal(session.update(text).findings[0].status, 'conflicting');
    const edited = text.replace('December 2024', 'December 2026');
    const findings = session.update(edited).findings;
    assert.equal(findings[0].status, 'supported');
    assert.deepEqual(findings, checker().check(edited).findings);
  });

  it('checks the whole note again when an edit changes a link definition', () => {
    const text = 'See [the report][r] on 73% of enterprises.\n\n## Later\n\nMore.\n\n[r]: https://example.com/r\n';
    const session = new IncrementalCheck(checker());
    session.update(text);
    const edited = text.replace('[r]: https://example.com/r', '[q]: https://example.com/r');
    assert.deepEqual(session.update(edited).findings, checker().check(edited).findings);
    assert.equal(session.lastUpdate.full, true);
  });

  // Found by review: a part re-parsed alone must read as it does inside the note.
  for (const [what, before] of [
    ['a footnote definition whose text starts on the next line', '[^1]:\n    '],
    ['a paragraph opening with U+FEFF (a BOM only opens a note)', '\uFEFF<div>'],
  ]) {
    it(`re-checks ${what} after front matter`, () => {
      const text = `---\ntitle: x\n---\n\n${before}In 2026, over 73% of enterprises run at least one open-source AI model in production.\n\nEnd.\n`;
      const session = new IncrementalCheck(checker());
      session.update(text);
      const edited = text.replace('End.', 'End!');
      assert.deepEqual(session.update(edited).findings, checker().check(edited).findings);
      assert.equal(session.lastUpdate.full, false);
    });
  }

  it('re-judges a whole section when its heading changes', () => {
    const text = '## Hugging Face\n\nIt hosts 250,000 models.\n\nIt counts 5.2 million developers.\n\n## Other\n\nNothing.\n';
    const session = new IncrementalCheck(checker());
    session.update(text);
    const edited = text.replace('## Hugging Face', '## Meta');
    assert.deepEqual(session.update(edited).findings, checker().check(edited).findings);
  });
});

describe('line index after an edit', () => {
  it('equals a fresh index of the new text, whatever the line breaks', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' '), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 6 }), text, (old, at, remove, insert) => {
        const from = old.length ? at % (old.length + 1) : 0;
        const to = Math.min(old.length, from + remove);
        const edited = old.slice(0, from) + insert + old.slice(to);
        const moved = LineIndex.edited(new LineIndex(old), edited, from, to);
        const fresh = new LineIndex(edited);
        assert.deepEqual([moved.starts, moved.ends], [fresh.starts, fresh.ends]);
      }),
      { numRuns: 20_000, seed: Number(process.env.STATLENS_PROPERTY_SEED ?? 4242) },
    );
  });
});
