import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNotes, poolSize } from '../../src/cli/run';
import { bundledDataset } from '../../src/data/bundled';
import { CLI, runCli, UNSUPPORTED, workspace } from '../support/cli';
import { repoPath } from '../support/paths';

/** 24 notes made of the dev fixtures in varying order and amount, plus a few that cannot be read. */
function manyNotes(): string {
  const dev = repoPath('test/fixtures/dev');
  const texts = fs.readdirSync(dev).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dev, f), 'utf8'));
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 24; i++) {
    const parts = texts.slice(i % texts.length).concat(texts.slice(0, i % 3));
    files[`notes/${String(i).padStart(2, '0')}-${i % 5}.md`] = `# Note ${i}\n\n${parts.join('\n\n')}\n${i % 4 === 0 ? UNSUPPORTED : ''}`;
  }
  files['notes/binary.md'] = Uint8Array.from([0, 1, 2, 3]);
  files['notes/latin1.md'] = Buffer.from('R\u00e9sum\u00e9\n', 'latin1');
  return workspace(files);
}

describe('worker threads (--jobs)', function () {
  this.timeout(60_000);
  let dir: string;

  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
    dir = manyNotes();
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, in the same order, with 2 and 3 workers as in-process`, () => {
      const runs = ['1', '2', '3'].map((jobs) => runCli(['check', '--format', format, '--jobs', jobs, 'notes', 'missing.md'], dir));
      for (const r of runs.slice(1)) {
        assert.equal(r.stdout, runs[0].stdout);
        assert.equal(r.stderr, runs[0].stderr);
        assert.equal(r.code, runs[0].code);
      }
      assert.equal(runs[0].code, 2, 'the unreadable notes and missing path still exit 2');
      assert.equal(runs[0].stderr.trim().split('\n').length, 3);
      assert.ok(runs[0].stdout.length > 1000);
    });
  }

  it('gives the same outcomes from workers as from the in-process checker', async () => {
    const files = fs.readdirSync(path.join(dir, 'notes')).sort().map((f) => ({ file: path.join(dir, 'notes', f) }));
    const datasets = [bundledDataset()];
    const here = await checkNotes(files, { datasets, jobs: 1, withContexts: true });
    let progress = 0;
    const pooled = await checkNotes(files, { datasets, jobs: 2, withContexts: true, workerScript: CLI, onProgress: (done) => (progress = done) });
    assert.deepEqual(pooled, here);
    assert.equal(progress, files.length, 'progress reaches the total');
  });

  // A message copies a string once per object holding it: each key once carried its own copy of the sentence.
  it('sends a sentence of 20,000 figures once, not once per figure: two such notes check in 2 workers', () => {
    const sentence = `The total is ${Array.from({ length: 20_000 }, (_, i) => `$${10 + i}`).join(' + ')}.\n`;
    const many = workspace({ 'a.md': sentence, 'b.md': sentence });
    const run = runCli(['check', '--format', 'json', '--jobs', '2', 'a.md', 'b.md'], many);
    assert.equal(run.stderr, '');
    const report = JSON.parse(run.stdout) as { files: Array<{ findings: unknown[] }> };
    assert.deepEqual(report.files.map((f) => f.findings.length), [20_000, 20_000]);
  });

  it('keeps small runs in-process unless --jobs asks otherwise', () => {
    const small = [{ file: path.join(dir, 'notes/00-0.md') }, { file: path.join(dir, 'notes/01-1.md') }];
    assert.equal(poolSize(small), 1);
    assert.equal(poolSize(small, 1), 1);
    assert.equal(poolSize(small, 2), 2);
    assert.equal(poolSize(small, 8), 2, 'never more workers than notes');
  });

  it('rejects a --jobs that is not a whole number from 1', () => {
    for (const jobs of ['0', '-1', '1.5', 'many', '']) {
      const r = runCli(['check', `--jobs=${jobs}`, 'notes'], dir);
      assert.equal(r.code, 2, jobs);
      assert.match(r.stderr, /^statlens: --jobs must be a whole number from 1 to 256/);
    }
  });
});
