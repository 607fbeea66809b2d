import type * as vscode from 'vscode';
import { activateStatLens, type StatLensApi } from './activate';

/** Web entry (package.json "browser"): vscode.dev, github.dev. Same activation; no Node APIs are used. */
export function activate(context: vscode.ExtensionContext): StatLensApi {
  return activateStatLens(context);
}

export function deactivate(): void {}
