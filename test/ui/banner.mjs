#!/usr/bin/env node
// Renders media/banner.png (1280×320) from the HTML below with Debian's Chromium, so
// the banner can be regenerated rather than hand-edited: `node test/ui/banner.mjs`.
// Its colour is package.json's galleryBanner.color (the icon's background); the
// fonts are Debian's DejaVu, so the PNG is the same on every machine of this kind.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../harness/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const background = manifest.galleryBanner.color;
const icon = fs.readFileSync(path.join(root, 'media/icon.png')).toString('base64');
const out = path.join(root, 'media/banner.png');

// A line of a note as StatLens marks it: the colours of VS Code's dark theme squiggles.
const html = `<!doctype html><html><head><style>
  html, body { margin: 0; }
  body { width: 1280px; height: 320px; background: ${background}; color: #f5f5f5;
         font-family: 'DejaVu Sans', sans-serif; display: flex; align-items: center; gap: 48px;
         padding: 0 72px; box-sizing: border-box; overflow: hidden; }
  img { width: 176px; height: 176px; flex: none; }
  h1 { font-size: 72px; margin: 0 0 6px; letter-spacing: 1px; }
  p { font-size: 25px; margin: 0 0 26px; color: #c9d3e6; }
  .note { font-family: 'DejaVu Sans Mono', monospace; font-size: 21px; background: #0f1d38;
          border-radius: 8px; padding: 14px 20px; white-space: nowrap; }
  .ok { border-bottom: 3px solid #4ec9b0; }
  .bad { text-decoration: underline wavy #f2b01e; text-underline-offset: 6px; }
  .chip { font-family: 'DejaVu Sans', sans-serif; font-size: 15px; border-radius: 10px;
          padding: 2px 9px; margin-left: 8px; vertical-align: 2px; }
  .chip.ok { border: none; background: #1f5f55; } .chip.bad { text-decoration: none; background: #6b4e12; }
</style></head><body>
  <img src="data:image/png;base64,${icon}" alt="">
  <div>
    <h1>StatLens</h1>
    <p>Checks the statistics in Markdown notes against their sources.</p>
    <div class="note">over <span class="ok">73%</span><span class="chip ok">supported</span>
      &nbsp;·&nbsp; <span class="bad">78%</span><span class="chip bad">source says 73%</span>
      &nbsp;·&nbsp; <span class="bad">12 million</span><span class="chip bad">no source</span></div>
  </div>
</body></html>`;

const browser = await launchChromium({ viewport: { width: 1280, height: 320 } });
try {
  await browser.page.setContent(html);
  await browser.page.evaluate(() => document.fonts.ready);
  await browser.page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1280, height: 320 } });
  console.log(`wrote ${path.relative(root, out)} (${fs.statSync(out).size} bytes)`);
} finally {
  await browser.close();
}
