import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { colourEnabled, paintSeverity, progressEnabled, ProgressLine, PROGRESS_MIN_NOTES } from '../../src/cli/terminal';
import { CLI, runCli, UNSUPPORTED, withEnv, workspace } from '../support/cli';

/** A clean environment for these tests: no colour variables, an ordinary terminal type. */
const PLAIN = { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color' };
const ESC = '\x1b';

/** `script` gives the CLI a pseudo-terminal for stdout and stderr; what it printed, or undefined without `script`. */
function runInTerminal(args: string[], cwd: string, env: Record<string, string | undefined>): string | undefined {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env: withEnv(env), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status === null) return undefined;
  return r.stdout;
}

function notes(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${String(i).padStart(2, '0')}.md`, UNSUPPORTED]));
}

describe('colour and progress', function () {
  this.timeout(30_000);

  describe('deciding', () => {
    it('colours a terminal, not a pipe, a dumb terminal or NO_COLOR; FORCE_COLOR forces it unless "0" or "false"', () => {
      assert.equal(colourEnabled(true, {}), true);
      assert.equal(colourEnabled(false, {}), false);
      assert.equal(colourEnabled(true, { TERM: 'dumb' }), false);
      assert.equal(colourEnabled(true, { NO_COLOR: '1' }), false);
      assert.equal(colourEnabled(true, { NO_COLOR: 'anything' }), false);
      assert.equal(colourEnabled(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
      assert.equal(colourEnabled(false, { FORCE_COLOR: '1' }), true);
      assert.equal(colourEnabled(false, { FORCE_COLOR: '' }), true);
      assert.equal(colourEnabled(true, { FORCE_COLOR: '0' }), false);
      assert.equal(colourEnabled(true, { FORCE_COLOR: 'false' }), false);
      assert.equal(colourEnabled(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), false, 'NO_COLOR wins');
    });

    it('draws progress only on a terminal that is not dumb, and not with NO_COLOR', () => {
      assert.equal(progressEnabled(true, {}), true);
      assert.equal(progressEnabled(false, { FORCE_COLOR: '1' }), false);
      assert.equal(progressEnabled(true, { TERM: 'dumb' }), false);
      assert.equal(progressEnabled(true, { NO_COLOR: '1' }), false);
    });

    it('paints severities only when colour is on', () => {
      assert.equal(paintSeverity('warning', true), '\x1b[33mwarning\x1b[0m');
      assert.equal(paintSeverity('error', true), '\x1b[31merror\x1b[0m');
      assert.equal(paintSeverity('warning', false), 'warning');
    });
  });

  describe('the progress line', () => {
    it('redraws in place, at most once per interval, and clears itself', () => {
      const out: string[] = [];
      let now = 0;
      const line = new ProgressLine((t) => out.push(t), 5000, () => now, 100);
      line.update(1);
      now = 50;
      line.update(2);
      now = 150;
      line.update(1200);
      line.clear();
      line.clear();
      assert.deepEqual(out, ['\r\x1b[Kstatlens: checked 1/5000 notes', '\r\x1b[Kstatlens: checked 1200/5000 notes', '\r\x1b[K']);
    });

    it('clears nothing when it never drew', () => {
      const out: string[] = [];
      new ProgressLine((t) => out.push(t), 10).clear();
      assert.deepEqual(out, []);
    });
  });

  describe('the CLI', () => {
    before(function () {
      if (!fs.existsSync(CLI)) this.skip();
    });

    it('prints neither colour nor progress when piped', () => {
      const r = runCli(['check', '.'], workspace(notes(PROGRESS_MIN_NOTES + 5)), PLAIN);
      assert.equal(r.code, 1);
      assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC) && !r.stderr.includes('\r'));
      assert.equal(r.stderr, '');
    });

    it('colours when piped with FORCE_COLOR, still without a progress line', () => {
      const r = runCli(['check', '.'], workspace(notes(PROGRESS_MIN_NOTES + 5)), { ...PLAIN, FORCE_COLOR: '1' });
      assert.match(r.stdout, /^n00\.md:1:9 {2}\x1b\[33mwarning\x1b\[0m {2}unsupported/m);
      assert.equal(r.stderr, '');
    });

    it('on a terminal, colours severities and shows a progress line that it clears', function () {
      const out = runInTerminal(['check', '.'], workspace(notes(PROGRESS_MIN_NOTES + 5)), PLAIN);
      if (out === undefined) this.skip();
      assert.match(out!, /\x1b\[33mwarning\x1b\[0m/);
      assert.match(out!, new RegExp(`\\r\\x1b\\[Kstatlens: checked \\d+/${PROGRESS_MIN_NOTES + 5} notes`));
      const lastDraw = out!.lastIndexOf('statlens: checked');
      const erase = out!.indexOf('\r\x1b[K', lastDraw);
      assert.ok(erase > lastDraw && erase < out!.indexOf('n00.md:1:9'), 'the line is erased before the report');
    });

    it('on a terminal, shows no progress line for a short run', function () {
      const out = runInTerminal(['check', '.'], workspace(notes(3)), PLAIN);
      if (out === undefined) this.skip();
      assert.doesNotMatch(out!, /checked/);
      assert.match(out!, /\x1b\[33mwarning/);
    });

    for (const [name, env] of [['NO_COLOR', { NO_COLOR: '1' }], ['TERM=dumb', { TERM: 'dumb' }]] as const) {
      it(`on a terminal with ${name}, prints neither`, function () {
        const out = runInTerminal(['check', '.'], workspace(notes(PROGRESS_MIN_NOTES + 5)), { ...PLAIN, ...env });
        if (out === undefined) this.skip();
        assert.ok(!out!.includes(ESC), JSON.stringify(out!.slice(0, 200)));
        assert.match(out!, /25 notes, 25 statistics/);
      });
    }
  });
});
