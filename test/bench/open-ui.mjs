#!/usr/bin/env node
// Run by the benchmark: opening a note as a person sees it. One code-server session
// with StatLens loaded from the working tree (not active yet: it activates when a
// Markdown file opens), headless Chromium clicks a note in the Explorer, and the page
// itself records the click and the moment the editor's DOM first holds a squiggle.
// The first note of the session pays for activation; the later ones do not.
//
//   node test/bench/open-ui.mjs <folder> <out.json> [extension folder]   (folder holds note.md, note-2.md …)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openFile, withWorkbench } from '../harness/ui.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [folder, out, extension = root] = process.argv.slice(2);
const NOTES = ['note.md', 'note-2.md', 'note-3.md', 'note-4.md', 'note-5.md'];

/**
 * In the page: the time of the next click, and of the first squiggle drawn after it for
 * this note. The editor reuses its DOM for the next note, so squiggles already drawn
 * (the previous note's) are marked first, and only a new one in the note's tab counts.
 */
function arm(name) {
  const probe = (window.__statlensOpen = { click: undefined, squiggle: undefined });
  const SQUIGGLES = '.editor-instance .monaco-editor .view-overlays [class*="squiggly-"]';
  for (const old of document.querySelectorAll(SQUIGGLES)) old.__statlensOld = true;
  document.addEventListener('mousedown', (e) => (probe.click ??= e.timeStamp), { capture: true, once: true });
  const active = () => document.querySelector('.tabs-container .tab.active .label-name')?.textContent === name;
  const found = () => active() && [...document.querySelectorAll(SQUIGGLES)].some((s) => !s.__statlensOld);
  const observer = new MutationObserver(() => {
    if (probe.click !== undefined && found()) {
      probe.squiggle = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}

const results = [];
await withWorkbench({ folder, extensionDevelopmentPath: extension, timeout: 120_000 }, async ({ page }) => {
  for (const name of NOTES) {
    await page.evaluate(arm, name);
    await openFile(page, name, { timeout: 120_000 });
    const probe = await page.waitForFunction(() => window.__statlensOpen.squiggle !== undefined && window.__statlensOpen, undefined, { timeout: 120_000, polling: 50 });
    const { click, squiggle } = await probe.jsonValue();
    results.push({ note: name, ms: squiggle - click });
  }
});
fs.writeFileSync(out, JSON.stringify(results));
