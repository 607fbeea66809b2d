import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, diagnosticsOf, rangeOf, scratchCopy, waitFor } from './helpers';

const OURS = /^(Replace with|Insert citation|Ignore statlens|Fix all conflicting)/;
const RESOLVE_ALL = 100;

/**
 * The code actions at a figure. The first request on a freshly opened note can come
 * back before every provider has answered, so poll until StatLens's actions are there.
 */
async function actionsAt(document: vscode.TextDocument, text: string, kind?: string): Promise<vscode.CodeAction[]> {
  // Resolved as VS Code resolves the one a writer picks: StatLens builds a fix's edit then.
  const request = () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, text), kind, RESOLVE_ALL);
  return waitFor(request, (actions) => actions.some((a) => OURS.test(a.title)), `StatLens code actions at ${text}`);
}

async function apply(document: vscode.TextDocument, figure: string, title: RegExp): Promise<string> {
  const actions = await actionsAt(document, figure);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.edit, `no action ${title} on ${figure}: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return document.getText();
}

describe('quick fixes (real VS Code)', () => {
  before(() => activate());

  it('offers the fixes a writer expects on a conflicting figure', async () => {
    const { document } = await scratchCopy('research/overview.md');
    await diagnosticsOf(document, 4);
    const all = (await actionsAt(document, '78%')).map((a) => a.title);
    const titles = all.filter((t) => OURS.test(t) && !t.startsWith('Fix all'));
    assert.deepEqual(titles, ['Replace with 73% (dataset)', 'Ignore statlens.conflicting on this line', 'Ignore statlens.conflicting in this file'], all.join(' | '));
  });

  it('replaces a conflicting figure with the dataset figure', async () => {
    const { document } = await scratchCopy('research/overview.md');
    const text = await apply(document, '78%', /^Replace with 73%/);
    assert.match(text, /One vendor deck claims 73% of enterprises/);
    await diagnosticsOf(document, 3);
  });

  it('inserts a footnote citation with its definition', async () => {
    const { document } = await scratchCopy('research/overview.md');
    const text = await apply(document, '73%', /^Insert citation/);
    assert.match(text, /over 73%\[\^nwcast-2026\] of enterprises/);
    assert.match(text, /\n\n\[\^nwcast-2026\]: NWCast, "The Rise of Open-Source AI Models: Why Tech Giants Are Giving Away Their Code", April 4, 2026\. "In 2026, over 73% of enterprises are using at least one open-source AI model in production, [^"\n]*"\n$/);
  });

  it('ignores a line, then the checker drops its warning', async () => {
    const { document } = await scratchCopy('research/overview.md');
    const text = await apply(document, '12 million', /on this line$/);
    assert.match(text, /downloaded 12 million times\. <!-- statlens-disable-line statlens\.unsupported -->/);
    await diagnosticsOf(document, 3);
  });

  it('ignores a rule in the whole file', async () => {
    const { document } = await scratchCopy('research/overview.md');
    const text = await apply(document, '78%', /in this file$/);
    assert.ok(text.startsWith('<!-- statlens-disable-file statlens.conflicting -->\n# Open model adoption'));
    await diagnosticsOf(document, 2);
  });

  it('never runs as part of "source.fixAll" (for example on save)', async () => {
    const { document } = await scratchCopy('research/overview.md');
    await diagnosticsOf(document, 4);
    await actionsAt(document, '78%');
    const onSave = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, '# Open'), 'source.fixAll');
    assert.deepEqual(onSave.filter((a) => OURS.test(a.title)).map((a) => a.title), []);
  });

  it('fixes all conflicting figures with one source action', async () => {
    const { document } = await scratchCopy('research/overview.md');
    await diagnosticsOf(document, 4);
    const actions = await actionsAt(document, '# Open', 'source.statlens.fixConflicting');
    const fixAll = actions.find((a) => a.title.startsWith('Fix all conflicting figures in this file'));
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.match(document.getText(), /claims 73% of enterprises/);
    await waitFor(() => vscode.languages.getDiagnostics(document.uri).length, (n) => n === 3, 'one conflict fewer');
  });

  it('applies no fix offered before the note changed, and a fresh one after', async () => {
    const api = await activate();
    const editor = await scratchCopy('research/overview.md');
    const { document } = editor;
    await diagnosticsOf(document, 4);
    const offered = await waitFor(() => api.quickFixes(document, rangeOf(document, '78%')), (a) => a.some((x) => x.title.startsWith('Replace with 73%')), 'the Replace fix on 78%');
    const replace = offered.find((a) => a.title.startsWith('Replace with 73%'))!;
    assert.equal(replace.edit, undefined, 'the edit is built when the fix is applied, not when offered');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'A line the writer added.\n\n'));
    assert.equal(api.resolveQuickFix(replace).edit, undefined, 'a fix offered for the old text is not applied to the new');
    const fresh = (await api.quickFixes(document, rangeOf(document, '78%'))).find((a) => a.title.startsWith('Replace with 73%'))!;
    const edit = api.resolveQuickFix(fresh).edit;
    assert.ok(edit && (await vscode.workspace.applyEdit(edit)));
    assert.match(document.getText(), /^A line the writer added\.\n\n# Open model adoption/);
    assert.match(document.getText(), /One vendor deck claims 73% of enterprises/);
  });
});
