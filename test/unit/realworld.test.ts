import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/check';
import { checker } from '../support/checker';
import { ROOT } from '../support/paths';

/**
 * Detection on real documents nobody here wrote (../shared/realworld, read at run
 * time, never copied): a careful reader's verdicts on a sample of findings and the
 * claims they marked in 14 files. CI has ../shared beside the clone; a worktree has
 * it one level further up.
 */
const REALWORLD = [path.resolve(ROOT, '../shared/realworld'), path.resolve(ROOT, '../../shared/realworld')].find((dir) =>
  fs.existsSync(path.join(dir, 'verdicts')),
);

/** Reached on 2026-11-30: all 193 right findings kept, all 47 wrong ones gone, 286/286 required claims found. */
const MIN_SAMPLE_TRUE_KEPT = 1.0;
const MIN_SAMPLE_FALSE_GONE = 1.0;
const MIN_RECALL_REQUIRED = 1.0;

interface Located {
  line: number;
  character: number;
  text: string;
}

function readTsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('# '))
    .map((line) => line.split('\t'));
}

const cache = new Map<string, Located[]>();

/** The findings of one corpus file, with zero-based line and UTF-16 character. */
function findingsOf(dir: string, file: string): Located[] {
  let found = cache.get(file);
  if (!found) {
    const result = checker().check(fs.readFileSync(path.join(dir, 'corpus', file), 'utf8'));
    found = result.findings.map((f: Finding) => ({ ...result.lines.positionAt(f.start), text: f.text }));
    cache.set(file, found);
  }
  return found;
}

describe('real documents (../shared/realworld)', function () {
  before(function () {
    if (!REALWORLD) {
      console.log('    skipped: ../shared/realworld is not beside the project (the real-document verdicts live there)');
      this.skip();
    }
  });

  it('keeps every finding judged right and drops every one judged wrong (verdicts/precision-sample.tsv)', () => {
    const dir = REALWORLD!;
    const [header, ...rows] = readTsv(path.join(dir, 'verdicts/precision-sample.tsv'));
    const col = (name: string): number => header.indexOf(name);
    const lost: string[] = [];
    const stillReported: string[] = [];
    let trueRows = 0;
    let falseRows = 0;
    for (const row of rows) {
      const [file, line, character, text, verdict] = [row[col('file')], Number(row[col('line(0-based)')]), Number(row[col('char')]), row[col('text')], row[col('verdict')]];
      const reported = findingsOf(dir, file).some((f) => f.line === line && f.character === character && f.text === text);
      const where = `${file}:${line + 1}:${character + 1} «${text}»`;
      if (verdict === 'TRUE') {
        trueRows++;
        if (!reported) lost.push(where);
      } else {
        falseRows++;
        if (reported) stillReported.push(`${where}: ${row[col('note')]}`);
      }
    }
    const kept = 1 - lost.length / trueRows;
    const gone = 1 - stillReported.length / falseRows;
    console.log(`    sample: ${trueRows - lost.length}/${trueRows} right findings kept, ${falseRows - stillReported.length}/${falseRows} wrong ones gone`);
    for (const miss of [...lost.map((w) => `lost ${w}`), ...stillReported.map((w) => `still reported ${w}`)]) console.log(`      ${miss}`);
    assert.ok(kept >= MIN_SAMPLE_TRUE_KEPT && gone >= MIN_SAMPLE_FALSE_GONE, `kept ${kept.toFixed(3)}, gone ${gone.toFixed(3)}`);
  });

  it('finds the claims a reader marked (verdicts/recall-gold.tsv)', () => {
    const dir = REALWORLD!;
    const [header, ...rows] = readTsv(path.join(dir, 'verdicts/recall-gold.tsv'));
    const col = (name: string): number => header.indexOf(name);
    const used = new Set<Located>();
    const misses: string[] = [];
    let required = 0;
    let optionalFound = 0;
    let optional = 0;
    for (const row of rows) {
      const [file, line, span, tag] = [row[col('file')], Number(row[col('line')]), row[col('span')], row[col('tag')]];
      const hit = findingsOf(dir, file).find((f) => !used.has(f) && f.line === line && f.text === span);
      if (hit) used.add(hit);
      if (tag === 'R') {
        required++;
        if (!hit) misses.push(`${file}:${line + 1} «${span}» ${row[col('note')] ?? ''}`);
      } else if (tag === 'O') {
        optional++;
        if (hit) optionalFound++;
      }
    }
    const recall = 1 - misses.length / required;
    console.log(`    recall on required claims: ${required - misses.length}/${required} = ${recall.toFixed(3)} (optional found: ${optionalFound}/${optional})`);
    for (const miss of misses) console.log(`      missed ${miss}`);
    assert.ok(recall >= MIN_RECALL_REQUIRED, `recall ${recall.toFixed(3)}`);
  });
});
