import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CLI, runCli as run, workspace } from '../support/cli';

const A = '# Reader poll\n\nIn our reader poll, 41% of subscribers read the newsletter on their phones.\n';
const B = 'Our reader poll found that 38% of subscribers read the newsletter on their phones.\n';

interface Finding {
  text: string;
  status: string;
  range: { start: { line: number; character: number } };
  inconsistent?: { code: string; severity: string; message: string; related: Array<{ path: string; range: { start: { line: number; character: number } }; text: string }> };
}

describe('statlens check DIR: figures that notes state differently', function () {
  this.timeout(60_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  const report = (dir: string, args: string[] = []) => {
    const r = run(['check', '--format', 'json', ...args, '.'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; findings: Finding[] }>;
    return new Map(files.map((f) => [f.path, f.findings]));
  };

  for (const jobs of ['1', '2']) {
    it(`puts statlens.inconsistent on both figures, with the other note's path and range (--jobs ${jobs})`, () => {
      const byPath = report(workspace({ 'a.md': A, 'sub/b.md': B }), ['--jobs', jobs]);
      const [a] = byPath.get('a.md')!;
      const [b] = byPath.get('sub/b.md')!;
      // The claim keeps its own finding and status; the cross-note result is a field of it.
      assert.equal(a.status, 'unsupported');
      assert.equal(a.inconsistent?.code, 'statlens.inconsistent');
      assert.equal(a.inconsistent?.severity, 'information');
      assert.deepEqual(a.inconsistent?.related.map((r) => [r.path, r.range.start, r.text]), [['sub/b.md', b.range.start, '38%']]);
      assert.deepEqual(b.inconsistent?.related.map((r) => [r.path, r.range.start, r.text]), [['a.md', a.range.start, '41%']]);
      assert.equal(a.inconsistent?.message, '41% disagrees with 38% in sub/b.md, line 1.');
    });
  }

  it('prints it as a line of its own in text, and follows severity.inconsistent in .statlens.json', () => {
    const dir = workspace({ 'a.md': A, 'b.md': B });
    const text = run(['check', '.'], dir);
    assert.match(text.stdout, /^a\.md:3:21 {2}information {2}inconsistent {2}41% disagrees with 38% in b\.md, line 1\.$/m);
    assert.match(text.stdout, /1 inconsistent across notes|2 inconsistent across notes/);
    fs.writeFileSync(`${dir}/.statlens.json`, '{ "severity": { "unsupported": "off", "inconsistent": "error" } }');
    const strict = run(['check', '.'], dir);
    assert.equal(strict.code, 1, strict.stdout);
    assert.match(strict.stdout, /^b\.md:1:28 {2}error {2}inconsistent /m);
    fs.writeFileSync(`${dir}/.statlens.json`, '{ "severity": { "unsupported": "off", "inconsistent": "off" } }');
    const off = run(['check', '--format', 'json', '.'], dir);
    assert.equal(off.code, 0, off.stdout);
    assert.doesNotMatch(off.stdout, /inconsistent/);
  });

  it('leaves notes that agree, or a single note, alone', () => {
    assert.equal([...report(workspace({ 'a.md': A, 'b.md': B.replace('38%', 'about 40%') })).values()].flat().filter((f) => f.inconsistent).length, 0);
    assert.equal([...report(workspace({ 'a.md': A + B })).values()].flat().filter((f) => f.inconsistent).length, 0);
  });
});
