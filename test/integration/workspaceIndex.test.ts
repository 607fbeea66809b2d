import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimNode } from '../../src/extension/workspace/claimsView';
import { activate, codeOf, openNote, waitFor, workspaceFile } from './helpers';

const A = '# Reader poll\n\nIn our reader poll, 41% of subscribers read the newsletter on their phones.\n';
const B = 'Our reader poll found that 38% of subscribers read the newsletter on their phones.\n';
const encode = (text: string) => new TextEncoder().encode(text);

const inconsistent = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'StatLens' && codeOf(d) === 'statlens.inconsistent');

/** Labels and counts of a tree, as "label (count)" lines indented by depth. */
function outline(nodes: ClaimNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label} (${n.description})`, ...outline(n.children ?? [], depth + 1)]);
}

describe('notes that state one statistic differently (real VS Code)', () => {
  const a = () => workspaceFile('team/poll-a.md');
  const b = () => workspaceFile('team/poll-b.md');

  // The fixture turns the rule off, for the suites that count a note's diagnostics.
  const setting = () => vscode.workspace.getConfiguration('statlens', workspaceFile('team/notes.md'));

  before(async () => {
    await activate();
    await setting().update('severity.inconsistent', 'information', vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.fs.writeFile(a(), encode(A));
    await vscode.workspace.fs.writeFile(b(), encode(B));
  });

  after(async () => {
    await setting().update('severity.inconsistent', 'off', vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(a());
    await vscode.workspace.fs.delete(b());
  });

  it('shows statlens.inconsistent in both, each linking to the other', async () => {
    const { document: docA } = await openNote('team/poll-a.md');
    const { document: docB } = await openNote('team/poll-b.md');
    const [inA] = await waitFor(() => inconsistent(docA.uri), (ds) => ds.length === 1, 'the inconsistency in poll-a.md');
    const [inB] = await waitFor(() => inconsistent(docB.uri), (ds) => ds.length === 1, 'the inconsistency in poll-b.md');
    assert.equal(docA.getText(inA.range), '41%');
    assert.equal(inA.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(inA.message, '41% disagrees with 38% in team/poll-b.md, line 1.');
    assert.equal(inA.relatedInformation?.[0].location.uri.toString(), docB.uri.toString());
    assert.equal(docB.getText(inA.relatedInformation![0].location.range), '38%');
    assert.equal(docB.getText(inB.range), '38%');
    assert.equal(inB.relatedInformation?.[0].location.uri.toString(), docA.uri.toString());
    assert.equal(docA.getText(inB.relatedInformation![0].location.range), '41%');

    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, inA.range);
    const replace = fixes.find((f) => f.title === 'Replace with 38% (as in team/poll-b.md)');
    assert.ok(replace?.edit, `no replace fix among ${fixes.map((f) => f.title).join(', ')}`);
  });

  it('follows a change on disk to the other note, without opening it', async () => {
    const { document: docA } = await openNote('team/poll-a.md');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a()));
    await vscode.workspace.fs.writeFile(b(), encode(B.replace('38%', 'about 40%')));
    await waitFor(() => inconsistent(editor.document.uri).length, (n) => n === 0, 'the inconsistency to go once poll-b.md agrees');
    await vscode.workspace.fs.writeFile(b(), encode(B));
    await waitFor(() => inconsistent(docA.uri).length, (n) => n === 1, 'the inconsistency to come back');
  });

  it('lists the workspace in the Claims view, by status then note, or by source then record', async () => {
    const api = await activate();
    await api.indexSettled();
    const byStatus = outline(api.claims('status'));
    const unsupported = byStatus.findIndex((l) => /^unsupported \(\d+\)$/.test(l));
    assert.ok(unsupported >= 0, byStatus.join('\n'));
    assert.ok(byStatus.includes('  team/poll-a.md (1)'), byStatus.join('\n'));
    assert.ok(byStatus.includes('    41% (line 3)'), byStatus.join('\n'));
    assert.ok(byStatus.some((l) => /^ {2}research\/overview\.md \(\d+\)$/.test(l)), byStatus.join('\n'));
    const bySource = api.claims('source');
    const nwcast = bySource.find((n) => n.label === 'NWCast');
    const record = nwcast?.children?.find((n) => n.label === '73% (2026)');
    assert.ok(record, outline(bySource).join('\n'));
    // One record, a row for each figure that quotes it, in whichever note.
    const quoting = record.children!.map((n) => n.label);
    for (const row of ['research/overview.md: 73%', 'research/overview.md: 78%', 'research/configured/note.md: 78%']) assert.ok(quoting.includes(row), quoting.join('\n'));
    assert.equal(record.description, String(quoting.length));
    const own = bySource.find((n) => n.label === 'No dataset record');
    assert.deepEqual(own?.children?.find((n) => n.label === 'team/poll-b.md')?.children?.map((n) => n.label), ['38%']);
    const total = (nodes: ClaimNode[]) => nodes.reduce((n, x) => n + Number(x.description), 0);
    assert.equal(total(api.claims('status')), total(api.claims('source')), 'every figure once in each grouping');
  });
});
