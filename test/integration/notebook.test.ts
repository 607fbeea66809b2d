import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsOf, openNote, waitFor, workspaceFile } from './helpers';

/** The chips VS Code's own inlay hint command returns for a whole note: [figure before it, label, command]. */
async function chips(document: vscode.TextDocument): Promise<string[][]> {
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
  return hints.map((h) => {
    const parts = typeof h.label === 'string' ? [{ value: h.label, command: undefined }] : h.label;
    const before = document.getText(new vscode.Range(h.position.translate(0, -3), h.position));
    // The command of a label part does not survive the round trip through executeInlayHintProvider
    // (it comes back undefined), so the tooltip, which names the quote, stands for what a click opens.
    return [before, parts.map((p) => p.value).join(''), parts.map((p) => String(p.tooltip ?? '')).join('')];
  });
}

function labelOf(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

describe('source chips and the fact-check sheet (real VS Code)', () => {
  before(() => activate());

  afterEach(async () => {
    await vscode.workspace.getConfiguration('statlens').update('sourceChips', undefined, vscode.ConfigurationTarget.Global);
  });

  it('puts a chip after each supported figure that opens its source, and follows statlens.sourceChips', async () => {
    const { document } = await openNote('research/overview.md');
    await diagnosticsOf(document, 4);
    assert.deepEqual((await chips(document)).map((c) => c.slice(0, 2)), [['73%', '· NWCast 2026'], ['61%', '· Example CIO Poll 2026']]);
    assert.match((await chips(document))[0][2], /^NWCast, 2026: "In 2026, over 73% of enterprises are using at least one open-source AI model/);

    await vscode.workspace.getConfiguration('statlens').update('sourceChips', 'all', vscode.ConfigurationTarget.Global);
    const all = [
      ['73%', '· NWCast 2026'],
      ['78%', '· NWCast 2026: 73%'],
      ['61%', '· Example CIO Poll 2026'],
      ['ion', '· Hugging Face 2026: 5.2 million'],
    ];
    await waitFor(async () => (await chips(document)).map((c) => c.slice(0, 2)), (c) => JSON.stringify(c) === JSON.stringify(all), 'a chip after the conflicting figures too');
    await vscode.workspace.getConfiguration('statlens').update('sourceChips', 'off', vscode.ConfigurationTarget.Global);
    await waitFor(() => chips(document), (c) => c.length === 0, 'no chips');
  });

  it('a click on a chip opens the source at the quote', async () => {
    const { document } = await openNote('research/overview.md');
    await diagnosticsOf(document, 4);
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const shown = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    // The chips VS Code shows are StatLens's, whose label parts still carry their commands.
    const hints = await (await activate()).sourceChips(document, range);
    const where = (h: vscode.InlayHint) => [h.position.line, h.position.character, labelOf(h)];
    assert.deepEqual(hints.map(where), shown.map(where));
    const part = (hints[0].label as vscode.InlayHintLabelPart[])[0];
    assert.equal(part.value, '· NWCast 2026');
    assert.ok(part.command, 'the chip is clickable');
    await vscode.commands.executeCommand(part.command.command, ...(part.command.arguments ?? []));
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'statlens-article', 'the article in the active editor');
    assert.match(editor!.document.getText(editor!.selection), /^In 2026, over 73% of enterprises are using at least one open-source AI model/);
    await waitFor(() => editor!.visibleRanges.some((r) => r.contains(editor!.selection.start)), Boolean, 'the quote on screen');
  });

  it('"Toggle Source Chips" turns them off and on again', async () => {
    const { document } = await openNote('research/overview.md');
    await diagnosticsOf(document, 4);
    assert.equal(await vscode.commands.executeCommand('statlens.toggleSourceChips'), 'off');
    assert.equal(vscode.workspace.getConfiguration('statlens').get('sourceChips'), 'off');
    await waitFor(() => chips(document), (c) => c.length === 0, 'no chips');
    assert.equal(await vscode.commands.executeCommand('statlens.toggleSourceChips'), 'supported');
    await waitFor(() => chips(document), (c) => c.length === 2, 'the chips back');
  });

  it('"Export Fact-Check Sheet" writes one row per figure of the workspace, and never over a note', async () => {
    const target = workspaceFile('research/sheet.csv');
    const result = await vscode.commands.executeCommand<{ notes: number; figures: number; uri?: vscode.Uri }>('statlens.exportSheet', { format: 'csv', target });
    try {
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const rows = csv.trimEnd().split('\r\n');
      assert.equal(rows[0], 'Note,Line,Figure,Status,Source,Year,Quote');
      assert.equal(rows.length - 1, result.figures);
      assert.ok(result.notes >= 4, JSON.stringify(result));
      assert.ok(rows.some((r) => r.startsWith('research/overview.md,4,78%,conflicting,NWCast,2026,')), rows.join('\n'));
      const notes = rows.slice(1).map((r) => r.split(',')[0]);
      assert.deepEqual(notes, [...notes].sort(), 'sorted by note');
    } finally {
      await vscode.workspace.fs.delete(target);
    }
    const note = workspaceFile('research/overview.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(note));
    assert.equal(await vscode.commands.executeCommand('statlens.exportSheet', { format: 'md', target: note }), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(note)), before, 'the note is untouched');
    const untitled = await vscode.commands.executeCommand<{ document: vscode.TextDocument }>('statlens.exportSheet', { format: 'html', target: 'untitled' });
    assert.equal(untitled.document.isUntitled, true);
    assert.match(untitled.document.getText(), /^<!DOCTYPE html>[\s\S]*<td>research\/overview\.md<\/td><td>4<\/td><td>78%<\/td>/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
