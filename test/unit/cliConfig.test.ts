import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoPath } from '../support/paths';
import { tempDir } from '../support/tempDirs';

const CLI = repoPath('dist/cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A temporary repository holding `files` (path → text). It has a `.git` folder,
 * so no `.statlens.json` above it (in the temp folder) can leak into a test.
 */
function repo(files: Record<string, string>): string {
  const dir = tempDir('statlens-config-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** One unsupported figure (42%) and one more (61%). */
const NOTE = 'Roughly 42% of CIOs grow budgets and 61% do not.\n';

const POLL = JSON.stringify({
  records: [{
    id: 'poll-cio', text: '61%', value: 61, unit: 'percent', quote: 'Roughly 61% of CIOs do not grow open-model budgets.',
    subject: 'CIOs not growing budgets', source: 'Example CIO Poll', year: 2026,
    article: { title: 'CIO poll', publisher: 'Example', date: '2026-02-01' },
  }],
});

/** path → [figure, severity, suppressed?] of every finding in the JSON report. */
function findings(r: Run): Record<string, string[][]> {
  const report = JSON.parse(r.stdout) as { files: { path: string; findings: { text: string; severity: string; suppressed?: boolean }[] }[] };
  return Object.fromEntries(report.files.map((f) => [f.path, f.findings.map((x) => [x.text, x.severity, ...(x.suppressed ? ['suppressed'] : [])])]));
}

describe('the statlens CLI with .statlens.json', function () {
  // Each test spawns the CLI a few times; on a loaded shared machine that outlasts mocha's 2 s default.
  this.timeout(30_000);

  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('applies the nearest config alone: a closer file replaces a farther one, it does not merge', () => {
    const dir = repo({
      '.statlens.json': '// the whole repository\n{ "severity": { "unsupported": "error" } }',
      'a.md': NOTE,
      'team/.statlens.json': '{ "severity": { "cited": "off" } }',
      'team/deep/b.md': NOTE,
    });
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(findings(r), {
      'a.md': [['42%', 'error'], ['61%', 'error']],
      'team/deep/b.md': [['42%', 'warning'], ['61%', 'warning']],
    });
  });

  it('looks no higher than the repository root (the folder holding .git)', () => {
    const dir = repo({ '.statlens.json': '{ "severity": { "unsupported": "hint" } }', 'inner/.git/HEAD': '', 'inner/a.md': NOTE });
    assert.deepEqual(findings(run(['check', '--format', 'json', 'inner'], dir)), { 'inner/a.md': [['42%', 'warning'], ['61%', 'warning']] });
  });

  it('skips ignored notes, with globs relative to the config folder', () => {
    const dir = repo({
      'notes/.statlens.json': '{ "ignore": ["drafts", "**/*.old.md"] }',
      'notes/a.md': NOTE,
      'notes/drafts/b.md': NOTE,
      'notes/sub/c.old.md': NOTE,
      'drafts/d.md': NOTE,
    });
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.deepEqual(Object.keys(findings(r)), ['drafts/d.md', 'notes/a.md']);
    assert.deepEqual(Object.keys(findings(run(['check', '--format', 'json', 'notes/drafts/b.md'], dir))), [], 'named on the command line, still ignored');
  });

  it('reports ignored figures as suppressed, and they no longer fail the run', () => {
    const dir = repo({ '.statlens.json': '{ "ignoreFigures": ["42%", "61 %"] }', 'a.md': NOTE });
    assert.deepEqual(findings(run(['check', '--format', 'json', 'a.md'], dir)), { 'a.md': [['42%', 'none', 'suppressed'], ['61%', 'warning']] });
    fs.writeFileSync(path.join(dir, '.statlens.json'), '{ "ignoreFigures": ["42%", "61%"] }');
    const r = run(['check', 'a.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /1 note, 2 statistics: 0 supported, 0 conflicting, 0 unsupported, 0 cited, 2 suppressed$/m);
  });

  it('adds the datasets a config names, relative to the config file, to --dataset ones', () => {
    const dir = repo({ 'team/.statlens.json': '{ "datasets": ["data/poll.json"] }', 'team/data/poll.json': POLL, 'team/a.md': NOTE, 'b.md': NOTE });
    const r = run(['check', '--format', 'json', '.'], dir);
    assert.deepEqual(findings(r), { 'b.md': [['42%', 'warning'], ['61%', 'warning']], 'team/a.md': [['42%', 'warning'], ['61%', 'none']] });
    const both = run(['check', '--format', 'json', '--dataset', 'team/data/poll.json', 'team/a.md'], dir);
    assert.equal(both.code, 1, `the same file named twice is loaded once: ${both.stderr}`);
  });

  it('--config forces one file for every note; --no-config uses none', () => {
    const dir = repo({ '.statlens.json': '{ "severity": { "unsupported": "error" } }', 'a.md': NOTE, 'elsewhere/quiet.json': '{ "severity": { "unsupported": "off" } }' });
    assert.deepEqual(findings(run(['check', '--format', 'json', '--config', 'elsewhere/quiet.json', 'a.md'], dir)), { 'a.md': [['42%', 'none'], ['61%', 'none']] });
    assert.deepEqual(findings(run(['check', '--format', 'json', '--no-config', 'a.md'], dir)), { 'a.md': [['42%', 'warning'], ['61%', 'warning']] });
  });

  describe('exit 2 with one line per problem, naming the file and the field', () => {
    it('for an invalid config, checking nothing', () => {
      const dir = repo({ 'notes/.statlens.json': '{ "severity": { "cited": "silent" } }', 'notes/a.md': NOTE });
      const r = run(['check', '.'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'statlens: notes/.statlens.json: field "severity.cited": "silent" is not a severity; use one of error, warning, information, hint, off\n');
    });

    it('for a config that is not JSON, once however many notes it covers', () => {
      const dir = repo({ '.statlens.json': '{ "ignore": [ }', 'a.md': NOTE, 'b.md': NOTE });
      const r = run(['check', '.'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'statlens: .statlens.json: not valid JSON: value expected at line 1, column 15\n');
    });

    it('for an invalid or missing dataset that a config names', () => {
      const dir = repo({ '.statlens.json': '{ "datasets": ["bad.json", "gone.json"] }', 'bad.json': JSON.stringify({ records: [{ id: 'x', value: 5, unit: 'percent', quote: 'About 5% do.', subject: 's', source: 'S', year: 2026, article: 'a' }], articles: [{ id: 'a', title: 'T', publisher: 'P', date: '2026' }] }), 'a.md': NOTE });
      const r = run(['check', 'a.md'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(r.stderr.trim().split('\n'), [
        'statlens: bad.json: record 0 (id "x"): field "text" is missing (required)',
        'statlens: gone.json: cannot read dataset named in .statlens.json: no such file or directory',
      ]);
    });

    it('for a missing --config file, and for --config with --no-config', () => {
      const dir = repo({ 'a.md': NOTE });
      const missing = run(['check', '--config', 'nope.json', 'a.md'], dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'statlens: nope.json: cannot read config: no such file or directory\n');
      const both = run(['check', '--config', 'nope.json', '--no-config', 'a.md'], dir);
      assert.equal(both.code, 2);
      assert.equal(both.stderr, 'statlens: --config and --no-config cannot be used together (see statlens --help)\n');
    });
  });
});
