// Drive the real VS Code workbench (code-server in headless Chromium) the way
// a person would: open a file from the Explorer, hover a piece of text, read
// the Problems panel, take screenshots.
//
//   import { withWorkbench, openFile, hoverText, problemsRows, screenshot } from './ui.mjs';
//   await withWorkbench({ folder, vsix }, async ({ page }) => {
//     await openFile(page, 'notes.md', { expectText: 'Unemployment fell' });
//     console.log(await hoverText(page, 'Unemployment', { expect: /source/ }));
//   });
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer, installVsix, startCodeServer } from './code-server.mjs';
import { launchChromium, remoteUri, workbenchUrl } from './browser.mjs';

const EDITOR = '.editor-instance .monaco-editor';
// The editor renders spaces as U+00A0; compare text with these normalised.
const NBSP = /\u00a0/g;

/**
 * Start code-server (installing the given .vsix files first), open `folder`
 * in headless Chromium, run fn({ page, context, server }) and always clean
 * up. Instead of (or besides) a .vsix, `extensionDevelopmentPath` loads an
 * unpackaged extension folder. Returns fn's result.
 */
export async function withWorkbench({ folder, vsix = [], extensionDevelopmentPath, settings, timeout = 60_000 }, fn) {
  const entry = ensureCodeServer();
  const dirs = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-ui-'));
  const extensionsDir = path.join(dirs, 'extensions');
  const userDataDir = path.join(dirs, 'user-data');
  const removeDirs = () => fs.rmSync(dirs, { recursive: true, force: true, maxRetries: 3 });
  let server, browser;
  try {
    for (const file of [].concat(vsix)) installVsix(file, { entry, extensionsDir, userDataDir });
    server = await startCodeServer({ entry, folder, extensionsDir, userDataDir, settings });
    // Registered after code-server's own exit hook, so on Ctrl-C it runs
    // once the server is already killed.
    process.on('exit', removeDirs);
    browser = await launchChromium();
    const { page, context } = browser;
    page.setDefaultTimeout(timeout);
    const payload = extensionDevelopmentPath
      ? [['extensionDevelopmentPath', remoteUri(server.port, extensionDevelopmentPath)], ['skipWelcome', 'true']]
      : undefined;
    await openWorkbench(page, server.url, folder, { payload, timeout });
    return await fn({ page, context, server });
  } finally {
    await browser?.close();
    await server?.stop();
    process.off('exit', removeDirs);
    removeDirs();
  }
}

/** Load the workbench for a folder / .code-workspace and wait for the Explorer. */
export async function openWorkbench(page, baseUrl, folder, { payload, timeout = 60_000 } = {}) {
  await page.goto(workbenchUrl(baseUrl, folder, payload));
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

function explorerRow(page, name) {
  // Exact match on the row's label, not a substring ("a.md" vs "data.md").
  return page.locator('.explorer-folders-view .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(name)}$`) }) })
    .first();
}

/**
 * Open a file by clicking its row in the Explorer. `relPath` may contain
 * folders ("docs/notes.md"); collapsed folders are expanded on the way. With
 * expectText, wait until the editor shows that text (matched ignoring the
 * editor's non-breaking spaces); otherwise until the active tab is the file.
 */
export async function openFile(page, relPath, { expectText, timeout = 30_000 } = {}) {
  const parts = relPath.split('/').filter(Boolean);
  for (const folder of parts.slice(0, -1)) {
    const row = explorerRow(page, folder);
    await row.waitFor({ timeout });
    if (await row.getAttribute('aria-expanded') === 'false') await row.click();
  }
  const name = parts.at(-1);
  const row = explorerRow(page, name);
  await row.waitFor({ timeout });
  await row.click();
  await page.locator(`.tabs-container .tab.active .label-name`, { hasText: name }).waitFor({ timeout });
  await page.locator(`${EDITOR} .view-lines .view-line`).first().waitFor({ timeout });
  if (expectText) {
    await page.waitForFunction(
      ([sel, want]) => [...document.querySelectorAll(sel)]
        .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(want)),
      [`${EDITOR} .view-lines .view-line`, expectText], { timeout });
  }
}

/** Text of the visible editor lines, top to bottom, with normal spaces. */
export async function editorLines(page) {
  const lines = await page.locator(`${EDITOR} .view-lines .view-line`).evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent })));
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text.replace(NBSP, ' '));
}

/**
 * Hover over the first visible occurrence of `text` in the active editor and
 * return the hover widget's text (all sections: extension hovers and
 * diagnostics). Only rendered lines are searched, so the text must be on
 * screen. With `expect` (string or RegExp), wait until the hover contains it;
 * otherwise until the hover has settled on non-"Loading..." content.
 */
export async function hoverText(page, text, { expect, timeout = 15_000 } = {}) {
  // Dismiss any earlier hover so we never read a stale one.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-editor .monaco-hover:visible').waitFor({ state: 'detached', timeout: 2000 }).catch(() => {});

  const point = await page.evaluate(([sel, want]) => {
    const byTop = [...document.querySelectorAll(sel)].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    for (const line of byTop) {
      // The line's text is split over token <span>s: find the character
      // offsets in the concatenated text nodes, then build a DOM Range.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
      const at = all.replace(/\u00a0/g, ' ').indexOf(want);
      if (at < 0) continue;
      const locate = (offset) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + want.length));
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, [`${EDITOR} .view-lines .view-line`, text]);
  if (!point) throw new Error(`hoverText: "${text}" is not on a visible line of the active editor`);

  // The editor's hover controller reacts to mousemove events inside the
  // editor; a single move that *enters* the editor was measured not to open
  // the hover. So wiggle by a pixel (two moves inside), and again while no
  // hover appears.
  const hover = page.locator('.monaco-editor .monaco-hover:visible').first();
  const deadline = Date.now() + timeout;
  for (let i = 0; ; i++) {
    await page.mouse.move(point.x - 1 + (i % 2) * 2, point.y);
    await page.mouse.move(point.x, point.y);
    try {
      await hover.waitFor({ timeout: 1500 });
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`hoverText: no hover appeared over "${text}" within ${timeout} ms`);
    }
  }
  for (;;) {
    const got = (await hover.innerText().catch(() => '')).trim();
    const ok = expect === undefined
      ? got && !/^Loading\.\.\.$/.test(got)
      : (expect instanceof RegExp ? expect.test(got) : got.includes(expect));
    if (ok) {
      // Let the fade-in finish so screenshots show the hover at full opacity.
      await hover.evaluate((e) => Promise.all(e.getAnimations({ subtree: true }).map((a) => a.finished))).catch(() => {});
      return got;
    }
    if (Date.now() > deadline) {
      throw new Error(`hoverText: hover over "${text}" did not ${expect ? `match ${expect}` : 'load'} within ${timeout} ms; it shows: ${JSON.stringify(got)}`);
    }
    await page.waitForTimeout(100); // polling the DOM; not a fixed wait for a result
  }
}

/**
 * Open the Problems panel (Ctrl+Shift+M, only when not already open: the
 * key toggles it) and return the text of its rows: one row per file
 * ("notes.md  /path  1") followed by its markers ("DUMMY DIAG  source  [Ln 1, Col 1]").
 * Waits until there are at least minRows rows and, with `expect`, until
 * some row matches it. minRows: 0 returns whatever is there.
 */
export async function problemsRows(page, { minRows = 1, expect, timeout = 15_000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!await panel.isVisible()) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout });
  }
  const rows = page.locator('.markers-panel .monaco-list-row');
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(NBSP, ' ').replace(/\s+/g, ' ').trim());
    const matched = expect === undefined || texts.some((t) => (expect instanceof RegExp ? expect.test(t) : t.includes(expect)));
    if (texts.length >= minRows && matched) return texts;
    if (Date.now() > deadline) {
      throw new Error(`problemsRows: wanted >= ${minRows} rows${expect ? ` matching ${expect}` : ''} within ${timeout} ms; got ${JSON.stringify(texts)}`);
    }
    await page.waitForTimeout(100);
  }
}

/**
 * Close the notification toasts on screen now (e.g. "open workspace file?")
 * so they do not cover a screenshot. Returns their texts, so a test can still
 * look at them. Toasts that arrive later are not affected.
 */
export async function dismissNotifications(page, { timeout = 5000 } = {}) {
  const toasts = page.locator('.notifications-toasts .notification-toast:visible');
  const texts = (await toasts.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  for (let n = await toasts.count(); n > 0; n = await toasts.count()) {
    const toast = toasts.first();
    // A progress notification (StatLens's file problems, which close once the file is fixed) has Cancel, not ×.
    const clear = toast.locator('.codicon-notifications-clear');
    if (await clear.count()) await clear.click({ timeout });
    else await toast.getByRole('button', { name: 'Cancel' }).click({ timeout });
  }
  return texts;
}

/** Save a PNG of the page to <dir>/<name>.png and return its path. */
export async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
