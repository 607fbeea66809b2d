import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/check';
import { parseAnnotated, quoteHolds, STATUS_OF_TAG, type Expectation } from '../support/annotations';
import { check } from '../support/checker';
import { repoPath } from '../support/paths';

/** Compares findings with expectations; returns one line per difference. */
function differences(name: string, text: string, expected: Expectation[], findings: Finding[]): string[] {
  const out: string[] = [];
  const used = new Set<Finding>();
  for (const e of expected) {
    const f = findings.find((x) => !used.has(x) && x.start < e.end && e.start < x.end);
    if (f) used.add(f);
    if (e.tag === 'O') continue;
    if (!f) {
      out.push(`${name}: missed «${e.text}» (${e.tag})`);
      continue;
    }
    const want = STATUS_OF_TAG[e.tag];
    if (f.status !== want) out.push(`${name}: «${e.text}» is ${f.status}, expected ${want} (${f.message})`);
    else if (e.key && !(f.record && quoteHolds(f.record.quote, e.key))) out.push(`${name}: «${e.text}» matched record ${f.record?.id}, expected one stating ${e.key}`);
  }
  for (const f of findings) if (!used.has(f)) out.push(`${name}: false alarm «${text.slice(f.start, f.end)}» (${f.status})`);
  return out;
}

/** Every finding's range holds exactly its text. */
function rangesHold(text: string, findings: Finding[]): void {
  for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
}

interface AnnotatedNote {
  file: string;
  text: string;
  expected: Expectation[];
  findings: Finding[];
}

/** Every annotated note of a folder, checked. */
function annotatedNotes(dir: string): AnnotatedNote[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md.ann')).sort().map((file) => {
    const { text, expected } = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
    return { file, text, expected, findings: check(text) };
  });
}

/** Detection F1 and e2e over notes, as ../shared/eval/score.mjs measures them, with every difference. */
function scoreNotes(notes: AnnotatedNote[]): { f1: number; e2e: number; misses: string[] } {
  let gold = 0;
  let found = 0;
  let falseAlarms = 0;
  let right = 0;
  const misses: string[] = [];
  for (const { file, text, expected, findings } of notes) {
    rangesHold(text, findings);
    const diff = differences(file, text, expected, findings);
    misses.push(...diff);
    const counted = expected.filter((e) => e.tag !== 'O').length;
    gold += counted;
    found += counted - diff.filter((d) => d.includes(': missed ')).length;
    falseAlarms += diff.filter((d) => d.includes(': false alarm ')).length;
    right += counted - diff.filter((d) => !d.includes(': false alarm ')).length;
  }
  const precision = found / Math.max(1, found + falseAlarms);
  const recall = found / Math.max(1, gold);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { f1, e2e: right / Math.max(1, gold + falseAlarms), misses };
}

describe('annotated notes', () => {
  describe('the dev notes of ../shared/eval (emitted with --emit)', () => {
    const dir = repoPath('test/fixtures/dev');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, Expectation[]>;
    for (const name of Object.keys(gold)) {
      it(name, () => {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        const findings = check(text);
        rangesHold(text, findings);
        assert.deepEqual(differences(name, text, gold[name], findings), []);
      });
    }
  });

  describe('notes written to measure generalisation (test/fixtures/generalisation)', () => {
    // These are other writers' notes, some deliberately hard; the bar is the dev set's
    // (f1 ≥ 0.97, e2e ≥ 0.95), measured the way ../shared/eval/score.mjs measures it.
    const dir = repoPath('test/fixtures/generalisation');
    it('scores f1 ≥ 0.97 and e2e ≥ 0.95', () => {
      const { f1, e2e, misses } = scoreNotes(annotatedNotes(dir));
      assert.ok(f1 >= 0.97 && e2e >= 0.95, `f1=${f1.toFixed(3)} e2e=${e2e.toFixed(3)}\n${misses.join('\n')}`);
    });
  });

  describe('notes in new styles, annotated blind by a reviewer who never ran the checker (test/fixtures/judgement)', () => {
    const dir = repoPath('test/fixtures/judgement');
    const notes = annotatedNotes(dir);

    it('accuses no figure the reviewer did not mark conflicting', () => {
      const wrong: string[] = [];
      for (const { file, text, expected, findings } of notes) {
        for (const f of findings) {
          if (f.status !== 'conflicting') continue;
          const e = expected.find((x) => x.start < f.end && f.start < x.end);
          // "O": the reviewer left it open (an exercise quoting a claim for students to judge).
          if (!e || (e.tag !== 'C' && e.tag !== 'O')) wrong.push(`${file}: «${text.slice(f.start, f.end)}» conflicting, marked ${e ? e.tag : 'not a claim'} (${f.message})`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    // Eight notes written on 2026-11-29 (f1 0.972, e2e 0.876 when first run), then seven rounds on 2026-11-30
    // (first runs: 0.948/0.844, 0.980/0.884, 0.983/0.894, 0.979/0.911, 0.980/0.883, 0.959/0.849, 0.984/0.817).
    it('scores f1 ≥ 0.98 and e2e ≥ 0.95 (all forty-six: 0.995 and 0.955 on 2026-11-30)', () => {
      const { f1, e2e, misses } = scoreNotes(notes);
      assert.ok(f1 >= 0.98 && e2e >= 0.95, `f1=${f1.toFixed(3)} e2e=${e2e.toFixed(3)}\n${misses.join('\n')}`);
    });
  });

  describe('inline-expectation scenarios (test/fixtures/notes)', () => {
    const dir = repoPath('test/fixtures/notes');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md.ann')).sort()) {
      it(file, () => {
        const { text, expected } = parseAnnotated(fs.readFileSync(path.join(dir, file), 'utf8'));
        const findings = check(text);
        rangesHold(text, findings);
        assert.deepEqual(differences(file, text, expected, findings), []);
      });
    }
  });
});
