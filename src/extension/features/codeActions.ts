import * as vscode from 'vscode';
import { fixAllConflicting, fixesFor } from '../../core/fixes';
import { MARKDOWN } from '../config';
import { toRange, toWorkspaceEdit } from '../convert';
import type { CheckService } from '../services/checks';

/**
 * Not under `source.fixAll`: editors that fix all on save would otherwise swap a
 * writer's figures for the dataset's without asking.
 */
export const FIX_ALL_KIND = vscode.CodeActionKind.Source.append('statlens.fixConflicting');

/**
 * Quick fixes for the figures under the cursor (replace with the dataset's figure,
 * insert a citation, ignore the line or file) and a "Fix all conflicting figures"
 * source action. The fixes are core data; this only turns them into edits.
 */
export class StatLensCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly checks: CheckService) {}

  static register(checks: CheckService): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(MARKDOWN, new StatLensCodeActions(checks), { providedCodeActionKinds: StatLensCodeActions.kinds });
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const result = this.checks.peek(document) ?? (await this.checks.check(document));
    if (!result || token.isCancellationRequested) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only);
    if (wantsQuickFixes) {
      for (const finding of result.findings) {
        const findingRange = toRange(document, finding.start, finding.end);
        if (!findingRange.intersection(range)) continue;
        const diagnostics = context.diagnostics.filter((d) => d.source === 'StatLens' && d.range.isEqual(findingRange));
        for (const fix of fixesFor(finding, text, result)) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(document, fix.edits);
          action.diagnostics = diagnostics;
          action.isPreferred = fix.preferred;
          actions.push(action);
        }
      }
    }
    const fixAll = fixAllConflicting(result);
    if (fixAll.length && (!context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      const action = new vscode.CodeAction(`Fix all conflicting figures in this file (${fixAll.length})`, FIX_ALL_KIND);
      action.edit = toWorkspaceEdit(document, fixAll);
      actions.push(action);
    }
    return actions;
  }
}
