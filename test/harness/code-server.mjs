// Install, start and stop code-server 4.100.3 (VS Code 1.100.3 server + web
// workbench, real Node extension host) for StatLens' integration and UI tests.
// Facts this relies on: /work/shared/guides/real-vscode.md.
//
// 4.100.3 is the last code-server release that runs on Node 20, so the
// extension's engines.vscode / @types/vscode must stay at <= 1.100.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeMissing, installPreflight } from './preflight.mjs';

export const CODE_SERVER_VERSION = '4.100.3';

// Kept outside the repository so `npm ci` stays small and `git clean` does not
// throw away a 300 MB install.
export function codeServerDir() {
  if (process.env.STATLENS_CODE_SERVER_DIR) return path.resolve(process.env.STATLENS_CODE_SERVER_DIR);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'statlens', `code-server-${CODE_SERVER_VERSION}`);
}

function entryPath(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

// Run a command with its output appended to a log file (npm is very chatty);
// on failure show the end of the log, which is where npm puts the reason.
function runLogged(cmd, args, { cwd, env, log }) {
  fs.appendFileSync(log, `\n$ ${cmd} ${args.join(' ')}\n`);
  const fd = fs.openSync(log, 'a');
  try {
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd] });
  } catch (err) {
    const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (${err.status ?? err.signal}); full log: ${log}\n${tail}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether ensureCodeServer() has nothing left to install. */
export function codeServerInstalled() {
  const dir = codeServerDir();
  const marker = path.join(dir, '.statlens-installed');
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && fs.existsSync(entryPath(dir));
}

/**
 * Before an install, what the machine lacks for it, as one line (thrown), and
 * otherwise the nodedir to build native modules against.
 */
export function assertCanInstallCodeServer() {
  const { missing, nodedir } = installPreflight();
  if (missing.length) throw new Error(describeMissing(missing));
  return nodedir;
}

/**
 * Install code-server into the cache folder unless the marker says it is
 * already there. Returns the absolute path of out/node/entry.js.
 */
export function ensureCodeServer() {
  const dir = codeServerDir();
  const entry = entryPath(dir);
  if (codeServerInstalled()) return entry;
  const nodedir = assertCanInstallCodeServer();
  const marker = path.join(dir, '.statlens-installed');

  const started = Date.now();
  const log = path.join(dir, 'install.log');
  process.stderr.write(`statlens: installing code-server@${CODE_SERVER_VERSION} into ${dir} (~2-3 min, log: ${log})\n`);

  // A half-finished earlier attempt (no marker) is not trusted: start over.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'statlens-code-server-cache',
    private: true,
    description: 'code-server for StatLens integration tests (see test/harness/code-server.mjs)',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
  }, null, 2) + '\n');
  fs.writeFileSync(log, '');

  // Private TMPDIR: @vscode/ripgrep's postinstall looks for its download in
  // os.tmpdir(), so this is where the seeded tarball goes.
  const tmp = path.join(dir, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // as root, code-server's postinstall refuses without it
    npm_config_yes: 'true',         // node-pty's postinstall runs `npx node-gyp` without a TTY
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // Node's own headers: without a nodedir, node-gyp downloads them for every native module.
    ...(nodedir ? { npm_config_nodedir: nodedir } : {}),
  };
  const npm = 'npm';

  // Phase 1: fetch code-server without running scripts, so its shrinkwrap can
  // tell us which @vscode/ripgrep its postinstall will install.
  runLogged(npm, ['install', '--ignore-scripts', '--omit=dev'], { cwd: dir, env, log });
  seedRipgrepCache(dir, tmp, env, log);

  // Phase 2: run the install scripts (code-server's postinstall runs
  // `npm install` in lib/vscode and lib/vscode/extensions; argon2's prebuilt
  // download fails and it builds from source, which is fine).
  runLogged(npm, ['rebuild'], { cwd: dir, env, log });

  if (!fs.existsSync(entry)) throw new Error(`code-server install finished but ${entry} is missing; see ${log}`);
  const rg = path.join(dir, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
  if (!fs.existsSync(rg)) throw new Error(`ripgrep was not installed into ${rg}; see ${log}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(marker, CODE_SERVER_VERSION + '\n');
  fs.appendFileSync(log, `\ninstalled in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return entry;
}

// @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here).
// It first looks for $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<asset
// version>-<target>.tar.gz, so put Debian's /usr/bin/rg there as `rg`.
function seedRipgrepCache(dir, tmp, env, log) {
  const systemRg = '/usr/bin/rg';
  if (!fs.existsSync(systemRg)) throw new Error(`${systemRg} is missing: apt-get install ripgrep`);
  const shrinkwrap = JSON.parse(fs.readFileSync(
    path.join(dir, 'node_modules/code-server/lib/vscode/npm-shrinkwrap.json'), 'utf8'));
  const pkgVersion = shrinkwrap.packages['node_modules/@vscode/ripgrep'].version;

  // The asset version is only written in the package's lib/postinstall.js.
  runLogged('npm', ['pack', `@vscode/ripgrep@${pkgVersion}`, '--pack-destination', tmp], { cwd: tmp, env, log });
  const tgz = path.join(tmp, `vscode-ripgrep-${pkgVersion}.tgz`);
  const postinstall = execFileSync('tar', ['-xzOf', tgz, 'package/lib/postinstall.js'], { encoding: 'utf8' });
  const m = /const VERSION = '([^']+)'/.exec(postinstall);
  if (!m) throw new Error(`no "const VERSION = '…'" in @vscode/ripgrep@${pkgVersion} lib/postinstall.js`);
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new Error(`unsupported arch ${process.arch}`);

  const cacheDir = path.join(tmp, `vscode-ripgrep-cache-${pkgVersion}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  execFileSync('tar', ['-czf', path.join(cacheDir, `ripgrep-${m[1]}-${target}.tar.gz`),
    '-C', path.dirname(systemRg), 'rg']);
  fs.appendFileSync(log, `seeded ripgrep cache: ${cacheDir} (@vscode/ripgrep ${pkgVersion}, asset ${m[1]})\n`);
}

/** Resolve with a TCP port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// HOME / XDG_* in a temp folder: otherwise code-server writes
// ~/.config/code-server/config.yaml and reads the developer's settings.
function isolatedEnv(home) {
  for (const d of ['config', 'data', 'cache']) fs.mkdirSync(path.join(home, d), { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    // A password in the caller's env would otherwise be picked up.
    PASSWORD: '', HASHED_PASSWORD: '',
    // No extension gallery (code-server defaults to open-vsx.org, which is
    // unreachable here): the workbench then makes no marketplace lookups and
    // logs no ENOTFOUND stack traces. Local .vsix installs still work.
    EXTENSIONS_GALLERY: '{}',
  };
}

// Quiet, deterministic user settings (code-server keeps them on the server
// side, in <user-data-dir>/User/settings.json). Written only when absent.
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false, // no git processes competing for the 2 CPU cores
};

function writeSettings(userDataDir, settings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (fs.existsSync(file) && !settings) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2) + '\n');
}

/** Process ids (not zombies) whose process group is pgid, from /proc. */
export function processGroupMembers(pgid) {
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // Fields after the ")" that closes the command name: state ppid pgrp ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') pids.push(Number(name));
  }
  return pids;
}

async function waitForHealthz(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

export function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

// Workspace trust on, with no prompt: a folder nobody has trusted opens in
// Restricted Mode, as a freshly cloned repository does.
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

/**
 * Start code-server on 127.0.0.1 with `folder` (a folder or .code-workspace
 * file) open. extensionsDir / userDataDir default to fresh temp folders;
 * `settings` (object) is merged over DEFAULT_SETTINGS into the user settings.
 * handleSignals: false leaves SIGINT/SIGTERM/SIGHUP to the caller, who must
 * then call stop() (the demo does, to stop gracefully and exit 0); the group
 * is still killed if the process exits without it.
 * `untrusted` turns workspace trust on (it is off otherwise), so the folder
 * opens untrusted.
 * Returns { url, port, pid, logFile, home, extensionsDir, userDataDir, stop() }.
 */
export async function startCodeServer({ folder, extensionsDir, userDataDir, port, entry, logFile, settings, handleSignals = true, untrusted = false, readyTimeoutMs = 60_000 } = {}) {
  entry ??= ensureCodeServer();
  port ??= await freePort();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-cs-'));
  extensionsDir ??= path.join(home, 'extensions');
  userDataDir ??= path.join(home, 'user-data');
  logFile ??= path.join(home, 'code-server.log');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  writeSettings(userDataDir, untrusted ? { ...UNTRUSTED_SETTINGS, ...settings } : settings);

  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened', // open what we ask for, not the last folder
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (folder) args.push(path.resolve(folder));

  const out = fs.openSync(logFile, 'a');
  // detached: true makes Node call setsid(2) in the child, so code-server leads
  // a new session + process group and its extension host, file watcher and
  // Markdown language server are in that group too. (The setsid(1) binary is
  // not used: when its caller already leads a group it forks, and the pid we
  // hold would no longer be the group id.)
  const child = spawn(process.execPath, args, {
    cwd: home, env: isolatedEnv(home), detached: true, stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const pgid = child.pid;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;

  // Safety net for callers that exit, crash or get Ctrl-C without calling
  // stop(): kill the group synchronously. On a signal, also exit the way
  // Node would by default unless the caller has its own handler.
  const killNow = () => {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
    if (!process.env.STATLENS_KEEP_TMP) fs.rmSync(home, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    killNow();
    if (process.listenerCount(sig) === 1) process.exit(128 + os.constants.signals[sig]);
  };
  const SIGNALS = handleSignals ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : [];
  process.on('exit', killNow);
  for (const sig of SIGNALS) process.on(sig, onSignal);

  let stopped;
  // Kill the whole group, wait until none of it is left, then remove the temp
  // HOME (which holds the log unless logFile was given elsewhere).
  const stop = ({ keepTemp = !!process.env.STATLENS_KEEP_TMP } = {}) => (stopped ??= (async () => {
    process.off('exit', killNow);
    for (const sig of SIGNALS) process.off(sig, onSignal);
    const signal = (sig) => { try { process.kill(-pgid, sig); } catch { /* group gone */ } };
    signal('SIGTERM');
    const deadline = Date.now() + 5000;
    while (processGroupMembers(pgid).length && Date.now() < deadline) await sleep(100);
    if (processGroupMembers(pgid).length) {
      signal('SIGKILL');
      while (processGroupMembers(pgid).length) await sleep(100);
    }
    await Promise.race([exited, sleep(1000)]);
    if (!keepTemp) fs.rmSync(home, { recursive: true, force: true });
  })());

  try {
    await waitForHealthz(url, child, logFile, readyTimeoutMs);
  } catch (err) {
    await stop({ keepTemp: true });
    throw err;
  }
  return { url, port, pid: pgid, logFile, home, extensionsDir, userDataDir, stop };
}

/**
 * Install a .vsix into extensionsDir with the same code-server binary.
 * Returns the command's output.
 */
export function installVsix(vsixPath, { extensionsDir, userDataDir, entry } = {}) {
  if (!extensionsDir || !userDataDir) throw new Error('installVsix needs extensionsDir and userDataDir');
  entry ??= ensureCodeServer();
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-cs-'));
  try {
    return execFileSync(process.execPath, [
      entry,
      '--extensions-dir', extensionsDir,
      '--user-data-dir', userDataDir,
      '--install-extension', path.resolve(vsixPath),
      '--force', // reinstall the same version when the vsix was rebuilt
    ], { cwd: home, env: isolatedEnv(home), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (err) {
    throw new Error(`installing ${vsixPath} failed: ${err.stdout ?? ''}${err.stderr ?? err.message}`);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

// CLI: `node test/harness/code-server.mjs install` installs when missing and
// prints the entry.js path (lets CI show the install as its own step);
// `... dir` prints the cache folder.
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const cmd = process.argv[2] || 'install';
  if (cmd === 'install') console.log(ensureCodeServer());
  else if (cmd === 'dir') console.log(codeServerDir());
  else { console.error('usage: code-server.mjs [install|dir]'); process.exit(2); }
}
