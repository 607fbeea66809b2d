import * as vscode from 'vscode';
import { isNote } from '../config';
import type { DiagnosticsManager } from '../features/diagnostics';

/**
 * "StatLens: Check This Note Now": checks the given note (or the active one) at
 * once, even above `statlens.maxNoteSize`. Returns whether a note was checked.
 */
export async function checkNow(diagnostics: DiagnosticsManager, target?: unknown): Promise<boolean> {
  const uri = target instanceof vscode.Uri ? target.toString() : typeof target === 'string' ? target : undefined;
  const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isNote(document)) {
    void vscode.window.showInformationMessage('StatLens: open a Markdown note to check it.');
    return false;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'StatLens: checking note' }, () => diagnostics.refresh(document, { evenIfLarge: true }));
  return true;
}
