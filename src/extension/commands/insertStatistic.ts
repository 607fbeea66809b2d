import * as vscode from 'vscode';
import { insertStatistic } from '../../core/fixes/citation';
import { yearOf } from '../../core/rules/rule';
import { distinctFigures } from '../../core/dataset/distinct';
import type { StatRecord } from '../../core/dataset/types';
import { toWorkspaceEdit } from '../convert';
import type { FolderProfiles } from '../services/profiles';

/**
 * "StatLens: Insert Statistic…": a quick pick over every loaded record, searchable
 * by figure, subject, source and year; inserts the figure with a footnote citation.
 */
export async function insertStatisticCommand(profiles: FolderProfiles, recordId?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('StatLens: open a Markdown note to insert a statistic.');
    return false;
  }
  const records = (await profiles.profileFor(editor.document.uri)).checker.index.records.map((r) => r.record);
  let record = typeof recordId === 'string' ? records.find((r) => r.id === recordId) : undefined;
  if (!record) {
    const picked = await vscode.window.showQuickPick(
      distinctFigures(records).map(({ record: r }) => ({ label: r.text, description: `${r.subject} — ${r.source}, ${yearOf(r)}`, detail: r.quote, record: r })),
      { title: 'Insert a statistic with its citation', placeHolder: 'Search by figure, subject, source or year', matchOnDescription: true, matchOnDetail: true },
    );
    record = picked?.record;
  }
  if (!record) return false;
  return insertAt(editor, record);
}

function insertAt(editor: vscode.TextEditor, record: StatRecord): Thenable<boolean> {
  const document = editor.document;
  const offset = document.offsetAt(editor.selection.active);
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, insertStatistic(document.getText(), offset, record)));
}
