import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsOf, EXTENSION_ID, openNote, waitFor, workspaceFile } from '../helpers';

// Runs in code-server with workspace trust on and test/fixtures/untrusted/notes open,
// untrusted. notes/.vscode/settings.json names a dataset inside the folder (61%) and
// ../outside.statlens-dataset.json (29%), and sets statlens.maxNoteSize to 1 KB.

const figures = (document: vscode.TextDocument) => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'StatLens').map((d) => `${document.getText(d.range)} ${codeOf(d)}`);
const config = () => vscode.workspace.getConfiguration('statlens', workspaceFile('notes/overview.md'));
const outside = () => vscode.Uri.joinPath(workspaceFile('notes/overview.md'), '..', '..', 'outside.statlens-dataset.json');

describe('an untrusted workspace (real VS Code, Restricted Mode)', () => {
  before(() => activate());

  it('is untrusted, and StatLens runs in it', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('loads the dataset inside the folder, not the one its settings reach with ".." (one message says so)', async () => {
    const api = await activate();
    const { document } = await openNote('notes/overview.md');
    await diagnosticsOf(document, 2);
    assert.deepEqual(figures(document), ['29% statlens.unsupported', '12 million statlens.unsupported'], '61% is supported by the dataset inside the folder; 29% is not, its dataset being outside');
    const summaries = await api.datasets();
    const inside = summaries.find((s) => s.name === 'CIO poll 2026');
    assert.deepEqual([inside?.records, inside?.blocked], [1, undefined]);
    const blocked = summaries.find((s) => s.uri?.path.endsWith('/outside.statlens-dataset.json'));
    assert.equal(blocked?.records, 0);
    assert.match(blocked?.blocked ?? '', /did not load the dataset "\.\.\/outside\.statlens-dataset\.json" from this workspace's settings: it leads out of the workspace folder/);
    const told = api.notifications().filter((m) => m.includes('outside.statlens-dataset.json'));
    assert.deepEqual(told, [blocked?.blocked], 'exactly one notification');
  });

  it("ignores the workspace's statlens.maxNoteSize (a restricted setting), so a repository cannot change the limit", async () => {
    const { document } = await openNote('notes/overview.md');
    assert.ok(new TextEncoder().encode(document.getText()).length > 1024, 'the note is above the 1 KB the folder asks for');
    assert.equal(config().inspect('maxNoteSize')?.workspaceValue ?? config().inspect('maxNoteSize')?.workspaceFolderValue, undefined, 'VS Code withholds the value');
    assert.deepEqual((await diagnosticsOf(document, 2)).filter((d) => codeOf(d) === 'statlens.tooLarge'), []);
  });

  it('does not follow a symbolic link in the folder to a dataset outside it', async () => {
    const api = await activate();
    const link = workspaceFile('notes/datasets/link.statlens-dataset.json');
    fs.symlinkSync(outside().fsPath, link.fsPath);
    const original = config().inspect<string[]>('datasets')?.workspaceValue;
    try {
      await config().update('datasets', ['datasets/poll.statlens-dataset.json', 'datasets/link.statlens-dataset.json'], vscode.ConfigurationTarget.Workspace);
      const linked = await waitFor(async () => (await api.datasets()).find((s) => s.uri?.path.endsWith('/link.statlens-dataset.json')), (s) => s !== undefined, 'the linked dataset in the list');
      assert.match(linked?.blocked ?? '', /"datasets\/link\.statlens-dataset\.json" is a symbolic link, which may lead out of the workspace folder/);
      const { document } = await openNote('notes/overview.md');
      assert.deepEqual(figures((await diagnosticsOf(document), document)), ['29% statlens.unsupported', '12 million statlens.unsupported']);
    } finally {
      await config().update('datasets', original, vscode.ConfigurationTarget.Workspace);
      fs.unlinkSync(link.fsPath);
    }
  });

  it("does not read a config's source through a symbolic link that may lead out of the folder", async () => {
    const api = await activate();
    const root = vscode.Uri.joinPath(workspaceFile('notes/overview.md'), '..');
    const folder = vscode.Uri.joinPath(root, 'sourced');
    const target = vscode.Uri.joinPath(root, '..', 'outside-source.md');
    fs.writeFileSync(target.fsPath, '# Lab survey\n\nAbout 29% of labs sandbox agents before release.\n');
    fs.mkdirSync(vscode.Uri.joinPath(folder, 'sources').fsPath, { recursive: true });
    fs.symlinkSync(target.fsPath, vscode.Uri.joinPath(folder, 'sources', 'survey.md').fsPath);
    fs.writeFileSync(vscode.Uri.joinPath(folder, '.statlens.json').fsPath, '{ "sources": ["sources/**"] }\n');
    fs.writeFileSync(vscode.Uri.joinPath(folder, 'note.md').fsPath, 'About 29% of labs sandbox agents before release.\n');
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'note.md'));
      await vscode.window.showTextDocument(document);
      const told = await waitFor(() => api.notifications().filter((m) => m.includes('survey.md')), (m) => m.length > 0, 'a line about the linked source');
      assert.match(told[0], /not read in this untrusted workspace: "sourced\/sources\/survey\.md" is a symbolic link, which may lead out of the workspace folder/);
      assert.deepEqual(figures((await diagnosticsOf(document), document)), ['29% statlens.unsupported'], 'the linked source supports nothing');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      fs.rmSync(target.fsPath, { force: true });
    }
  });

  it("loads a dataset from anywhere when the user's own settings name it", async () => {
    const original = config().inspect<string[]>('datasets')?.workspaceValue;
    const { document } = await openNote('notes/overview.md');
    try {
      // The folder's value would win over the user's, so take it away for this test.
      await config().update('datasets', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('datasets', [outside().fsPath], vscode.ConfigurationTarget.Global);
      await waitFor(() => figures(document), (f) => f.join() === '61% statlens.unsupported,12 million statlens.unsupported', '29% supported by the user\'s dataset, 61% no longer');
    } finally {
      await config().update('datasets', undefined, vscode.ConfigurationTarget.Global);
      await config().update('datasets', original, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => figures(document), (f) => f.join() === '29% statlens.unsupported,12 million statlens.unsupported', 'the workspace setting back');
  });
});
