#!/usr/bin/env node
// The HTML fact-check sheet as a fact-checker uses it, in Chromium: `statlens report
// --format html` of the sample notebook, loaded from disk with the network cut off;
// sort by clicking a column header, filter with the text box and the status menu;
// screenshots in test-results/sheet/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../harness/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'test-results/sheet');
fs.mkdirSync(shots, { recursive: true });
if (!fs.existsSync(path.join(root, 'dist/cli.js'))) throw new Error('build first: node esbuild.js');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-sheet-'));
const sheet = path.join(tmp, 'sheet.html');
fs.writeFileSync(sheet, execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'report', '--format', 'html', 'media/examples'], { cwd: root, encoding: 'utf8' }));
// The sheet lists every figure the check reports, so its own JSON report says how many rows to expect.
const report = (() => {
  try {
    return execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', 'media/examples'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    return error.stdout; // exit 1: some figures warn
  }
})();
const FIGURES = JSON.parse(report).files.reduce((n, f) => n + f.findings.length, 0);

const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
try {
  const { page, context } = browser;
  page.setDefaultTimeout(15_000);
  // Self-contained: any request that is not the file itself fails the check.
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(sheet).href) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(sheet).href);

  const visible = () => page.locator('#sheet tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  const all = await visible();
  assert.equal(all.length, FIGURES, `one row per figure of the notebook: ${all.length}`);
  const notes = all.map((r) => r[0]);
  assert.deepEqual(notes, [...notes].sort(), 'sorted by note');
  assert.equal(await page.locator('#shown').innerText(), `${FIGURES} of ${FIGURES} figures`);
  await page.screenshot({ path: path.join(shots, 'sheet.png') });

  // Sort by Line (numbers, not text), then the other way round.
  await page.getByRole('button', { name: 'Line' }).click();
  let lines = (await visible()).map((r) => Number(r[1]));
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'ascending by line, as numbers');
  assert.equal(await page.locator('th', { has: page.getByRole('button', { name: 'Line' }) }).getAttribute('aria-sort'), 'ascending');
  await page.getByRole('button', { name: 'Line' }).click();
  lines = (await visible()).map((r) => Number(r[1]));
  assert.deepEqual(lines, [...lines].sort((a, b) => b - a), 'descending by line');

  // Filter: the status menu, then words.
  await page.locator('#status').selectOption('conflicting');
  const conflicting = await visible();
  assert.ok(conflicting.length > 0 && conflicting.every((r) => r[3].startsWith('conflicting')), JSON.stringify(conflicting));
  assert.equal(conflicting.length, all.filter((r) => r[3].startsWith('conflicting')).length);
  await page.locator('#filter').fill('cost-comparison');
  const both = await visible();
  assert.ok(both.length > 0 && both.every((r) => r[0].endsWith('cost-comparison.md') && r[3].startsWith('conflicting')), JSON.stringify(both));
  assert.equal(await page.locator('#shown').innerText(), `${both.length} of ${FIGURES} figures`);
  await page.getByRole('button', { name: 'Figure' }).click();
  const table = await page.locator('#sheet').boundingBox();
  await page.screenshot({ path: path.join(shots, 'sheet-filtered.png'), clip: { x: 0, y: 0, width: 1280, height: Math.ceil(table.y + table.height + 24) } });
  await page.locator('#filter').fill('no such words');
  assert.equal((await visible()).length, 0);
  await page.locator('#status').selectOption('');
  await page.locator('#filter').fill('');
  assert.equal((await visible()).length, FIGURES, 'clearing the filters shows every row again');

  assert.deepEqual(requests, [], 'the page asked for nothing beyond itself');
  assert.deepEqual(errors, [], 'no script error');
  console.log(`sheet check: ${FIGURES} rows sorted and filtered in Chromium; screenshots in ${path.relative(root, shots)}`);
} finally {
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
