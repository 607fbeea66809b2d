import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { replaceFile } from '../../src/cli/replaceFile';
import { CLI, CONFLICTING, runCli, SUPPORTED, UNSUPPORTED, workspace } from '../support/cli';

const NOTE = `# Budgets\n\n${SUPPORTED}\n${UNSUPPORTED}\n${CONFLICTING}`;

/** Runs --write-baseline at `target` and asserts the refusal: exit 2, one line naming it, nothing written. */
function assertRefused(dir: string, target: string, args: string[], why: RegExp): void {
  const before = snapshot(dir);
  const r = runCli(['check', '--write-baseline', target, ...args], dir);
  assert.equal(r.code, 2, r.stderr + r.stdout);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`^statlens: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: will not write the baseline here: ${why.source}`));
  assert.equal(r.stdout, '');
  assert.deepEqual(snapshot(dir), before, 'every file as it was, none added');
}

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

describe('--write-baseline never destroys a file', function () {
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('refuses a note being checked (the issue\'s landscape-2026.md)', () => {
    assertRefused(workspace({ 'landscape-2026.md': NOTE }), 'landscape-2026.md', ['.'], /a Markdown file/);
  });

  it('refuses any .md path, even one that does not exist yet', () => {
    assertRefused(workspace({ 'b.md': NOTE }), 'baseline.MD', ['.'], /a Markdown file/);
  });

  it('refuses a note being checked whatever its name (a .txt note given by path)', () => {
    assertRefused(workspace({ 'notes.txt': NOTE }), 'notes.txt', ['notes.txt'], /it is one of the notes being checked/);
  });

  it('refuses a note reached through a symbolic link', () => {
    const dir = workspace({ 'notes/draft.txt': NOTE });
    fs.symlinkSync('notes/draft.txt', path.join(dir, 'base.json'));
    assertRefused(dir, 'base.json', ['notes/draft.txt'], /it is one of the notes being checked/);
  });

  it('refuses an existing file that is not a StatLens baseline (todo.txt, a config, another JSON)', () => {
    for (const [name, text] of [['todo.txt', 'buy milk\n'], ['package.json', '{"name": "notes"}\n'], ['data.json', '[]']]) {
      assertRefused(workspace({ 'b.md': NOTE, [name]: text }), name, ['.'], /it exists and is not a StatLens baseline/);
    }
  });

  it('refuses a folder', () => {
    const dir = workspace({ 'b.md': NOTE });
    fs.mkdirSync(path.join(dir, 'ci'));
    assertRefused(dir, 'ci', ['.'], /not a regular file/);
  });

  it('replaces an earlier baseline, fills an empty file, and leaves no temporary file beside it', () => {
    const dir = workspace({ 'b.md': NOTE, 'empty.json': '' });
    assert.equal(runCli(['check', '--write-baseline', 'base.json', '.'], dir).code, 0);
    fs.appendFileSync(path.join(dir, 'b.md'), `\nAnother ${UNSUPPORTED.replace('61%', '63%')}`);
    const again = runCli(['check', '--write-baseline', 'base.json', '.'], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stderr, 'statlens: base.json: recorded 3 findings\n');
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8')).findings.length, 3);
    assert.equal(runCli(['check', '--write-baseline', 'empty.json', '.'], dir).code, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'empty.json'), 'utf8')).version, 1);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['b.md', 'base.json', 'empty.json']);
  });

  it('writes through a symbolic link to a baseline, keeping the link', () => {
    const dir = workspace({ 'b.md': NOTE, 'ci/base.json': '{"version": 1, "findings": []}\n' });
    fs.symlinkSync('ci/base.json', path.join(dir, 'link.json'));
    assert.equal(runCli(['check', '--write-baseline', 'link.json', '.'], dir).code, 0);
    assert.ok(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink());
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'ci/base.json'), 'utf8')).findings.length, 2);
  });
});

describe('replaceFile: an interrupted write leaves the old file whole', () => {
  // The module object itself: a bundled `import * as fs` is a read-only view of it.
  const nodeFs = require('node:fs') as typeof fs;
  const realRename = nodeFs.renameSync;
  afterEach(() => {
    nodeFs.renameSync = realRename;
  });

  it('keeps the old text and removes the temporary file when the last step fails', () => {
    const dir = workspace({ 'base.json': 'the old baseline' });
    const file = path.join(dir, 'base.json');
    nodeFs.renameSync = () => {
      throw Object.assign(new Error('interrupted'), { code: 'EIO' });
    };
    assert.throws(() => replaceFile(file, 'the new baseline'), /interrupted/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'the old baseline');
    assert.deepEqual(fs.readdirSync(dir), ['base.json']);
  });

  it('keeps the file\'s permissions', () => {
    const dir = workspace({ 'base.json': 'old' });
    const file = path.join(dir, 'base.json');
    fs.chmodSync(file, 0o640);
    replaceFile(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });
});
