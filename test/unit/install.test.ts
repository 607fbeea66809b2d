import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, CONFLICTING, SUPPORTED, UNSUPPORTED, withEnv, workspace } from '../support/cli';
import { repoPath, ROOT } from '../support/paths';
import { tempDir } from '../support/tempDirs';

const VERSION = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8')).version as string;

/** npm as the test run found it (`npm run` says where), else the one on PATH. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && /npm-cli\.js$/.test(execPath) ? [process.execPath, [execPath]] : ['npm', []];
  return spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', env: withEnv({ NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }) });
}

/**
 * The README's install route, as a writer follows it: `npm pack` in the clone,
 * `npm install -g` of the tarball (here into a temporary prefix, with --offline:
 * the CLI bundles its libraries, so nothing is downloaded), then `statlens check`
 * in a folder of notes outside the repository. Packs the CLI this run built
 * (`npm pack` alone would rebuild it first with the prepack script).
 */
describe('the installable CLI: npm pack, npm install -g, statlens check', function () {
  this.timeout(180_000);
  let bin: string;
  let packed: string[];
  let tarball: string;

  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
    const tmp = tempDir('statlens-install-');
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    assert.equal(info.filename, `statlens-${VERSION}.tgz`);
    packed = info.files.map((f) => f.path).sort();
    const prefix = path.join(tmp, 'prefix');
    const install = npm(['install', '-g', '--offline', '--prefix', prefix, '--cache', path.join(tmp, 'cache'), path.join(tmp, info.filename)], tmp);
    assert.equal(install.status, 0, install.stdout + install.stderr);
    bin = path.join(prefix, 'bin', 'statlens');
    tarball = path.join(tmp, info.filename);
  });

  /** The installed command, run as a shell would (through its #! line), in `cwd`. */
  function statlens(args: string[], cwd: string) {
    return spawnSync(bin, args, { cwd, encoding: 'utf8', env: withEnv({ NO_COLOR: '1' }) });
  }

  it('packs the CLI bundle, its schemas, README and licence, and nothing of the repository besides', () => {
    assert.deepEqual(packed, ['LICENSE', 'README.md', 'dist/cli.js', 'dist/html.js', 'media/schema/statlens-config.schema.json', 'media/schema/statlens-dataset.schema.json', 'package.json']);
  });

  it('installs with no runtime dependencies to download', () => {
    const installed = path.join(path.dirname(path.dirname(bin)), 'lib', 'node_modules', 'statlens');
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'cli.js')));
    assert.equal(fs.existsSync(path.join(installed, 'node_modules')), false, 'the bundle holds its libraries');
  });

  it('checks a folder of notes outside the repository: findings, summary, exit 1', () => {
    const notes = workspace({ 'brief.md': `# Brief\n\n${SUPPORTED}\n${UNSUPPORTED}\n${CONFLICTING}`, 'sub/ok.md': SUPPORTED });
    assert.ok(path.relative(ROOT, notes).startsWith('..'), 'the notes are outside the clone');
    const r = statlens(['check', '.'], notes);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^brief\.md:5:9 {2}warning {2}unsupported {2}61% has no source/m);
    assert.match(r.stdout, /^brief\.md:7:\d+ {2}warning {2}conflicting {2}5\.2 million is the figure for 2026, not 2024/m);
    assert.match(r.stdout, /^2 notes, 4 statistics: 2 supported, 1 conflicting, 1 unsupported, 0 cited$/m);
  });

  it('exits 0 on notes it supports, also in worker threads, and 2 on bad usage; says its version', () => {
    const notes = workspace({ 'a.md': SUPPORTED, 'b.md': SUPPORTED });
    const ok = statlens(['check', '--jobs', '2', '--format', 'json', '.'], notes);
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).files.map((f: { findings: Array<{ status: string }> }) => f.findings.map((x) => x.status)), [['supported'], ['supported']]);
    const bad = statlens(['check'], notes);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'statlens: no PATH given (see statlens --help)\n');
    assert.equal(statlens(['--version'], notes).stdout, `${VERSION}\n`);
  });

  it('installs as a devDependency of a notes repository, from the tarball it commits (the CI route)', () => {
    const repo = workspace({ 'package.json': '{ "name": "my-notes", "private": true }\n', 'notes/brief.md': CONFLICTING });
    fs.mkdirSync(path.join(repo, 'tools'));
    fs.copyFileSync(tarball, path.join(repo, 'tools', path.basename(tarball)));
    const install = npm(['install', '-D', '--offline', '--cache', path.join(repo, '.npm-cache'), `./tools/${path.basename(tarball)}`], repo);
    assert.equal(install.status, 0, install.stdout + install.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).devDependencies.statlens, `file:tools/${path.basename(tarball)}`);
    // As the README's CI example runs it; --offline: the local install, never the registry.
    const r = npm(['exec', '--offline', '--cache', path.join(repo, '.npm-cache'), 'statlens', '--', 'check', 'notes/'], repo);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^notes\/brief\.md:1:\d+ {2}warning {2}conflicting {2}5\.2 million/m);
  });
});
