import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsOf, openNote, scratchCopy, waitFor, workspaceFile } from './helpers';

// Edits, closes, switches and dataset reloads race with checks here. Pauses between steps
// only vary the interleaving (some checks start, some are overtaken); nothing is timed.

const statLens = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'StatLens');
const summary = (uri: vscode.Uri) => statLens(uri).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)} ${d.severity} ${d.message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SENTENCES = [
  'Another 47% of teams run evals nightly.',
  'In 2024, Hugging Face reported 5.2 million active developers.',
  'One vendor deck claims 78% of enterprises use open-source AI models in production.',
  'Roughly 61% of CIOs plan to grow open-model budgets next year.',
  'Mistral 7B has been downloaded 12 million times.',
];

/** A small deterministic random source, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A fresh note with this text in research/ (same settings and datasets), checked. */
async function freshNote(text: string): Promise<vscode.TextDocument> {
  const api = await activate();
  const uri = workspaceFile(`research/fresh-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await api.refresh(document);
  return document;
}

/** The diagnostics StatLens gives a fresh note with this text. */
async function freshCheck(text: string): Promise<string[]> {
  return summary((await freshNote(text)).uri);
}

/** One random edit: insert a sentence with figures, delete a span, or change a digit. */
async function randomEdit(editor: vscode.TextEditor, next: () => number): Promise<void> {
  const document = editor.document;
  const text = document.getText();
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  await editor.edit((b) => {
    if (roll < 0.5) b.insert(document.positionAt(at), `${SENTENCES[Math.floor(next() * SENTENCES.length)]}${next() < 0.5 ? '\n' : ' '}`);
    else if (roll < 0.8) b.delete(new vscode.Range(document.positionAt(at), document.positionAt(Math.min(text.length, at + 1 + Math.floor(next() * 40)))));
    else {
      const digit = text.slice(at).search(/\d/);
      if (digit >= 0) b.replace(new vscode.Range(document.positionAt(at + digit), document.positionAt(at + digit + 1)), String(Math.floor(next() * 10)));
    }
  });
}

function setting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('statlens', workspaceFile('research/overview.md')).update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
}

describe('races between edits, checks, closes and reloads (real VS Code)', () => {
  before(() => activate());

  for (const seed of [1, 2, 3]) {
    it(`many rapid edits end with the diagnostics of a fresh check of the final text (seed ${seed})`, async () => {
      const api = await activate();
      const next = random(seed);
      const editor = await scratchCopy('research/overview.md');
      await diagnosticsOf(editor.document, 4);
      for (let i = 0; i < 60; i++) {
        await randomEdit(editor, next);
        if (next() < 0.3) void api.refresh(editor.document); // a check that later edits overtake
        if (next() < 0.2) await pause(next() * 150); // long enough, sometimes, for the 100 ms debounce
      }
      await api.settled();
      const expected = await freshCheck(editor.document.getText());
      assert.ok(expected.length > 0, 'the final text has figures to check');
      assert.deepEqual(summary(editor.document.uri), expected);
    });
  }

  it('closing a note while it is being checked leaves no diagnostics for it, even after later re-checks', async () => {
    const api = await activate();
    // Pinned, so that opening the scratch copy does not replace (close) its preview tab.
    const overview = await vscode.workspace.openTextDocument(workspaceFile('research/overview.md'));
    await vscode.window.showTextDocument(overview, { preview: false });
    await diagnosticsOf(overview, 4);
    const editor = await scratchCopy('research/overview.md');
    const { document } = editor;
    await diagnosticsOf(document, 4);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), `${SENTENCES[0]}\n`)); // a debounced check is pending
    const checking = api.refresh(document); // and one is running
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await checking;
    await api.settled();
    assert.deepEqual(statLens(document.uri), [], 'nothing published after the close');
    // A settings change re-checks every open note; the closed one must not come back.
    try {
      await setting('severity.unsupported', 'error');
      await waitFor(() => statLens(overview.uri).map((d) => d.severity), (s) => s.includes(vscode.DiagnosticSeverity.Error), 'the re-check after the settings change');
      await api.settled();
      assert.deepEqual(statLens(document.uri), [], 'still nothing for the closed note');
    } finally {
      await setting('severity.unsupported', undefined);
    }
  });

  it('switching between notes while editing them leaves each with its own final diagnostics, and the status bar with the active one', async () => {
    const api = await activate();
    const next = random(7);
    let a = await scratchCopy('research/overview.md');
    let b = await scratchCopy('research/suppressed.md');
    for (let i = 0; i < 20; i++) {
      const target = i % 2 ? a : b;
      const shown = await vscode.window.showTextDocument(target.document);
      if (i % 2) a = shown;
      else b = shown;
      await randomEdit(shown, next);
      if (next() < 0.3) await pause(next() * 150);
    }
    await api.settled();
    for (const editor of [a, b]) assert.deepEqual(summary(editor.document.uri), await freshCheck(editor.document.getText()), editor.document.uri.path);
    // The status bar follows the active note: b's, then a fresh note's with the same text, agree.
    await vscode.window.showTextDocument(b.document);
    await api.settled();
    const bStatus = api.status()?.text;
    assert.match(bStatus ?? '', /stats/);
    await vscode.window.showTextDocument(await freshNote(b.document.getText()));
    await api.settled();
    assert.equal(api.status()?.text, bStatus);
  });

  it('reloading the user dataset in the middle of edits ends with the final dataset and the final text', async () => {
    const api = await activate();
    const next = random(11);
    const file = workspaceFile('research/datasets/cio-poll.statlens-dataset.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const version = (n: number) => new TextEncoder().encode(original.replace('"value": 61', `"value": ${n}`).replace('"text": "61%"', `"text": "${n}%"`).replace('Roughly 61%', `Roughly ${n}%`));
    const editor = await scratchCopy('research/overview.md');
    await diagnosticsOf(editor.document, 4);
    try {
      for (let i = 0; i < 30; i++) {
        if (i === 5) await vscode.workspace.fs.writeFile(file, version(63));
        if (i === 12) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "records": [ }'));
        if (i === 20) await vscode.workspace.fs.writeFile(file, version(62));
        await randomEdit(editor, next);
        if (next() < 0.3) void api.refresh(editor.document);
        if (next() < 0.3) await pause(next() * 150);
      }
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), `${SENTENCES[3]}\n\n`));
      await waitFor(() => statLens(editor.document.uri).map((d) => d.message).join('\n'), (m) => m.includes('Dataset: 62% (Example CIO Poll, 2026)'), 'the final dataset (62%) to be in use');
      await api.settled();
      assert.deepEqual(summary(editor.document.uri), await freshCheck(editor.document.getText()));
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
    const { document: overview } = await openNote('research/overview.md');
    await waitFor(() => statLens(overview.uri).filter((d) => overview.getText(d.range) === '61%').length, (n) => n === 0, 'the original dataset back in use');
  });
});
