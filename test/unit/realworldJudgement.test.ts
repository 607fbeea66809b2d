import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/check';
import { check } from '../support/checker';
import { ROOT } from '../support/paths';

/**
 * One reader's verdict on every figure StatLens 0.2.0 judged supported or conflicting
 * in 35 real documents (`../shared/realworld/`, read in place, never copied): S sensible,
 * D defensible, N a model-name label, X spurious, B a bug. A match the reader called
 * spurious must be gone, a sensible one kept.
 */
const REALWORLD = path.resolve(ROOT, '../shared/realworld');

interface Verdict {
  file: string;
  line: number;
  text: string;
  record: string;
  verdict: string;
  why: string;
}

function verdicts(): Verdict[] {
  const rows = fs.readFileSync(path.join(REALWORLD, 'verdicts/status-sanity.tsv'), 'utf8').split('\n');
  return rows
    .filter((r) => r && !r.startsWith('#') && !r.startsWith('file\t'))
    .map((r) => r.split('\t'))
    .map(([file, line, text, , record, , , verdict, why]) => ({ file, line: Number(line), text, record, verdict, why }));
}

const matched = (f: Finding): boolean => f.status === 'supported' || f.status === 'conflicting';

describe('judgement on real documents nobody here wrote (../shared/realworld)', function () {
  if (!fs.existsSync(path.join(REALWORLD, 'verdicts/status-sanity.tsv'))) {
    it('needs ../shared/realworld beside the repository');
    return;
  }
  const rows = verdicts();
  const results = new Map<string, { text: string; findings: Finding[] }>();
  const findingsOf = (file: string): { text: string; findings: Finding[] } => {
    let r = results.get(file);
    if (!r) {
      const text = fs.readFileSync(path.join(REALWORLD, 'corpus', file), 'utf8');
      r = { text, findings: check(text) };
      results.set(file, r);
    }
    return r;
  };
  const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length - 1;
  const matchAt = (v: Verdict): Finding | undefined => {
    const { text, findings } = findingsOf(v.file);
    return findings.find((f) => matched(f) && f.text === v.text && lineOf(text, f.start) === v.line);
  };

  it('makes none of the matches the reader found spurious (X) or buggy (B)', () => {
    const still = rows.filter((v) => (v.verdict === 'X' || v.verdict === 'B') && matchAt(v)).map((v) => `${v.file}:${v.line} «${v.text}» (${v.why})`);
    assert.deepEqual(still, []);
  });

  it('keeps every match the reader found sensible (S)', () => {
    const lost = rows.filter((v) => v.verdict === 'S' && !matchAt(v)).map((v) => `${v.file}:${v.line} «${v.text}» (${v.why})`);
    assert.deepEqual(lost, []);
  });

  /** Matches the reader's verdicts do not hold, each read here, line by line, and found right. */
  const JUDGED_HERE = new Set([
    // "Llama 2 comes in a range of parameter sizes — 7B, 13B, and 70B": Llama 2's own largest size, the article's 70 billion.
    'meta-llama__llama__MODEL_CARD.md:6 «70B» supported',
    // "| **GPT-4** | $30 | $60 |" under "Input ($/1M tokens)": GPT-4's input price, the article's $0.03 per 1,000 tokens.
    'ziliangpeng__world__ai-llm-llmops-cost-analysis.md:598 «$30» supported',
  ]);

  it('accuses no figure the reader did not see judged, beyond the matches read here one by one', () => {
    const known = new Set(rows.map((v) => `${v.file}:${v.line}:${v.text}`));
    const fresh: string[] = [];
    for (const file of fs.readdirSync(path.join(REALWORLD, 'corpus'))) {
      const { text, findings } = findingsOf(file);
      for (const f of findings) if (matched(f) && !known.has(`${file}:${lineOf(text, f.start)}:${f.text}`)) fresh.push(`${file}:${lineOf(text, f.start)} «${f.text}» ${f.status}`);
    }
    assert.deepEqual(fresh.filter((f) => !JUDGED_HERE.has(f)), []);
  });
});
