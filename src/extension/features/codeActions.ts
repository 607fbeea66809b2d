import * as vscode from 'vscode';
import { fixAllConflicting, fixesFor } from '../../core/fixes';
import { MARKDOWN } from '../config';
import { toRange, toWorkspaceEdit } from '../convert';
import type { Edit } from '../../core/rules/rule';
import type { CheckService } from '../services/checks';
import { CHECK_NOW_COMMAND, TOO_LARGE_CODE } from '../sizeLimit';

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

  /**
   * The edits of each action offered, with the note's version when they were worked out.
   * The edit is built only when the action is applied (`resolveCodeAction`), and only if
   * the note is still that version: a fix offered before an edit would land on the wrong text.
   */
  private readonly offered = new WeakMap<vscode.CodeAction, { document: vscode.TextDocument; version: number; edits: Edit[] }>();

  constructor(private readonly checks: CheckService) {}

  static register(checks: CheckService): vscode.Disposable & { provider: StatLensCodeActions } {
    const provider = new StatLensCodeActions(checks);
    const registration = vscode.languages.registerCodeActionsProvider(MARKDOWN, provider, { providedCodeActionKinds: StatLensCodeActions.kinds });
    return Object.assign(registration, { provider });
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    const offer = this.offered.get(action);
    if (!offer) return action;
    if (offer.document.isClosed || offer.document.version !== offer.version) {
      void vscode.window.showWarningMessage(`StatLens: "${action.title}" was not applied: the note changed since it was offered. Ask for the fix again.`);
      return action;
    }
    action.edit = toWorkspaceEdit(offer.document, offer.edits);
    return action;
  }

  private offer(action: vscode.CodeAction, document: vscode.TextDocument, version: number, edits: Edit[]): vscode.CodeAction {
    this.offered.set(action, { document, version, edits });
    return action;
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only);
    const actions = wantsQuickFixes ? tooLargeActions(document, context) : [];
    const version = document.version;
    const result = this.checks.peek(document) ?? (await this.checks.check(document));
    // A result moves with the note's next check: one for another version is not this text's.
    if (!result || token.isCancellationRequested || document.version !== version) return actions;
    const text = document.getText();
    if (wantsQuickFixes) {
      for (const finding of result.findings) {
        const findingRange = toRange(document, finding.start, finding.end);
        if (!findingRange.intersection(range)) continue;
        const diagnostics = context.diagnostics.filter((d) => d.source === 'StatLens' && d.range.isEqual(findingRange));
        for (const fix of fixesFor(finding, text, result)) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = diagnostics;
          action.isPreferred = fix.preferred;
          actions.push(this.offer(action, document, version, fix.edits));
        }
      }
    }
    const fixAll = fixAllConflicting(result);
    if (fixAll.length && (!context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      const action = new vscode.CodeAction(`Fix all conflicting figures in this file (${fixAll.length})`, FIX_ALL_KIND);
      actions.push(this.offer(action, document, version, fixAll));
    }
    return actions;
  }
}

/** On the "too large to check as you type" notice: check it once now, or change the limit. */
function tooLargeActions(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const notice = context.diagnostics.find((d) => d.source === 'StatLens' && typeof d.code === 'object' && d.code.value === TOO_LARGE_CODE);
  if (!notice) return [];
  const checkNow = new vscode.CodeAction('Check this note now (once)', vscode.CodeActionKind.QuickFix);
  checkNow.command = { command: CHECK_NOW_COMMAND, title: 'Check this note now', arguments: [document.uri] };
  checkNow.diagnostics = [notice];
  checkNow.isPreferred = true;
  const setting = new vscode.CodeAction('Change statlens.maxNoteSize', vscode.CodeActionKind.QuickFix);
  setting.command = { command: 'workbench.action.openSettings', title: 'Open settings', arguments: ['statlens.maxNoteSize'] };
  setting.diagnostics = [notice];
  return [checkNow, setting];
}
