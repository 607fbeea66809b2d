import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CLI, runCli as run, workspace } from '../support/cli';

const CLEAN = 'In 2026, over 73% of enterprises run open-source AI models in production.\n';
const WARN = 'Roughly 61% of CIOs plan to grow open-model budgets.\n';
const CITED = 'Private AI investment reached $33.9 billion per the [AI Index](https://example.org).\n';

describe('the statlens CLI', function () {
  // Each test starts Node; on a busy two-core machine that takes a while.
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('exits 0 and prints a summary when nothing warns', () => {
    const dir = workspace({ 'a.md': CLEAN + CITED });
    const r = run(['check', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^a\.md:2:31 {2}information {2}cited {2}\$33\.9 billion is not in the dataset/m);
    assert.match(r.stdout, /1 note, 2 statistics: 1 supported, 0 conflicting, 0 unsupported, 1 cited$/m);
  });

  it('exits 1 with one line per warning, path:line:col severity status message', () => {
    const dir = workspace({ 'notes/b.md': CLEAN + WARN });
    const r = run(['check', 'notes'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^notes\/b\.md:2:9 {2}warning {2}unsupported {2}61% has no source/m);
  });

  it('prints the JSON report of spec §4, every claim whatever its status', () => {
    const dir = workspace({ 'a.md': CLEAN + WARN });
    const r = run(['check', '--format', 'json', 'a.md'], dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files[0].path, 'a.md');
    const [supported, unsupported] = report.files[0].findings;
    assert.deepEqual(supported.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 17 } });
    assert.equal(supported.text, '73%');
    assert.equal(supported.kind, 'percent');
    assert.equal(supported.value, 73);
    assert.equal(supported.unit, 'percent');
    assert.equal(supported.status, 'supported');
    assert.equal(supported.severity, 'none');
    assert.equal(supported.record.id, 'nwcast-enterprise-adoption-lede');
    assert.equal(supported.record.year, 2026);
    assert.match(supported.record.quote, /73% of enterprises/);
    assert.equal(unsupported.status, 'unsupported');
    assert.equal(unsupported.record, null);
  });

  it('searches directories for *.md, skipping node_modules and dot-folders, and expands globs', () => {
    const dir = workspace({ 'a.md': CLEAN, 'sub/b.md': CLEAN, 'sub/c.txt': WARN, 'node_modules/x/d.md': WARN, '.git/e.md': WARN });
    const paths = (args: string[]) => JSON.parse(run(['check', '--format', 'json', ...args], dir).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths(['.']), ['a.md', 'sub/b.md']);
    assert.deepEqual(paths(['sub/*.md']), ['sub/b.md']);
    assert.deepEqual(paths(['**/*.md']), ['a.md', 'sub/b.md']);
  });

  it('adds datasets with --dataset', () => {
    const dataset = {
      records: [{
        id: 'poll-cio', text: '61%', value: 61, unit: 'percent', quote: 'Roughly 61% of CIOs plan to grow open-model budgets.',
        subject: 'CIOs planning to grow open-model budgets', source: 'Example CIO Poll', year: 2026,
        article: { title: 'CIO poll', publisher: 'Example', date: '2026-02-01' },
      }],
    };
    const dir = workspace({ 'a.md': WARN, 'extra.json': JSON.stringify(dataset) });
    const r = run(['check', '--dataset', 'extra.json', '--format', 'json', 'a.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files[0].findings[0].record.source, 'Example CIO Poll');
  });

  describe('exit 2 with a one-line reason', () => {
    it('for bad usage', () => {
      const dir = workspace({});
      const cases: [string[], string][] = [
        [[], 'missing command'],
        [['lint', 'a.md'], 'unknown command "lint"'],
        [['check'], 'no PATH given'],
        [['check', '--format', 'xml', 'a.md'], '--format must be "text", "json" or "sarif", not "xml"'],
        [['check', '--config', 'c.json', '--no-config', 'a.md'], '--config and --no-config cannot be used together'],
      ];
      for (const [args, reason] of cases) {
        const r = run(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        // Its one line and where to read more, not the whole help.
        assert.equal(r.stderr, `statlens: ${reason} (see statlens --help)\n`);
        assert.equal(r.stdout, '');
      }
      const unknown = run(['check', '--nope', 'a.md'], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /^statlens: Unknown option '--nope'.* \(see statlens --help\)\n$/);
    });
    it('for a missing path', () => {
      const r = run(['check', 'missing.md'], workspace({}));
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim(), 'statlens: missing.md: no such file or directory');
    });
    it('for an invalid dataset, naming file, record and field', () => {
      const dir = workspace({ 'a.md': CLEAN, 'bad.json': JSON.stringify({ records: [{ id: 'x', text: '5%', unit: 'percent', quote: 'About 5% do.', subject: 's', source: 'S', year: 2026, article: 'a' }], articles: [{ id: 'a', title: 'T', publisher: 'P', date: '2026' }] }) });
      const r = run(['check', '--dataset', 'bad.json', 'a.md'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim(), 'statlens: bad.json: record 0 (id "x"): field "value" is missing (required)');
    });
    it('for an unreadable dataset', () => {
      const r = run(['check', '--dataset', 'nope.json', 'a.md'], workspace({ 'a.md': CLEAN }));
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'statlens: nope.json: cannot read dataset: no such file or directory\n');
    });
  });
});
