#!/usr/bin/env node
// `npm run demo [-- --port N]`: StatLens in a local VS Code (code-server 4.100.3)
// with a copy of the sample notebook (media/examples) open, until Ctrl+C.
//
// Builds and packages the extension as a user gets it (npm run package), installs
// the .vsix into a throwaway extensions folder, and opens a temporary copy of the
// notebook so that whatever the demo edits never touches the repository. Needs no
// browser of its own: the URL it prints is for yours.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertCanInstallCodeServer, codeServerInstalled, ensureCodeServer, installVsix, startCodeServer } from './code-server.mjs';
import { remoteUri, workbenchUrl } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_PORT = 8080;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const USAGE = 'usage: npm run demo [-- --port N]   (or PORT=N npm run demo; default 8080)';

/** --port N / --port=N, else $PORT, else 8080. */
function portFrom(argv, env) {
  let raw = env.PORT || String(DEFAULT_PORT);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') raw = argv[++i] ?? '';
    else if (argv[i].startsWith('--port=')) raw = argv[i].slice('--port='.length);
    else if (argv[i] === '-h' || argv[i] === '--help') return 'help';
    else throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Error(`port must be a number from 1 to 65535, not "${raw}"\n${USAGE}`);
  return port;
}

/** Fails early, before the build, when another program already listens on the port. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err) => reject(err.code === 'EADDRINUSE'
      ? new Error(`port ${port} is already in use (another demo?); choose another: npm run demo -- --port ${port + 1}`)
      : err));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Runs a command with its output passed through; rejects when it fails. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${code ?? signal})`))));
  });
}

const BRIEF = 'adoption-brief.md';

/**
 * The workbench has no setting or address that opens a panel, but a task can reveal
 * the Problems panel when it runs, and a folder's task can run when the folder opens
 * (allowed without asking by DEMO_SETTINGS). It does nothing else.
 */
function showProblemsOnOpen(folder) {
  fs.mkdirSync(path.join(folder, '.vscode'));
  fs.writeFileSync(path.join(folder, '.vscode/tasks.json'), JSON.stringify({
    version: '2.0.0',
    tasks: [{
      label: 'Show the Problems panel',
      type: 'shell',
      command: 'true',
      problemMatcher: [],
      presentation: { reveal: 'never', revealProblems: 'always', close: true, echo: false },
      runOptions: { runOn: 'folderOpen' },
    }],
  }, null, 2) + '\n');
}

const DEMO_SETTINGS = { 'task.allowAutomaticTasks': 'on' };

// From the start a signal means "stop": remembered, then acted on between steps
// and while code-server runs, so every way out goes through main's cleanup.
let stopSignal;
let onStop;
const stopRequested = new Promise((resolve) => (onStop = resolve));
for (const sig of SIGNALS) process.on(sig, () => onStop((stopSignal ??= sig)));
const stopped = () => stopSignal !== undefined;

async function main() {
  const port = portFrom(process.argv.slice(2), process.env);
  if (port === 'help') return console.log(USAGE);

  const started = Date.now();
  await assertPortFree(port);
  // Before the build: a first run that cannot install says so in one line, not minutes into npm.
  if (!codeServerInstalled()) assertCanInstallCodeServer();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-demo-'));
  let server;
  try {
    const entry = ensureCodeServer(); // installs into ~/.cache/statlens on first use (~2-3 min)
    console.log('statlens demo: building and packaging the extension…');
    const vsix = path.join(work, 'statlens.vsix');
    await run('npm', ['run', '--silent', 'package', '--', '--out', vsix]);
    await run(process.execPath, ['esbuild.js', '--only=cli']); // so `npx statlens check` works too
    if (stopped()) return;

    const folder = path.join(work, 'open-model-notebook');
    fs.cpSync(path.join(root, 'media/examples'), folder, { recursive: true });
    showProblemsOnOpen(folder);
    const extensionsDir = path.join(work, 'extensions');
    const userDataDir = path.join(work, 'user-data');
    installVsix(vsix, { entry, extensionsDir, userDataDir });
    server = await startCodeServer({
      entry, folder, extensionsDir, userDataDir, port,
      logFile: path.join(work, 'code-server.log'),
      handleSignals: false,
      settings: DEMO_SETTINGS,
    });
    if (stopped()) return;

    // The folder, with the brief open (the workbench's own "openFile" payload; its
    // vscode-remote authority is the address the page is loaded from).
    const url = workbenchUrl(server.url, folder, [['openFile', remoteUri(port, path.join(folder, BRIEF))]]);
    console.log([
      '',
      `StatLens demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Open in your browser:`,
      '',
      `  ${url}`,
      '',
      `The notebook is a temporary copy (${folder}); edits there never reach the repository.`,
      `It opens ${BRIEF} with the Problems panel: hover a figure, press Ctrl+. on one.`,
      'The same notes from the CLI: npx statlens check media/examples',
      'Press Ctrl+C to stop.',
    ].join('\n'));
    const sig = await stopRequested;
    console.log(`\nstatlens demo: ${sig}, stopping code-server…`);
  } finally {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    // A step that died because Ctrl+C reached it too is not a failure.
    if (stopped()) process.exit(0);
    console.error(`statlens demo: ${err.message}`);
    process.exit(2);
  },
);
