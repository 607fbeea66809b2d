import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, CONFLICTING, runCli, SUPPORTED, UNSUPPORTED, workspace } from '../support/cli';

const NOTE = `# Budgets\n\n${SUPPORTED}\n${UNSUPPORTED}\n${CONFLICTING}`;
const OTHER = `Intro.\n\n${UNSUPPORTED}`;

/** A workspace whose baseline was written from `notes`; returns the folder. */
function baselined(notes: Record<string, string>): string {
  const dir = workspace(notes);
  const r = runCli(['check', '--write-baseline', 'statlens-baseline.json', '.'], dir);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
}

describe('baselines: --write-baseline and --baseline', function () {
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('records today\'s unsupported and conflicting findings: versioned, sorted, relative paths, counted', () => {
    const dir = workspace({ 'notes/b.md': NOTE, 'a.md': OTHER + '\n' + UNSUPPORTED });
    const r = runCli(['check', '--write-baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 0, 'everything that warned is now baselined');
    assert.equal(r.stderr, 'statlens: statlens-baseline.json: recorded 4 findings\n');
    assert.match(r.stdout, /^2 notes, 5 statistics: 1 supported, 0 conflicting, 0 unsupported, 0 cited, 4 baselined$/m);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'statlens-baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    assert.deepEqual(baseline.findings.map((f: { path: string; code: string; text: string; count: number }) => [f.path, f.code, f.text, f.count]), [
      ['a.md', 'statlens.unsupported', '61%', 2],
      ['notes/b.md', 'statlens.conflicting', '5.2 million', 1],
      ['notes/b.md', 'statlens.unsupported', '61%', 1],
    ]);
    assert.equal(baseline.findings[2].context, 'Roughly 61% of CIOs plan to grow open-model budgets.');
  });

  it('then reports nothing and exits 0 while the notes are unchanged, and says how many were baselined', () => {
    const dir = baselined({ 'b.md': NOTE });
    const r = runCli(['check', '--baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, '1 note, 3 statistics: 1 supported, 0 conflicting, 0 unsupported, 0 cited, 2 baselined\n');
  });

  it('does not resurrect old findings when lines are added above them or elsewhere in the note', () => {
    const dir = baselined({ 'b.md': NOTE });
    edit(dir, 'b.md', (t) => `---\ntitle: Budgets\n---\n\n# A new title\n\nA new paragraph, with 12 words and 2 lines.\n\n${t}\n## More\n\nClosing words.\n`);
    const r = runCli(['check', '--baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /2 baselined$/m);
  });

  it('reports a changed figure as new, and keeps the others baselined', () => {
    const dir = baselined({ 'b.md': NOTE });
    edit(dir, 'b.md', (t) => t.replace('Roughly 61%', 'Roughly 62%'));
    const r = runCli(['check', '--baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^b\.md:5:9 {2}warning {2}unsupported {2}62% has no source/m);
    assert.doesNotMatch(r.stdout, /5\.2 million/);
    assert.match(r.stdout, /0 conflicting, 1 unsupported, 0 cited, 1 baselined$/m);
  });

  it('reports a figure whose own sentence changed as new', () => {
    const dir = baselined({ 'b.md': NOTE });
    edit(dir, 'b.md', (t) => t.replace('plan to grow open-model budgets', 'plan to cut open-model budgets'));
    const r = runCli(['check', '--baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^b\.md:5:9 {2}warning {2}unsupported {2}61% has no source/m);
  });

  it('counts: a second copy of a baselined sentence is new', () => {
    const dir = baselined({ 'b.md': NOTE });
    edit(dir, 'b.md', (t) => t + '\n' + UNSUPPORTED);
    const r = runCli(['check', '--baseline', 'statlens-baseline.json', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.split('\n').filter((l) => l.includes('61% has no source')).length, 1);
    assert.match(r.stdout, /2 baselined$/m);
  });

  it('matches paths relative to the baseline file, whatever the working directory', () => {
    const dir = workspace({ 'docs/b.md': NOTE });
    fs.mkdirSync(path.join(dir, 'ci'));
    assert.equal(runCli(['check', '--write-baseline', 'ci/baseline.json', 'docs'], dir).code, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8')).findings[0].path, '../docs/b.md');
    const r = runCli(['check', '--baseline', '../ci/baseline.json', '.'], path.join(dir, 'docs'));
    assert.equal(r.code, 0, r.stdout);
  });

  it('marks baselined findings in the JSON report and leaves them out of SARIF', () => {
    const dir = baselined({ 'b.md': NOTE });
    edit(dir, 'b.md', (t) => t.replace('Roughly 61%', 'Roughly 62%'));
    const json = JSON.parse(runCli(['check', '--baseline', 'statlens-baseline.json', '--format', 'json', '.'], dir).stdout);
    assert.deepEqual(json.files[0].findings.map((f: { text: string; baselined?: boolean }) => [f.text, f.baselined ?? false]), [['73%', false], ['62%', false], ['5.2 million', true]]);
    const sarif = JSON.parse(runCli(['check', '--baseline', 'statlens-baseline.json', '--format', 'sarif', '.'], dir).stdout);
    assert.deepEqual(sarif.runs[0].results.map((r: { message: { text: string }; baselineState: string }) => [r.message.text.split(' ')[0], r.baselineState]), [['62%', 'new']]);
  });

  describe('exit 2 with a one-line reason', () => {
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"version": 1,', /^statlens: base\.json: invalid baseline: not JSON \(.+\)$/],
      ['another version', '{"version": 7, "findings": []}', /^statlens: base\.json: invalid baseline: unsupported baseline version 7 \(expected 1\)$/],
      ['a bad entry', '{"version": 1, "findings": [{"path": "b.md"}]}', /^statlens: base\.json: invalid baseline: findings\[0\]\.code must be a string$/],
    ];
    for (const [name, text, reason] of cases) {
      it(`for a baseline that is ${name}`, () => {
        const r = runCli(['check', '--baseline', 'base.json', '.'], workspace({ 'b.md': NOTE, 'base.json': text }));
        assert.equal(r.code, 2);
        assert.match(r.stderr.trim(), reason);
        assert.equal(r.stderr.trim().split('\n').length, 1);
        assert.equal(r.stdout, '');
      });
    }
    it('for a missing baseline', () => {
      const r = runCli(['check', '--baseline', 'base.json', '.'], workspace({ 'b.md': NOTE }));
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'statlens: base.json: cannot read baseline: no such file or directory\n');
    });
    it('for --baseline with --write-baseline', () => {
      const r = runCli(['check', '--baseline', 'a.json', '--write-baseline', 'b.json', '.'], workspace({ 'b.md': NOTE }));
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'statlens: --baseline and --write-baseline cannot be used together (see statlens --help)\n');
    });
  });
});
