import * as vscode from 'vscode';
import type { CheckResult } from '../../core/check';
import { isNote } from '../config';
import type { CheckService } from '../services/checks';
import type { DiagnosticsManager } from './diagnostics';

/** "12 stats · 2 unsupported · 1 conflicting" for the active note; a click opens the Problems panel. */
export function statusText(result: CheckResult): string {
  const count = (status: string) => result.findings.filter((f) => f.status === status && !f.suppressed).length;
  const parts = [`${result.findings.length} stat${result.findings.length === 1 ? '' : 's'}`];
  for (const status of ['unsupported', 'conflicting']) if (count(status)) parts.push(`${count(status)} ${status}`);
  return parts.join(' · ');
}

export function registerStatusBar(checks: CheckService, diagnostics: DiagnosticsManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('statlens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'StatLens';
  item.command = 'workbench.actions.view.problems';
  item.tooltip = 'StatLens: statistics in this note. Click to open the Problems panel.';
  const show = (document: vscode.TextDocument | undefined, result?: CheckResult): void => {
    if (!document || !isNote(document)) return item.hide();
    const current = result ?? checks.peek(document);
    if (!current) return item.hide();
    item.text = `$(graph) ${statusText(current)}`;
    item.show();
  };
  show(vscode.window.activeTextEditor?.document);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor((e) => show(e?.document)),
    diagnostics.onDidPublish(({ document, result }) => {
      if (document === vscode.window.activeTextEditor?.document) show(document, result);
    }),
  );
}
