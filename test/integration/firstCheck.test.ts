import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { StatLensApi } from '../../src/extension/activate';
import { activate, codeOf, diagnosticsOf, waitFor, workspaceFile } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

/** 80% conflicts with the bundled article's 73% of enterprises; with no dataset it is merely unsupported. */
const NOTE = '# Adoption\n\nIn 2026, over 80% of enterprises run at least one open-source AI model in production.\n';

/** The codes of every diagnostics set StatLens publishes for a note, in order, until disposed. */
function recordPublished(api: StatLensApi, uri: vscode.Uri): { codes: string[][]; dispose(): void } {
  const codes: string[][] = [];
  const subscription = api.onDidPublish(({ document, result }) => {
    if (document.uri.toString() === uri.toString()) codes.push((result?.findings ?? []).filter((f) => f.severity !== 'none').map((f) => f.code));
  });
  return { codes, dispose: () => subscription.dispose() };
}

/**
 * Whether `uri`'s first publication came within its open event's own dispatch. StatLens's
 * listener was registered at activation, before this one: a publication seen before this
 * listener runs was made in the open event's turn, so nothing on its path was awaited.
 */
function firstPublicationTiming(api: StatLensApi, uri: vscode.Uri): { beforeOpenReturned(): boolean | undefined; dispose(): void } {
  let opened = false;
  let before: boolean | undefined;
  const published = api.onDidPublish(({ document }) => {
    if (document.uri.toString() === uri.toString() && before === undefined) before = !opened;
  });
  const open = vscode.workspace.onDidOpenTextDocument((d) => d.uri.toString() === uri.toString() && (opened = true));
  return { beforeOpenReturned: () => before, dispose: () => (published.dispose(), open.dispose()) };
}

describe("a note's first check (real VS Code)", () => {
  let api: StatLensApi;
  const dir = () => workspaceFile('research/first-check');
  const file = (name: string) => vscode.Uri.joinPath(dir(), name);

  before(async () => {
    api = await activate();
    await vscode.workspace.fs.writeFile(file('unbundled/.statlens.json'), encode('{ "bundled": false }\n'));
    await vscode.workspace.fs.writeFile(file('unbundled/note.md'), encode(NOTE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('statlens', workspaceFile('research')).update('severity.cited', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('is published while the note opens, before any file-system round trip (no config lookup on its path)', async () => {
    const uri = file('fresh.md');
    await vscode.workspace.fs.writeFile(uri, encode(NOTE));
    // Nothing on the first check's path (the `.statlens.json` lookup included) may be awaited.
    const timing = firstPublicationTiming(api, uri);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await api.settled();
      assert.equal(timing.beforeOpenReturned(), true, 'the first diagnostics were published only after an await');
      assert.deepEqual((await diagnosticsOf(document)).map(codeOf), ['statlens.conflicting']);
    } finally {
      timing.dispose();
    }
  });

  it("honours a .statlens.json never looked up before while the note opens, with no round trip (desktop: read from the host's disk)", async () => {
    // A folder no lookup or listing has seen, its config and note written behind VS Code's
    // back; in team/, whose settings name no dataset, so that the first check need read none.
    const folder = workspaceFile(`team/unseen-${Date.now().toString(36)}`);
    fs.mkdirSync(folder.fsPath, { recursive: true });
    fs.writeFileSync(vscode.Uri.joinPath(folder, '.statlens.json').fsPath, '{ "bundled": false }\n');
    // A .markdown note: the workspace index watches *.md, and its reading a new .md note
    // would look the folder up first (a race this test must not depend on).
    fs.writeFileSync(vscode.Uri.joinPath(folder, 'note.markdown').fsPath, NOTE);
    const uri = vscode.Uri.joinPath(folder, 'note.markdown');
    const published = recordPublished(api, uri);
    const timing = firstPublicationTiming(api, uri);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await api.settled();
      assert.equal(timing.beforeOpenReturned(), true, 'the first diagnostics were published only after an await');
      // Unsupported, never conflicting: the first publication already had the bundled dataset off.
      assert.deepEqual(published.codes[0], ['statlens.unsupported'], JSON.stringify(published.codes));
      assert.deepEqual((await diagnosticsOf(document)).map(codeOf), ['statlens.unsupported']);
    } finally {
      published.dispose();
      timing.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });

  it('never uses the bundled dataset in a folder whose .statlens.json turns it off, not even before the config is read again', async () => {
    const uri = file('unbundled/note.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await api.settled();
    assert.deepEqual((await diagnosticsOf(document)).map(codeOf), ['statlens.unsupported']);
    // A settings change makes every open note's check stale: the note is checked again at
    // once, before its folder is resolved again, from what is known of its config.
    const published = recordPublished(api, uri);
    try {
      await vscode.workspace.getConfiguration('statlens', workspaceFile('research')).update('severity.cited', 'hint', vscode.ConfigurationTarget.WorkspaceFolder);
      await waitFor(() => published.codes.length, (n) => n > 0, 'the note to be checked again after the settings change');
      await api.settled();
      assert.ok(published.codes.every((codes) => !codes.includes('statlens.conflicting')), `a check used the bundled dataset: ${JSON.stringify(published.codes)}`);
      assert.deepEqual(published.codes.at(-1), ['statlens.unsupported']);
    } finally {
      published.dispose();
    }
  });
});
