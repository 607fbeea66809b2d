import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import { activateStatLens, type StatLensApi } from './activate';
import type { LocalFiles } from './services/localFiles';

/** `file:` URIs are on this extension host's disk: read them without the workbench's round trip. */
const localFiles: LocalFiles = {
  scheme: 'file',
  read(uri) {
    try {
      return fs.readFileSync(uri.fsPath);
    } catch {
      return undefined; // missing, a folder or unreadable: as workspace.fs's failure, no file
    }
  },
};

/** Desktop entry (package.json "main"). */
export function activate(context: vscode.ExtensionContext): StatLensApi {
  return activateStatLens(context, localFiles);
}

export function deactivate(): void {}
