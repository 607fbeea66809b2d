import * as vscode from 'vscode';
import type { Severity } from '../../core/rules/rule';
import type { Inconsistency } from '../../core/workspace/index';
import { MARKDOWN } from '../config';
import { toWorkspaceEdit } from '../convert';
import { codeTarget } from '../features/diagnostics';
import type { WorkspaceIndexService } from './indexService';

const SEVERITY: Record<Exclude<Severity, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** How long changes from the index are gathered before the open notes' inconsistencies are sent again. */
const COALESCE_MS = 100;

const toRange = (r: Inconsistency['claim']['range']): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/**
 * `statlens.inconsistent` in the Problems panel, for open notes, in a collection of
 * its own: a note's diagnostics from its own check stay as they are, and these
 * follow the workspace index (a note changed elsewhere updates them here).
 */
export function registerConsistency(service: WorkspaceIndexService, extensionUri: vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('statlens-inconsistent');
  const publish = (keys: string[]): void => {
    for (const key of new Set(keys)) {
      const uri = vscode.Uri.parse(key);
      // Open notes only, as for a note's own diagnostics: the Claims view covers the rest.
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && !d.isClosed);
      const found = open && service.index.get(key) ? service.index.inconsistencies(key) : [];
      const diagnostics = found.filter((x) => x.severity !== 'none').map((x) => toDiagnostic(x, extensionUri));
      if (diagnostics.length) collection.set(uri, diagnostics);
      else collection.delete(uri);
    }
  };
  // Coalesced: each note the index takes in can change the inconsistencies of every open
  // note that shares a statistic with it, so fifty notes opened at once would otherwise
  // re-send every open note's diagnostics (each with its related locations) fifty times,
  // and the extension host held hundreds of MB of those messages on their way out.
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    timer = undefined;
    const keys = [...pending];
    pending.clear();
    publish(keys);
  };
  const schedule = (keys: string[]): void => {
    for (const key of keys) pending.add(key);
    timer ??= setTimeout(flush, COALESCE_MS);
  };
  return vscode.Disposable.from(
    collection,
    { dispose: () => clearTimeout(timer) },
    service.onDidChange(schedule),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ConsistencyFixes(service), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

function toDiagnostic(x: Inconsistency, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(x.claim.range), x.message, SEVERITY[x.severity as Exclude<Severity, 'none'>]);
  diagnostic.source = 'StatLens';
  diagnostic.code = { value: x.code, target: codeTarget(extensionUri, x.code) };
  diagnostic.relatedInformation = x.others.map(
    (o) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(o.path), toRange(o.claim.range)), `${o.claim.text} in ${o.label}, line ${o.claim.range.start.line + 1}`),
  );
  return diagnostic;
}

/** "Replace with 38% (as in brief.md)": the core's fix, offered only while the note still reads as indexed. */
class ConsistencyFixes implements vscode.CodeActionProvider {
  constructor(private readonly service: WorkspaceIndexService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === 'StatLens' && typeof d.code === 'object' && d.code.value === 'statlens.inconsistent');
    if (ours.length === 0) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const x of this.service.index.inconsistencies(document.uri.toString())) {
      const at = toRange(x.claim.range);
      if (!at.intersection(range) || text.slice(x.claim.start, x.claim.end) !== x.claim.text) continue;
      for (const fix of x.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = ours.filter((d) => d.range.isEqual(at));
        actions.push(action);
      }
    }
    return actions;
  }
}
