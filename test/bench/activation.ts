/**
 * Run inside a real VS Code by the benchmark: how long StatLens takes to load and
 * activate, and from opening a note to its first diagnostics. Writes JSON to
 * STATLENS_BENCH_OUT.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';

function diagnosticsFor(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) {
        sub.dispose();
        resolve();
      }
    });
  });
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('statlens.statlens');
  if (!extension) throw new Error('StatLens is not installed');
  const wasActive = extension.isActive;
  const t0 = performance.now();
  await extension.activate();
  const activateMs = performance.now() - t0;
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'note.md');
  const t1 = performance.now();
  const shown = diagnosticsFor(uri);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await shown;
  const firstCheckMs = performance.now() - t1;
  const debounce = vscode.workspace.getConfiguration('statlens').get<number>('debounce');
  fs.writeFileSync(process.env.STATLENS_BENCH_OUT!, JSON.stringify({ wasActive, activateMs, firstCheckMs, diagnostics: vscode.languages.getDiagnostics(uri).length, debounce }));
}
