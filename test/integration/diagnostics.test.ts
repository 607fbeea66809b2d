import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsOf, openNote, rangeOf, scratchCopy, waitFor } from './helpers';

const summary = (document: vscode.TextDocument, ds: vscode.Diagnostic[]) =>
  ds.map((d) => [document.getText(d.range), codeOf(d), vscode.DiagnosticSeverity[d.severity]] as const);

describe('diagnostics (real VS Code)', () => {
  before(() => activate());

  it('lists unsupported, conflicting and cited figures with range, code, severity and message', async () => {
    const { document } = await openNote('research/overview.md');
    const ds = await diagnosticsOf(document, 4);
    assert.deepEqual(summary(document, ds), [
      ['78%', 'statlens.conflicting', 'Warning'],
      ['12 million', 'statlens.unsupported', 'Warning'],
      ['$33.9 billion', 'statlens.cited', 'Information'],
      ['5.2 million', 'statlens.conflicting', 'Warning'],
    ]);
    const conflict = ds[0];
    assert.equal(conflict.source, 'StatLens');
    assert.deepEqual(conflict.range, rangeOf(document, '78%'));
    assert.equal(conflict.message, '78% conflicts with the source. Dataset: 73% (NWCast, 2026).');
    // The link opens the README the extension folder really holds (vsce packs it as readme.md) at the section's heading.
    const target = (conflict.code as { target: vscode.Uri }).target;
    const readme = new TextDecoder().decode(await vscode.workspace.fs.readFile(target.with({ fragment: '' })));
    const line = /^L(\d+)$/.exec(target.fragment);
    assert.ok(line, `a line fragment: ${target.toString()}`);
    assert.equal(readme.split('\n')[Number(line[1]) - 1], '### statlens.conflicting');
    assert.equal(ds[3].message, '5.2 million is the figure for 2026, not 2024. Dataset: 5.2 million (Hugging Face, 2026).');
  });

  it('honours suppression comments', async () => {
    const { document } = await openNote('research/suppressed.md');
    const ds = await diagnosticsOf(document, 1);
    assert.deepEqual(summary(document, ds), [['38%', 'statlens.unsupported', 'Warning']]);
  });

  it('takes severities from the folder settings (multi-root)', async () => {
    const { document } = await openNote('team/notes.md');
    const ds = await diagnosticsOf(document, 1);
    assert.deepEqual(summary(document, ds), [['61%', 'statlens.unsupported', 'Error']], 'team/ sets unsupported to error and cited to off, and has no CIO poll dataset');
  });

  it('re-checks after an edit, after the debounce', async () => {
    const editor = await scratchCopy('research/suppressed.md');
    await diagnosticsOf(editor.document, 1);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nAnother 47% of teams run evals nightly.\n'));
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length, (n) => n === 2, 'a second diagnostic after typing');
  });

  it('clears a note\'s diagnostics when it is closed', async () => {
    const editor = await scratchCopy('research/overview.md');
    await diagnosticsOf(editor.document, 4);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length, (n) => n === 0, 'diagnostics cleared on close');
  });
});
