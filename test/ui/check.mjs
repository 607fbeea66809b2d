#!/usr/bin/env node
// What a person sees: packages StatLens as a .vsix, installs it into a real VS Code
// (code-server), opens a note, hovers a figure, reads the Problems panel and the
// status bar, and saves screenshots (test-results/ui/; --readme also refreshes the
// README's screenshots in media/screenshots/).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dismissNotifications, hoverText, openFile, problemsRows, screenshot, withWorkbench } from '../harness/ui.mjs';
import { vsixEntries } from '../harness/vsix.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'test-results/ui');
const readme = process.argv.includes('--readme');

/** Builds the .vsix the way a user gets it (npm run package), into a temp folder. */
function packageVsix(dir) {
  const vsix = path.join(dir, 'statlens.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}

/**
 * The package stays small and ships what the extension runs, never the tests,
 * sources, source maps or the demo's sample notes. The budget was 1 MB; the PDF
 * reader (pdfjs-dist's legacy build and worker, 527 KB compressed) is allowed to
 * take it to under 2 MB (issue 11: "the .vsix stays under 2 MB or PDF stays in the CLI").
 */
function assertPackageContents(vsix) {
  const size = fs.statSync(vsix).size;
  assert.ok(size < 2_000_000, `the .vsix is ${size} bytes, over 2 MB`);
  const names = vsixEntries(vsix).map((e) => e.name);
  for (const needed of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/media/icon.png', 'extension/dist/pdfjs/pdf.mjs', 'extension/dist/pdfjs/pdf.worker.mjs']) {
    assert.ok(names.includes(needed), `the .vsix holds ${needed}: ${names.join(', ')}`);
  }
  // The README is the extension's page in VS Code: every image it shows ships with it.
  const images = [...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/\]\((media\/[^)\s]+\.png)\)/g)].map((m) => `extension/${m[1]}`);
  assert.deepEqual(images.filter((i) => !names.includes(i)), [], 'every image the README shows is in the .vsix');
  const unwanted = names.filter((n) => /^extension\/(test|src|out|node_modules|media\/examples)\/|\.map$/.test(n));
  assert.deepEqual(unwanted, [], 'no tests, sources, source maps or sample notes in the .vsix');
  console.log(`ui check: ${path.basename(vsix)} is ${(size / 1024).toFixed(0)} KB, ${names.length} files`);
}

/**
 * The same package without its Node entry, as vscode.dev and github.dev would run it:
 * code-server then loads the "browser" build in its web-worker extension host.
 */
function packageWebOnlyVsix(dir) {
  const stage = path.join(dir, 'web-only');
  fs.mkdirSync(stage);
  for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'dist', 'media']) fs.cpSync(path.join(root, f), path.join(stage, f), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete manifest.main;
  manifest.scripts = {};
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = path.join(dir, 'statlens-web.vsix');
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}

/** A saved web page as a writer keeps one in sources/: navigation and footer around the article. */
const SAVED_PAGE = `<!doctype html><html><head><title>Inference costs at steady load</title>
<meta property="og:site_name" content="Example Infra Blog"><meta property="article:published_time" content="2026-02-10">
</head><body><nav>Home · Pricing · 99.9% uptime</nav><article><h1>Inference costs at steady load</h1>
<p>Serving costs fell sharply this year. By our measurements, self-hosted inference is now 4.5x cheaper than the hosted APIs we compared for steady workloads.</p>
<p>Cold starts remain the exception: bursty traffic still favours hosted endpoints.</p>
</article><footer>© 2026</footer></body></html>`;

/** A folder whose .statlens.json reads sources/, with the saved page and a note quoting it. */
function writeSourcedFolder(folder) {
  const sourced = path.join(folder, 'sourced');
  fs.mkdirSync(path.join(sourced, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(sourced, '.statlens.json'), '{ "sources": ["sources/**"] }\n');
  fs.writeFileSync(path.join(sourced, 'sources/inference-costs.html'), SAVED_PAGE);
  fs.writeFileSync(path.join(sourced, 'costs.md'), '# Cost notes\n\nSelf-hosted inference is now 4.5x cheaper than hosted APIs for steady workloads.\n');
}

/** The hover over the note's 4.5x once it quotes the saved page. */
async function sourceHover(page) {
  await openFile(page, 'sourced/costs.md', { expectText: 'Self-hosted inference' });
  // The source chip comes with the check that read the folder's sources; hovering before it would
  // also show the first check's diagnostic, made with the bundled dataset alone.
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => /4\.5x\s*· Example Infra Blog 2026/.test(l.textContent.replace(/\u00a0/g, ' '))), undefined, { timeout: 30_000 });
  await dismissNotifications(page);
  const hover = await hoverText(page, '4.5x', { expect: /Open source at quote/, timeout: 30_000 });
  assert.doesNotMatch(hover, /has no source/);
  assert.match(hover, /4\.5x · supported by Inference costs at steady load \(Example Infra Blog, 2026\) · Open source at quote/);
  assert.match(hover, /self-hosted inference is now 4\.5x cheaper than the hosted APIs/);
  assert.match(hover, /Inference costs at steady load — Example Infra Blog, February 10, 2026/);
  return hover;
}

/** A notebook whose brief and survey notes disagree on the reader poll's figure; the deck quotes the dataset. */
function writeNotebook(folder) {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'brief.md'), '# Brief\n\nIn our reader poll, 41% of subscribers read the newsletter on their phones.\n\nIn 2026, over 73% of enterprises run at least one open-source AI model in production.\n');
  fs.writeFileSync(path.join(folder, 'survey.md'), '# Reader poll\n\nOur reader poll found that 38% of subscribers read the newsletter on their phones.\n\nThe poll ran for 6 weeks.\n');
  fs.writeFileSync(path.join(folder, 'deck.md'), '# Deck\n\n- In 2026, over 73% of enterprises run at least one open-source AI model in production.\n- One vendor deck claims 78% of enterprises use open-source AI models in production.\n');
}

/** The notebook in code-server: statlens.inconsistent in both notes, linked to the other, and the Claims view. */
async function notebookViews(page) {
  await page.setViewportSize({ width: 1280, height: 760 });
  await openFile(page, 'brief.md', { expectText: 'reader poll, 41%' });
  await problemsRows(page, { minRows: 2, expect: /41% disagrees with 38% in survey\.md, line 3/, timeout: 60_000 });
  // The related information, a row of its own under the diagnostic, links to the other note's figure.
  await problemsRows(page, { minRows: 3, expect: /^survey\.md\s*\[Ln 3, Col \d+\]\s*: 38% in survey\.md, line 3$/, timeout: 30_000 });
  await dismissNotifications(page);
  const hover = await hoverText(page, '41%', { expect: /disagrees with 38%/, timeout: 30_000 });
  assert.match(hover, /41% disagrees with 38% in survey\.md, line 3/);
  // The editor and the panel: the note, the hover and the Problems panel down to the related row.
  const editorPart = await page.locator('.part.editor').boundingBox();
  const related = await page.locator('.markers-panel .monaco-list-row').last().boundingBox();
  const consistencyShot = path.join(shots, 'inconsistent-hover-and-problems.png');
  await page.screenshot({ path: consistencyShot, clip: { x: editorPart.x, y: editorPart.y, width: editorPart.width, height: related.y + related.height + 12 - editorPart.y } });
  if (readme) fs.copyFileSync(consistencyShot, path.join(root, 'media/screenshots/inconsistent.png'));

  // The survey's note says so too, the other way.
  await openFile(page, 'survey.md', { expectText: 'found that 38%' });
  await problemsRows(page, { minRows: 2, expect: /38% disagrees with 41% in brief\.md, line 3/, timeout: 30_000 });
  console.log('ui check: statlens.inconsistent in both notes, each linked to the other');

  // The Claims view in the Explorer, by status then note, with the folder's pane folded so it has the room.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const folderPane = page.locator('.pane-header', { hasText: /^\s*notebook/i }).first();
  if ((await folderPane.getAttribute('aria-expanded')) === 'true') await folderPane.click();
  const header = page.locator('.pane-header', { hasText: /^\s*Claims/i }).first();
  await header.waitFor({ timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  const claims = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Claims/i }) }).first();
  await claims.locator('.monaco-list-row', { hasText: /conflicting/i }).first().waitFor({ timeout: 30_000 });
  // Open every group, so the figures show.
  const collapsed = claims.locator('.monaco-list-row[aria-expanded="false"]');
  for (let n = 0; n < 12 && (await collapsed.count()) > 0; n++) {
    await collapsed.first().click();
    await page.waitForTimeout(200);
  }
  const rows = claims.locator('.monaco-list-row');
  // A row's label and description, without the space the layout puts between them.
  const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ''));
  for (const row of ['conflicting1', 'deck.md1', '78%line4', 'unsupported2', '41%line3', '38%line3', 'supported2', '73%line5', '73%line3']) {
    assert.ok(texts.includes(row), `the Claims view shows "${row}": ${texts.join(' / ')}`);
  }
  // Down to the last row, with the editor's note beside it.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const last = await rows.last().boundingBox();
  const claimsShot = path.join(shots, 'claims-view.png');
  await page.screenshot({ path: claimsShot, clip: { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: last.y + last.height + 16 - sidebar.y } });
  if (readme) fs.copyFileSync(claimsShot, path.join(root, 'media/screenshots/claims-view.png'));
  console.log(`ui check: the Claims view lists the notebook: ${texts.join(' / ')}`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-ui-check-'));
const started = Date.now();
try {
  const vsix = packageVsix(tmp);
  assertPackageContents(vsix);
  const folder = path.join(tmp, 'research');
  fs.cpSync(path.join(root, 'test/fixtures/workspace/research'), folder, { recursive: true });
  await withWorkbench({ folder, vsix, timeout: 60_000 }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 760 });
    await openFile(page, 'overview.md', { expectText: 'One vendor deck claims 78%' });

    const rows = await problemsRows(page, { minRows: 5, expect: /78% conflicts with the source/, timeout: 30_000 });
    assert.ok(rows.some((r) => /overview\.md/.test(r)), `a file row for overview.md: ${rows.join(' / ')}`);
    assert.ok(rows.some((r) => /12 million has no source.*StatLens/.test(r)), `the unsupported figure: ${rows.join(' / ')}`);
    assert.ok(rows.some((r) => /5\.2 million is the figure for 2026, not 2024/.test(r)), `the year conflict: ${rows.join(' / ')}`);

    // The note is shown at once with what is known (the bundled dataset), then again once its
    // folder's datasets are read: the team dataset then supports 61%.
    const status = page.locator('.statusbar-item', { hasText: /6 stats · 1 unsupported · 2 conflicting/ }).first();
    await status.waitFor({ timeout: 30_000 }).catch(async () => {
      const shown = await page.locator('.statusbar-item', { hasText: /stats/ }).first().innerText();
      assert.fail(`the status bar never said "6 stats · 1 unsupported · 2 conflicting": ${shown}`);
    });

    // The fixture's broken dataset is reported in a notification, which closes once the file is fixed.
    const notice = page.locator('.notifications-toasts .notification-toast', { hasText: 'broken.statlens-dataset.json' });
    await notice.waitFor({ timeout: 30_000 });
    await screenshot(page, shots, 'notice-broken-dataset');
    const broken = path.join(folder, 'datasets/broken.statlens-dataset.json');
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace('"year": 20260', '"year": 2026'));
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    console.log('ui check: the dataset notification closed once the file was fixed');

    // Source chips: "· NWCast 2026" after the supported 73%.
    await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => /73%\s*· NWCast 2026/.test(l.textContent.replace(/\u00a0/g, ' '))), undefined, { timeout: 30_000 });
    const chipsShot = await screenshot(page, shots, 'source-chips');
    if (readme) fs.copyFileSync(chipsShot, path.join(root, 'media/screenshots/source-chips.png'));

    // A diagnostic's code link opens the README the package holds (readme.md) at the code's section.
    await page.locator('.markers-panel .monaco-list-row a', { hasText: 'statlens.conflicting' }).first().click();
    await page.locator('.tabs-container .tab.active .label-name', { hasText: /^readme\.md$/ }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ') === '### statlens.conflicting'));
    await screenshot(page, shots, 'code-link-readme');
    await page.keyboard.press('Control+W');
    await openFile(page, 'overview.md', { expectText: 'One vendor deck claims 78%' });

    await dismissNotifications(page);
    const hover = await hoverText(page, '78%', { expect: /source says/, timeout: 30_000 });
    assert.match(hover, /78% · conflicts with the dataset · Open in article/);
    assert.match(hover, /The note says 78%; the source says 73%/);
    assert.match(hover, /Dataset: 73% · NWCast, 2026/);
    // "Open in article" is in view at the top of the hover, above the quote, not below the fold.
    const hoverBox = page.locator('.monaco-editor .monaco-hover:visible').first();
    const openLink = hoverBox.locator('a', { hasText: 'Open in article' });
    const [box, link] = [await hoverBox.boundingBox(), await openLink.boundingBox()];
    assert.ok(link.y >= box.y && link.y + link.height <= box.y + box.height, `the link is inside the visible hover: ${JSON.stringify({ box, link })}`);
    const quoteTop = await hoverBox.locator('blockquote').first().boundingBox();
    assert.ok(link.y < quoteTop.y, 'the link is above the quote');
    const hoverShot = await screenshot(page, shots, 'hover-and-problems');

    // Opened from the hover, the article wraps, so the whole quote is on screen.
    // (On a loaded machine the hover can close under the pointer before the click lands: hover again, at most twice more.)
    const articleTab = page.locator('.tabs-container .tab.active .label-name', { hasText: 'The Rise of Open-Source AI Models' });
    await openLink.click();
    for (let attempt = 1; attempt <= 2 && !(await articleTab.waitFor({ timeout: 20_000 }).then(() => true, () => false)); attempt++) {
      console.log(`ui check: the article did not open from the hover; hovering again (${attempt})`);
      await hoverText(page, '78%', { expect: /source says/, timeout: 30_000 });
      await page.locator('.monaco-editor .monaco-hover:visible a', { hasText: 'Open in article' }).first().click();
    }
    await articleTab.waitFor();
    const quoteEnd = await page.waitForFunction(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor')?.getBoundingClientRect();
      // The quote's last word (a wrap may split a phrase across view lines, never a word); the lede is the first "free.".
      const byTop = [...document.querySelectorAll('.editor-instance .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      for (const line of byTop) {
        const text = line.textContent.replace(/\u00a0/g, ' ');
        const at = text.indexOf('free.');
        if (at < 0) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (seen + n.data.length > at) {
            const range = document.createRange();
            range.setStart(n, at - seen);
            range.setEnd(n, Math.min(n.data.length, at - seen + 5));
            const r = range.getBoundingClientRect();
            return r.right <= editor.right && r.left >= editor.left ? { right: r.right, editorRight: editor.right } : null;
          }
          seen += n.data.length;
        }
      }
      return null;
    }, undefined, { timeout: 30_000 });
    assert.ok(await quoteEnd.jsonValue(), 'the end of the quote is on screen');
    await screenshot(page, shots, 'article-wrapped');
    await page.keyboard.press('Control+W');

    // "Show Dataset", then the bundled dataset: the article's statistics, its repeated 73% once.
    await page.keyboard.press('F1');
    await page.keyboard.type('StatLens: Show Dataset');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Dataset' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Bundled with StatLens' }).first().click();
    await page.locator('.quick-input-title', { hasText: 'Open the article at a statistic' }).waitFor();
    await page.keyboard.type('73%');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'stated 2 times in the article' }).waitFor();
    const labels = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    assert.deepEqual(labels.filter((l) => l.trim() === '73%'), ['73%'], `73% once: ${labels.join(' / ')}`);
    await screenshot(page, shots, 'show-dataset-73');
    await page.keyboard.press('Escape');
    await openFile(page, 'overview.md', { expectText: 'One vendor deck claims 78%' });

    const supported = await hoverText(page, '73%', { expect: /supported by the dataset/, timeout: 30_000 });
    assert.match(supported, /In 2026, over 73% of enterprises are using at least one open-source AI model/);
    await screenshot(page, shots, 'hover-supported');

    if (readme) fs.copyFileSync(hoverShot, path.join(root, 'media/screenshots/hover-and-problems.png'));
    console.log(`ui check: hover, Problems panel and status bar as expected; screenshots in ${path.relative(root, shots)}`);

    // A saved web page dropped into sources/: the hover quotes it, and opens it at the quote.
    writeSourcedFolder(folder);
    await sourceHover(page);
    const editorBox = await page.locator('.editor-instance .monaco-editor').first().boundingBox();
    const shownHover = await page.locator('.monaco-editor .monaco-hover:visible').first().boundingBox();
    const sourceShot = path.join(shots, 'source-hover.png');
    await page.screenshot({ path: sourceShot, clip: { x: editorBox.x, y: editorBox.y, width: Math.min(editorBox.width, 900), height: Math.min(editorBox.height, shownHover.y + shownHover.height + 40 - editorBox.y) } });
    if (readme) fs.copyFileSync(sourceShot, path.join(root, 'media/screenshots/source-hover.png'));
    await page.locator('.monaco-editor .monaco-hover:visible a', { hasText: 'Open source at quote' }).first().click();
    await page.locator('.tabs-container .tab.active .label-name', { hasText: 'inference-costs.html.txt' }).waitFor();
    await screenshot(page, shots, 'source-opened-at-quote');
    await page.keyboard.press('Control+W');
    console.log('ui check: a saved web page in sources/ is quoted in the hover and opens at the quote');

    // datasets/hostile.statlens-dataset.json holds links, command: links, HTML and <script>:
    // VS Code's own hover renderer must show all of it as text, with no link or element made from it.
    // One word: the source chip after 29% (the hostile dataset's long source) sits in the line and wraps it.
    await openFile(page, 'agents.md', { expectText: 'sandbox' });
    await dismissNotifications(page);
    const shown = await hoverText(page, '29%', { expect: /Hostile|Evil|supported by the dataset/, timeout: 30_000 });
    for (const text of ['<script>alert(1)</script>', '[run](command:workbench.action.files.newUntitledFile)', '[js](javascript:alert(1))', 'https://evil.example/x', '<b>Labs</b>']) {
      assert.ok(shown.includes(text), `the hover shows ${text} as text: ${shown}`);
    }
    const made = await page.locator('.monaco-editor .monaco-hover:visible').first().evaluate((hover) => ({
      links: [...hover.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? a.getAttribute('data-href') ?? a.textContent),
      elements: [...hover.querySelectorAll('script, img, b, iframe')].map((e) => e.outerHTML),
    }));
    assert.deepEqual(made, { links: [], elements: [] }, 'no link or element from the dataset in the rendered hover');
    await screenshot(page, shots, 'hover-hostile-dataset');
    console.log('ui check: dataset text in a hover renders as plain text');
  });

  // Two notes that disagree, and the Claims view, in a notebook of its own (the research fixture turns the rule off).
  const notebook = path.join(tmp, 'notebook');
  writeNotebook(notebook);
  await withWorkbench({ folder: notebook, vsix, timeout: 60_000 }, ({ page }) => notebookViews(page));

  // The browser build, in the web-worker extension host.
  const webVsix = packageWebOnlyVsix(tmp);
  const webFolder = path.join(tmp, 'research-web');
  fs.cpSync(path.join(root, 'test/fixtures/workspace/research'), webFolder, { recursive: true });
  writeSourcedFolder(webFolder);
  await withWorkbench({ folder: webFolder, vsix: webVsix, timeout: 60_000 }, async ({ page }) => {
    await openFile(page, 'overview.md', { expectText: 'One vendor deck claims 78%' });
    let rows = await problemsRows(page, { minRows: 5, expect: /78% conflicts with the source/, timeout: 30_000 });
    // Shown first with the bundled dataset alone, then again once the folder's datasets are read.
    for (const deadline = Date.now() + 30_000; rows.some((r) => /61%/.test(r)) && Date.now() < deadline; ) {
      await page.waitForTimeout(200);
      rows = await problemsRows(page, { minRows: 1, expect: /78% conflicts with the source/ });
    }
    assert.ok(rows.some((r) => /61%/.test(r)) === false, `the user dataset supports 61% on the web too: ${rows.join(' / ')}`);
    await dismissNotifications(page);
    const hover = await hoverText(page, '78%', { expect: /source says/, timeout: 30_000 });
    assert.match(hover, /Dataset: 73% · NWCast, 2026/);
    await screenshot(page, shots, 'web-extension-host');
    console.log('ui check: the browser build works in the web-worker extension host');
    // HTML sources on the web: the browser build of the HTML reader, fetched on the first page.
    await sourceHover(page);
    await screenshot(page, shots, 'web-source-hover');
    console.log('ui check: the web extension reads a saved web page in sources/');
  });
  console.log(`ui check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
