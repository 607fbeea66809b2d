import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DatasetSummary } from '../../src/extension/services/datasets';
import { activate, scratchCopy } from './helpers';

describe('commands (real VS Code)', () => {
  before(() => activate());

  it('are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['statlens.insertStatistic', 'statlens.openArticle', 'statlens.checkWorkspace', 'statlens.showDataset']) assert.ok(commands.includes(id), id);
  });

  it('"Open source article" opens the bundled article read-only with the quote selected', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('statlens.openArticle', 'nwcast-time-to-market');
    assert.ok(editor);
    assert.equal(editor.document.uri.scheme, 'statlens-article');
    assert.match(editor.document.getText(editor.selection), /^According to McKinsey's 2026 AI Report, organizations using open-source AI models report 40% faster/);
    assert.equal(vscode.workspace.fs.isWritableFileSystem('statlens-article'), false);
    // Its paragraphs are single lines: it opens in a language of its own, whose word wrap is on.
    assert.equal(editor.document.languageId, 'statlens-article');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'statlens-article' }).get('wordWrap'), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'off', 'plain text elsewhere keeps its own setting');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('type', { text: 'typed' });
    assert.equal(editor.document.getText(), before, 'typing into the article changes nothing');
  });

  it('"Insert statistic…" inserts the figure with its citation', async () => {
    const editor = await scratchCopy('research/suppressed.md');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.equal(await vscode.commands.executeCommand('statlens.insertStatistic', 'nwcast-whisper-downloads'), true);
    const text = editor.document.getText();
    assert.match(text, /\n78 million\[\^nwcast-2026\]Mistral 7B/);
    assert.match(text, /\[\^nwcast-2026\]: NWCast, "The Rise of Open-Source AI Models[^"]*", April 4, 2026\. "[^"\n]*78 million[^"\n]*"/);
  });

  it('"Check all notes in workspace" fills the Problems panel for notes that are not open', async () => {
    const summary = await vscode.commands.executeCommand<{ notes: number; statistics: number; warnings: number; cancelled: boolean }>('statlens.checkWorkspace');
    assert.ok(summary.notes >= 3, JSON.stringify(summary));
    assert.ok(summary.warnings >= 5, JSON.stringify(summary));
    assert.equal(summary.cancelled, false);
    const all = vscode.languages.getDiagnostics().filter(([uri, ds]) => uri.path.endsWith('/team/notes.md') && ds.some((d) => d.source === 'StatLens'));
    assert.equal(all.length, 1);
  });

  it('"Show dataset" lists the datasets in use and their records', async () => {
    const pending = vscode.commands.executeCommand<DatasetSummary[]>('statlens.showDataset');
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const summaries = await pending;
    const byName = Object.fromEntries(summaries.map((s) => [s.name, s]));
    assert.equal(byName['NWCast: The Rise of Open-Source AI Models (2026)'].records, 33);
    assert.equal(byName['CIO poll 2026'].records, 1);
    assert.deepEqual([byName['research/datasets/broken.statlens-dataset.json']?.records, byName['research/datasets/broken.statlens-dataset.json']?.problems], [0, 1]);
  });
});
