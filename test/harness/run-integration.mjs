#!/usr/bin/env node
// Run a compiled mocha suite inside the real VS Code 1.100 extension host
// (code-server + headless Chromium): the @vscode/test-electron equivalent.
//
//   node test/harness/run-integration.mjs --extension <extDir> \
//     --tests <abs path to compiled suite index.js> \
//     --workspace <folder | file.code-workspace> [--timeout <seconds>] [--artifacts <dir>] [--untrusted]
//
// --untrusted turns workspace trust on, so the workspace opens untrusted (Restricted Mode).
//
// Exit code: the suite's (0 = all passed), 124 on timeout, 2 on bad usage,
// 1 on harness errors. code-server is always stopped.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { parseArgs } from 'node:util';
import { ensureCodeServer, startCodeServer, tail } from './code-server.mjs';
import { launchChromium, remoteUri, workbenchUrl } from './browser.mjs';

const USAGE = 'usage: run-integration.mjs --extension <extDir> --tests <suite index.js> --workspace <folder|.code-workspace> [--timeout <s>] [--artifacts <dir>] [--untrusted] [--verbose]';

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        timeout: { type: 'string', default: process.env.STATLENS_TEST_TIMEOUT || '300' },
        artifacts: { type: 'string' },
        verbose: { type: 'boolean', default: !!process.env.STATLENS_VERBOSE },
        untrusted: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  for (const k of ['extension', 'tests', 'workspace']) {
    if (!values[k]) { console.error(`missing --${k}\n${USAGE}`); process.exit(2); }
    values[k] = path.resolve(values[k]);
    if (!fs.existsSync(values[k])) { console.error(`--${k} ${values[k]} does not exist`); process.exit(2); }
  }
  if (!fs.existsSync(path.join(values.extension, 'package.json'))) {
    console.error(`--extension ${values.extension} has no package.json`); process.exit(2);
  }
  values.timeoutMs = Number(values.timeout) * 1000;
  if (!(values.timeoutMs > 0)) { console.error(`bad --timeout ${values.timeout}`); process.exit(2); }
  return values;
}

// Workbench log lines that are not the suite's output. The suite's console
// output arrives through codeAutomationLog too, so only drop known noise
// unless --verbose.
const NOISE = [
  /^Resolving connection token/, /^Resolved connection token/, /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/, /^ChatSessionStore:/,
];

async function main() {
  const opts = parse();
  const t0 = Date.now();
  const entry = ensureCodeServer(); // not counted in --timeout: the first install takes 1-2 min
  let server, browser, timer;

  const cleanup = async () => {
    clearTimeout(timer);
    await browser?.close();
    await server?.stop();
  };
  const finish = async (code) => {
    if (code !== 0 && opts.artifacts) await saveArtifacts(opts.artifacts, server, browser);
    await cleanup();
    console.error(`run-integration: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { cleanup().finally(() => process.exit(130)); });
  }
  // One deadline for everything after the install: server start, page load
  // and the suite, so a hang anywhere ends with a clear message.
  timer = setTimeout(() => {
    console.error(`run-integration: TIMEOUT after ${opts.timeout} s: the suite never reported an exit code.\n` +
      '  Check that the --tests file exports run() returning a Promise that settles, and that the extension activates.\n' +
      (server ? `  Last code-server log lines:\n${tail(server.logFile, 20)}` : '  (code-server had not started)'));
    finish(124);
  }, opts.timeoutMs);

  try {
    server = await startCodeServer({ entry, folder: opts.workspace, untrusted: opts.untrusted });
    browser = await launchChromium();
    const { context, page } = browser;

    let report;
    const done = new Promise((resolve) => { report = resolve; });
    // The workbench calls codeAutomationExit(code, logs) once the suite's
    // run() settles (resolved -> 0, rejected or failed to load -> 1).
    await context.exposeFunction('codeAutomationExit', (code) => report(Number(code) || 0));
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      // args is the argument list of the logging call: the extension host's
      // forwarded console.log(fmt, ...) calls (mocha uses printf-style
      // formats) as well as the workbench's own one-string messages.
      if (opts.verbose) process.stderr.write(`[codeAutomationLog ${type}] ${JSON.stringify(args)}\n`);
      const text = Array.isArray(args) ? util.format(...args) : String(args);
      if (!opts.verbose && NOISE.some((re) => re.test(text))) return;
      (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(text + '\n');
    });
    page.on('crash', () => { console.error('run-integration: the browser page crashed'); report(1); });
    if (opts.verbose) page.on('console', (m) => process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, opts.extension)],
      ['extensionTestsPath', remoteUri(server.port, opts.tests)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(server.url, opts.workspace, payload));
    await finish(await done);
  } catch (err) {
    console.error(`run-integration: ${err.stack || err}`);
    if (server) console.error(`code-server log:\n${tail(server.logFile)}`);
    await finish(1);
  }
}

// On failure: a screenshot of the workbench and code-server's log.
async function saveArtifacts(dir, server, browser) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    await browser?.page.screenshot({ path: path.join(dir, 'integration-failure.png') });
    if (server) fs.copyFileSync(server.logFile, path.join(dir, 'code-server.log'));
    console.error(`run-integration: artifacts in ${dir}`);
  } catch (err) {
    console.error(`run-integration: could not save artifacts: ${err.message}`);
  }
}

main();
