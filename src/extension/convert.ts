import * as vscode from 'vscode';
import type { Edit } from '../core/rules/rule';

/** A core offset range as an editor range. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Core edits (plain offsets) as a WorkspaceEdit on one document. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: Edit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of edits) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return edit;
}
