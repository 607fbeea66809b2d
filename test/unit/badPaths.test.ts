import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectNotes } from '../../src/cli/files';
import { failed } from '../../src/cli/note';
import { checkNotes } from '../../src/cli/run';
import { bundledDataset } from '../../src/data/bundled';
import { CLI, runCli, SUPPORTED, UNSUPPORTED, workspace } from '../support/cli';

/** Checks `args` in `dir`: the problems on stderr must be exactly `problems`, and good.md must still be reported. */
function expectProblems(dir: string, args: string[], problems: string[]): void {
  const r = runCli(['check', '--format', 'json', ...args], dir);
  assert.equal(r.code, 2, 'a path or note that could not be checked exits 2');
  assert.deepEqual(r.stderr.trim().split('\n'), problems.map((p) => `statlens: ${p}`));
  const report = JSON.parse(r.stdout);
  assert.ok(report.files.some((f: { path: string; findings: unknown[] }) => f.path === 'good.md' && f.findings.length === 2), 'the other notes are still checked');
}

const GOOD = { 'good.md': SUPPORTED + '\n' + UNSUPPORTED };

describe('bad paths and files: one line each on stderr, the other notes still checked, exit 2', function () {
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('a missing path', () => {
    expectProblems(workspace(GOOD), ['missing.md', 'good.md', 'gone/'], ['missing.md: no such file or directory', 'gone/: no such file or directory']);
  });

  it('a glob that matches nothing', () => {
    expectProblems(workspace(GOOD), ['good.md', 'drafts/*.md'], ['drafts/*.md: no file matches this pattern']);
  });

  it('a directory with no notes', () => {
    expectProblems(workspace({ ...GOOD, 'empty/readme.txt': 'not a note' }), ['good.md', 'empty'], ['empty: no Markdown notes (*.md) in this directory']);
  });

  it('a binary file named .md', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expectProblems(workspace({ ...GOOD, 'image.md': png }), ['.'], ['image.md: not a text file (a NUL byte at byte 8); skipped']);
  });

  it('a note that is not valid UTF-8', () => {
    const latin1 = Buffer.from('Caf\u00e9 notes\nR\u00e9sum\u00e9: 61% of CIOs\n', 'latin1');
    expectProblems(workspace({ ...GOOD, 'latin1.md': latin1 }), ['.'], ['latin1.md: not valid UTF-8 (at line 1, byte 3); skipped']);
  });

  it('symbolic link loops: walking ends, each note is checked once, a looping link is named', function () {
    const dir = workspace(GOOD);
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
      fs.symlinkSync('.', path.join(dir, 'sub', 'here'));
      fs.symlinkSync('self.md', path.join(dir, 'self.md'));
    } catch {
      this.skip();
    }
    expectProblems(dir, ['.'], ['self.md: cannot read: a symbolic link loop']);
    const globbed = JSON.parse(runCli(['check', '--format', 'json', '**/*.md'], dir).stdout);
    assert.deepEqual(globbed.files.map((f: { path: string }) => f.path), ['good.md']);
  });

  it('a note given by a path that loops', function () {
    const dir = workspace(GOOD);
    try {
      fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
    } catch {
      this.skip();
    }
    expectProblems(dir, ['loop.md', 'good.md'], ['loop.md: a symbolic link loop']);
  });

  it('a broken symbolic link named .md', function () {
    const dir = workspace(GOOD);
    try {
      fs.symlinkSync('nowhere.md', path.join(dir, 'dangling.md'));
    } catch {
      this.skip();
    }
    expectProblems(dir, ['.'], ['dangling.md: cannot read: a broken symbolic link']);
  });

  describe('a note deleted after it was listed and before it was read', () => {
    for (const jobs of [1, 2]) {
      it(jobs === 1 ? 'in-process' : 'in worker threads', async () => {
        const dir = workspace({ ...GOOD, 'a.md': UNSUPPORTED, 'b.md': UNSUPPORTED, 'c.md': UNSUPPORTED });
        const { files, problems } = await collectNotes(['.'], dir);
        assert.deepEqual(problems, []);
        fs.unlinkSync(path.join(dir, 'b.md'));
        const outcomes = await checkNotes(files.map((file) => ({ file })), { datasets: [bundledDataset()], jobs, workerScript: CLI });
        assert.deepEqual(outcomes.map((o) => [path.basename(o.file), failed(o) ? o.error : o.findings.length]), [
          ['a.md', 1],
          ['b.md', 'cannot read: no such file or directory'],
          ['c.md', 1],
          ['good.md', 2],
        ]);
      });
    }
  });
});
