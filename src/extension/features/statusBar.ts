import * as vscode from 'vscode';
import type { CheckResult } from '../../core/check';
import { isNote } from '../config';
import type { CheckService } from '../services/checks';
import { CHECK_NOW_COMMAND, formatSizes, type Oversize } from '../sizeLimit';
import type { DiagnosticsManager } from './diagnostics';

/** "12 stats · 2 unsupported · 1 conflicting" for the active note; a click opens the Problems panel. */
export function statusText(result: CheckResult): string {
  const count = (status: string) => result.findings.filter((f) => f.status === status && !f.suppressed).length;
  const parts = [`${result.findings.length} stat${result.findings.length === 1 ? '' : 's'}`];
  for (const status of ['unsupported', 'conflicting']) if (count(status)) parts.push(`${count(status)} ${status}`);
  return parts.join(' · ');
}

/** What the item shows, for the extension's API (integration tests read it there). */
export interface StatusView {
  text: string;
  tooltip: string;
  command: string;
}

const PROBLEMS = 'workbench.actions.view.problems';

/** The item for a note: its counts, or why it is not checked as you type. */
function viewOf(result: CheckResult | undefined, oversize: Oversize | undefined): StatusView | undefined {
  if (!oversize) {
    return result && { text: `$(graph) ${statusText(result)}`, tooltip: 'StatLens: statistics in this note. Click to open the Problems panel.', command: PROBLEMS };
  }
  const [size, limit] = formatSizes(oversize);
  const why = `This note is ${size}, above statlens.maxNoteSize (${limit}), so StatLens does not check it as you type.`;
  if (result) return { text: `$(graph) ${statusText(result)} (checked once)`, tooltip: `StatLens: ${why} These results are for the note as it was when checked. Click to check it again.`, command: CHECK_NOW_COMMAND };
  return { text: `$(graph) Not checked: ${size}`, tooltip: `StatLens: ${why} Click to check it once.`, command: CHECK_NOW_COMMAND };
}

export function registerStatusBar(checks: CheckService, diagnostics: DiagnosticsManager): vscode.Disposable & { view(): StatusView | undefined } {
  const item = vscode.window.createStatusBarItem('statlens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'StatLens';
  let view: StatusView | undefined;
  const show = (document: vscode.TextDocument | undefined, result?: CheckResult, oversize?: Oversize): void => {
    view = document && isNote(document) ? viewOf(result ?? checks.peek(document), oversize ?? checks.oversize(document)) : undefined;
    if (!view) return item.hide();
    item.text = view.text;
    item.tooltip = view.tooltip;
    item.command = view.command;
    item.show();
  };
  show(vscode.window.activeTextEditor?.document);
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor((e) => show(e?.document)),
    diagnostics.onDidPublish(({ document, result, oversize }) => {
      if (document === vscode.window.activeTextEditor?.document) show(document, result, oversize);
    }),
  );
  return Object.assign(disposable, { view: () => view });
}
