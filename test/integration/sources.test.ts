import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { makePdf } from '../support/pdf';
import { activate, codeOf, diagnosticsOf, hoverOver, waitFor, workspaceFile } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
/** The hover as a reader sees it: the core escapes every punctuation mark. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

const SURVEY = `---
title: Platform survey 2026
publisher: Example Research
date: 2026-03-01
---

# Platform survey

According to the survey, **41%** of platform teams now run an open model
in production, up from 28% a year earlier.

Budgets moved too: 63% of platform teams plan to grow their open-model spend.
`;

const PAGE = `<!doctype html><html><head><title>Inference costs</title>
<meta property="og:site_name" content="Example Blog"><meta property="article:published_time" content="2026-02-10">
</head><body><nav>Home · About · 99% uptime</nav><article><h1>Inference costs</h1>
<p>Serving costs fell sharply this year. By our measurements, self-hosted inference is now 4.5x cheaper than the hosted APIs we compared for steady workloads.</p>
</article></body></html>`;

const NOTE = `# Platform notes

By 2026, 41% of platform teams run an open model in production.

Self-hosted inference is 4.5x cheaper than hosted APIs for steady workloads.

Meanwhile 17% of startups ban open models outright.
`;

/** The records a hover's "Open source at quote" link opens: the id in its command arguments. */
function recordIdIn(markdown: string): string | undefined {
  const link = /\(command:statlens\.openArticle\?([^)]+)\)/.exec(markdown);
  return link ? (JSON.parse(decodeURIComponent(link[1])) as string[])[0] : undefined;
}

describe('sources in .statlens.json (real VS Code)', () => {
  const dir = () => workspaceFile('research/sourced');
  const file = (name: string) => vscode.Uri.joinPath(dir(), name);

  before(async () => {
    await activate();
    await vscode.workspace.fs.writeFile(file('.statlens.json'), encode('{\n  // read directly\n  "sources": ["sources/**"]\n}\n'));
    await vscode.workspace.fs.writeFile(file('note.md'), encode(NOTE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('quotes a Markdown source in the hover soon after it is written, and leaves other figures unsupported', async () => {
    const document = await vscode.workspace.openTextDocument(file('note.md'));
    await vscode.window.showTextDocument(document);
    const before = await diagnosticsOf(document);
    assert.ok(before.some((d) => document.getText(d.range) === '41%' && codeOf(d) === 'statlens.unsupported'), 'no source yet: 41% is unsupported');

    const written = Date.now();
    await vscode.workspace.fs.writeFile(file('sources/survey.md'), encode(SURVEY));
    const hover = await waitFor(() => hoverOver(document, '41%'), (h) => plain(h).includes('Platform survey 2026'), 'the hover to quote the new source', 10_000);
    const latency = Date.now() - written;
    console.log(`    (hover quoted the source ${latency} ms after it was written)`);
    assert.ok(latency < 5_000, `the hover quoted the source after ${latency} ms`);

    const shown = plain(hover);
    // The hover names the writer's own document, not "the dataset".
    assert.match(shown, /\*\*41%\*\* · supported by \*Platform survey 2026\* \(Example Research, 2026\) · \[Open source at quote\]/);
    assert.match(shown, /According to the survey, \*\*41%\*\* of platform teams now run an open model in production, up from 28% a year earlier\./);
    assert.match(shown, /\*Platform survey 2026\* — Example Research, March 1, 2026/);
    assert.match(shown, /\[Open source at quote\]\(command:statlens\.openArticle/);

    // A figure the source does not state stays unsupported, and its hover does not quote the source.
    const other = plain(await hoverOver(document, '17%'));
    assert.match(other, /unsupported/);
    assert.doesNotMatch(other, /Platform survey/);
    const after = await diagnosticsOf(document);
    assert.deepEqual(
      after.filter((d) => ['41%', '17%'].includes(document.getText(d.range))).map((d) => [document.getText(d.range), codeOf(d)]),
      [['17%', 'statlens.unsupported']],
    );

    // "Open source at quote" opens the Markdown file itself with the sentence selected.
    const id = recordIdIn(hover);
    assert.ok(id, hover);
    await vscode.commands.executeCommand('statlens.openArticle', id);
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('/sources/survey.md') === true, 'the source to open');
    const selected = editor!.document.getText(editor!.selection);
    assert.ok(selected.startsWith('According to the survey, **41%**') && selected.endsWith('a year earlier.'), selected);
  });

  it('opens a saved web page as the text StatLens read, at the quote', async () => {
    await vscode.workspace.fs.writeFile(file('sources/costs.html'), encode(PAGE));
    const document = await vscode.workspace.openTextDocument(file('note.md'));
    await vscode.window.showTextDocument(document);
    const hover = await waitFor(() => hoverOver(document, '4.5x'), (h) => plain(h).includes('Inference costs'), 'the hover to quote the page', 15_000);
    assert.match(plain(hover), /— Example Blog, February 10, 2026/);
    await vscode.commands.executeCommand('statlens.openArticle', recordIdIn(hover));
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'statlens-source', 'the extracted text to open');
    assert.equal(editor!.document.getText(editor!.selection), 'By our measurements, self-hosted inference is now 4.5x cheaper than the hosted APIs we compared for steady workloads.');
    assert.doesNotMatch(editor!.document.getText(), /99% uptime/, 'the page navigation is not part of the text read');
  });

  it('reads a PDF in the desktop extension (pdfjs-dist from dist/pdfjs, as the .vsix ships it) and opens it at the quote, on its page', async () => {
    const pdf = makePdf(
      [
        ['Quarterly infrastructure review', '', 'Spending on GPUs held steady this quarter.'],
        ['Second page', '', 'Across the fleet, utilisation reached 87% of', 'provisioned capacity during peak weeks.'],
      ],
      { title: 'Fleet review Q1', created: 'D:20260315120000Z' },
    );
    await vscode.workspace.fs.writeFile(file('sources/fleet.pdf'), new Uint8Array(pdf));
    const document = await vscode.workspace.openTextDocument(file('note.md'));
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\nAcross the fleet, utilisation reached 87% of provisioned capacity during peak weeks.\n');
    await vscode.workspace.applyEdit(edit);
    const hover = await waitFor(() => hoverOver(document, '87%'), (h) => plain(h).includes('Fleet review Q1'), 'the hover to quote the PDF', 15_000);
    await vscode.commands.executeCommand('statlens.openArticle', recordIdIn(hover));
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('/fleet.pdf.txt') === true, 'the PDF text to open');
    const text = editor!.document.getText();
    assert.equal(editor!.document.getText(editor!.selection), 'Across the fleet, utilisation reached 87% of provisioned capacity during peak weeks.');
    assert.ok(text.indexOf('— page 2 —') < editor!.document.offsetAt(editor!.selection.start) && text.indexOf('— page 2 —') > text.indexOf('— page 1 —'), text);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(file('sources/fleet.pdf'));
  });

  it('reports a binary source in one line and keeps using the others', async () => {
    const api = await activate();
    await vscode.workspace.fs.writeFile(file('sources/figure.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const document = await vscode.workspace.openTextDocument(file('note.md'));
    await vscode.window.showTextDocument(document);
    const notices = await waitFor(() => api.openNotices(), (n) => n.some((m) => m.includes('figure.png')), 'a notice about the binary source');
    assert.deepEqual(notices.filter((m) => m.includes('figure.png')), ['StatLens: source research/sourced/sources/figure.png: a binary file, not text (Markdown, plain text, HTML). The other sources and datasets are still used.']);
    await waitFor(() => hoverOver(document, '41%'), (h) => plain(h).includes('Platform survey 2026'), 'the other sources to keep supporting the note');
    await vscode.workspace.fs.delete(file('sources/figure.png'));
    await waitFor(() => api.openNotices(), (n) => !n.some((m) => m.includes('figure.png')), 'the notice to close once the file is gone');
    // A page with no text: its own line, while the HTML reader and the other page keep working.
    await vscode.workspace.fs.writeFile(file('sources/empty.html'), encode('<!doctype html><html><body><nav></nav></body></html>'));
    await waitFor(() => api.openNotices(), (n) => n.some((m) => m.includes('empty.html: no text found in the page')), 'a notice about the empty page');
    await waitFor(() => hoverOver(document, '4.5x'), (h) => plain(h).includes('Inference costs'), 'the other page to keep supporting the note');
    await vscode.workspace.fs.delete(file('sources/empty.html'));
  });

  it('finds a source its file watcher never reports (written just as the config was first read, or in a folder files.watcherExclude leaves out)', async () => {
    // A watcher starts some time after it is asked for, and an excluded folder never reports: the list is read again once it has settled.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('watcherExclude', { '**/unwatched/**': true }, vscode.ConfigurationTarget.Workspace);
    const folder = workspaceFile('research/unwatched-sources');
    const at = (name: string) => vscode.Uri.joinPath(folder, name);
    try {
      await vscode.workspace.fs.writeFile(at('.statlens.json'), encode('{ "sources": ["unwatched/**"] }'));
      await vscode.workspace.fs.writeFile(at('note.md'), encode(NOTE));
      const document = await vscode.workspace.openTextDocument(at('note.md'));
      await vscode.window.showTextDocument(document);
      // The config has been read and its sources listed (none yet) before the source is written.
      assert.ok((await diagnosticsOf(document)).some((d) => document.getText(d.range) === '41%' && codeOf(d) === 'statlens.unsupported'));
      await vscode.workspace.fs.writeFile(at('unwatched/survey.md'), encode(SURVEY));
      await waitFor(() => hoverOver(document, '41%'), (h) => plain(h).includes('Platform survey 2026'), 'the hover to quote the source no watcher reported', 15_000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      await files.update('watcherExclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"bundled": false leaves the bundled article out', async () => {
    const document = await vscode.workspace.openTextDocument(file('note.md'));
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\nIn 2026, over 73% of enterprises run at least one open-source AI model in production.\n');
    await vscode.workspace.applyEdit(edit);
    await waitFor(() => hoverOver(document, '73%'), (h) => /supported by the dataset/.test(plain(h)), 'the bundled article to support 73%');
    await vscode.workspace.fs.writeFile(file('.statlens.json'), encode('{ "sources": ["sources/**"], "bundled": false }'));
    await waitFor(() => hoverOver(document, '73%'), (h) => /unsupported/.test(plain(h)), '73% to be unsupported without the bundled article');
    assert.match(plain(await hoverOver(document, '41%')), /Platform survey 2026/, 'the sources still count');
    await vscode.workspace.fs.writeFile(file('.statlens.json'), encode('{\n  // read directly\n  "sources": ["sources/**"]\n}\n'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Add Source adds the active document to the config, through its QuickPick', async () => {
    const extra = file('reading/brief.txt');
    await vscode.workspace.fs.writeFile(extra, encode('Brief\n\nAnalysts expect 12% growth in open-model hiring next year.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(extra));
    const added = vscode.commands.executeCommand<string | undefined>('statlens.addSource');
    // The first item is the active document; accept it once the QuickPick is up.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return Promise.race([added.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 200))]);
      },
      (done) => done,
      'the QuickPick to take the active document',
    );
    assert.equal(await added, 'reading/brief.txt');
    const config = decode(await vscode.workspace.fs.readFile(file('.statlens.json')));
    assert.match(config, /\/\/ read directly/, 'the comment is kept');
    assert.deepEqual(JSON.parse(config.replace(/\/\/.*$/gm, '')), { sources: ['sources/**', 'reading/brief.txt'] });
    // Added twice, nothing changes.
    assert.equal(await vscode.commands.executeCommand('statlens.addSource', extra), undefined);
    assert.equal(decode(await vscode.workspace.fs.readFile(file('.statlens.json'))), config);
  });

  it('Show Source Statistics lists each source, then its records, and opens the source at the sentence', async () => {
    const shown = vscode.commands.executeCommand<vscode.TextEditor | undefined>('statlens.showSourceStatistics');
    const pickFirst = async (what: string, done: () => boolean) =>
      waitFor(
        async () => {
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
          await new Promise((r) => setTimeout(r, 200));
          return done();
        },
        (ok) => ok,
        what,
      );
    let settled = false;
    void shown.then(() => (settled = true));
    // Sources are listed by path: reading/brief.txt first, its one record next.
    await pickFirst('the source and record pickers to take the first item', () => settled);
    const editor = await shown;
    assert.ok(editor);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, file('reading/brief.txt').path);
    assert.equal(editor.document.getText(editor.selection), 'Analysts expect 12% growth in open-model hiring next year.');
  });
});
