#!/usr/bin/env node
// Checks `npm run demo` the way a new user runs it: start it from a terminal-like
// process group, wait for the URL it prints, load that URL (HTTP, then in Chromium:
// the sample notebook with StatLens' warnings in the Problems panel), press Ctrl+C
// (SIGINT to the whole group, as a terminal does), and require a 0 exit, the
// port closed, the temporary notebook gone and not one process left behind.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './code-server.mjs';
import { launchChromium } from './browser.mjs';
import { problemsRows } from './ui.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Pid → { sid, pgrp } of every live (non-zombie) process, from /proc. */
function processes() {
  const out = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    const [state, , pgrp, sid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state !== 'Z') out.set(Number(name), { pgrp: Number(pgrp), sid: Number(sid) });
  }
  return out;
}

/** The session code-server leads: the process whose command line binds our port. */
function codeServerSession(port) {
  for (const [pid] of processes()) {
    let cmd;
    try { cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { continue; }
    const i = cmd.indexOf('--bind-addr');
    if (i >= 0 && cmd[i + 1] === `127.0.0.1:${port}`) return processes().get(pid)?.sid;
  }
  return undefined;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

const port = await freePort();
// detached: the demo leads its own process group, like a job in a terminal.
const demo = spawn('npm', ['run', '--silent', 'demo', '--', '--port', String(port)], {
  cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
demo.stdout.on('data', (d) => { output += d; });
demo.stderr.on('data', (d) => { output += d; });
const exited = new Promise((resolve) => demo.once('exit', (code, signal) => resolve({ code, signal })));
const killDemo = () => { try { process.kill(-demo.pid, 'SIGKILL'); } catch { /* gone */ } };
process.on('exit', killDemo);

let browser;
let session;
try {
  const deadline = Date.now() + 120_000; // a first run packages; code-server is installed by then
  let url;
  while (!(url = /^ {2}(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output)?.[1])) {
    if (demo.exitCode !== null) throw new Error(`the demo exited (${demo.exitCode}) before printing a URL:\n${output}`);
    if (Date.now() > deadline) throw new Error(`no URL within 120 s:\n${output}`);
    await sleep(100);
  }
  assert.ok(url.startsWith(`http://127.0.0.1:${port}/`), `the URL uses the port asked for: ${url}`);
  const notebook = /temporary copy \(([^)]+)\)/.exec(output)?.[1];
  assert.ok(notebook && fs.existsSync(path.join(notebook, 'adoption-brief.md')), `the notebook copy exists: ${notebook}`);
  assert.ok(!notebook.startsWith(root), 'the demo edits a copy, not the repository');
  console.log(`demo check: URL printed after ${elapsed()}: ${url}`);

  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /<html/i, 'the workbench page');

  // In a browser: the folder opens and StatLens, installed from the .vsix, checks a note.
  browser = await launchChromium();
  const { page } = browser;
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  // Nothing clicked yet: the brief is open, and so is the Problems panel with its findings.
  await page.locator('.tabs-container .tab.active .label-name', { hasText: 'adoption-brief.md' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes('Open-model adoption in the enterprise')));
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
  const rows = await problemsRows(page, { expect: /78% conflicts with the source/, timeout: 30_000 });
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  await page.screenshot({ path: path.join(root, 'test-results/demo-opened.png') });
  assert.ok(rows.some((r) => /is the figure for 2026, not 2024/.test(r)), `the year conflict: ${rows.join(' / ')}`);
  await browser.close();
  browser = undefined;

  // What Ctrl+C must stop: code-server's session (server, extension host, watchers) and the demo's group.
  session = codeServerSession(port);
  assert.ok(session, 'code-server is running on the port');
  const before = [...processes()].filter(([, p]) => p.sid === session || p.pgrp === demo.pid).map(([pid]) => pid);
  console.log(`demo check: workbench showed StatLens' findings after ${elapsed()}; ${before.length} processes to stop`);

  process.kill(-demo.pid, 'SIGINT');
  const timer = new AbortController();
  const result = await Promise.race([exited, sleep(30_000, 'timeout', { signal: timer.signal }).catch(() => {})]);
  timer.abort();
  assert.notEqual(result, 'timeout', `the demo did not exit within 30 s of SIGINT:\n${output}`);
  assert.deepEqual(result, { code: 0, signal: null }, `exit status after Ctrl+C:\n${output}`);
  const left = [...processes()].filter(([, p]) => p.sid === session || p.pgrp === demo.pid).map(([pid]) => pid);
  assert.deepEqual(left, [], 'no process of the demo or of code-server is left');
  assert.equal(await portOpen(port), false, 'the port is closed');
  assert.ok(!fs.existsSync(notebook), 'the temporary notebook is removed');
  console.log(`demo check passed in ${elapsed()}`);
} catch (err) {
  console.error(`demo check failed after ${elapsed()}; demo output:\n${output}`);
  throw err;
} finally {
  await browser?.close();
  killDemo();
  process.off('exit', killDemo);
  // Never leave a stray code-server behind a failed check.
  if (session) for (const [pid, p] of processes()) if (p.sid === session) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}
