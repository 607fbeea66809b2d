import type * as vscode from 'vscode';
import { activateStatLens, type StatLensApi } from './activate';

/** Desktop entry (package.json "main"). */
export function activate(context: vscode.ExtensionContext): StatLensApi {
  return activateStatLens(context);
}

export function deactivate(): void {}
