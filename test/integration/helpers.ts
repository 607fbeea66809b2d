import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StatLensApi } from '../../src/extension/activate';

export const EXTENSION_ID = 'statlens.statlens';

export async function activate(): Promise<StatLensApi> {
  const extension = vscode.extensions.getExtension<StatLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Polls until `probe` returns a value that `done` accepts; never a fixed sleep. */
export async function waitFor<T>(probe: () => T | PromiseLike<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

/** A file of a workspace folder ("research/overview.md"). */
export function workspaceFile(relative: string): vscode.Uri {
  const [folderName, ...rest] = relative.split('/');
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === folderName);
  assert.ok(folder, `no workspace folder ${folderName}`);
  return vscode.Uri.joinPath(folder.uri, ...rest);
}

export async function openNote(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

/** A fresh copy of a note, so a test can edit it freely (each test file is its own bundle, hence the random name). */
export async function scratchCopy(relative: string): Promise<vscode.TextEditor> {
  const source = workspaceFile(relative);
  const target = vscode.Uri.joinPath(source, '..', `scratch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.md`);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
  const document = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(document);
}

/** StatLens diagnostics of a document once they have been published for its current text. */
export async function diagnosticsOf(document: vscode.TextDocument, count?: number): Promise<vscode.Diagnostic[]> {
  const api = await activate();
  await api.refresh(document);
  return waitFor(
    () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'StatLens'),
    (ds) => count === undefined || ds.length === count,
    `${count ?? 'any'} diagnostics on ${document.uri.path}`,
  );
}

/** The range of the `n`-th occurrence (1-based) of `text` in a document. */
export function rangeOf(document: vscode.TextDocument, text: string, n = 1): vscode.Range {
  let at = -1;
  for (let i = 0; i < n; i++) at = document.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/** The hover text shown over a figure. */
export async function hoverOver(document: vscode.TextDocument, text: string): Promise<string> {
  const range = rangeOf(document, text);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, range.start.translate(0, 1));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
