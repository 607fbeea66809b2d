import * as vscode from 'vscode';
import { LineIndex } from '../../core/text/lines';
import { maxNoteBytes } from '../config';
import { toDiagnostics, tooLargeDiagnostic, type DiagnosticsManager } from '../features/diagnostics';
import type { FolderProfiles } from '../services/profiles';
import { loadReadme } from '../readme';
import { oversize } from '../sizeLimit';

export interface WorkspaceCheck {
  notes: number;
  statistics: number;
  warnings: number;
  /** Notes above statlens.maxNoteSize, left unchecked (open ones can be checked with "Check This Note Now"). */
  tooLarge: number;
  cancelled: boolean;
}

/**
 * "StatLens: Check All Notes in Workspace": every *.md (outside node_modules and
 * dot-folders) into the Problems panel, with a cancellable progress notification.
 * Open notes keep their live diagnostics; the others are read from disk.
 */
export function checkWorkspace(profiles: FolderProfiles, diagnostics: DiagnosticsManager, extensionUri: vscode.Uri): Thenable<WorkspaceCheck> {
  const collection = diagnostics.collection;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'StatLens: checking notes', cancellable: true },
    async (progress, token) => {
      await loadReadme(extensionUri);
      const files = await vscode.workspace.findFiles('**/*.md', '{**/node_modules/**,**/.*/**}', undefined, token);
      const summary: WorkspaceCheck = { notes: 0, statistics: 0, warnings: 0, tooLarge: 0, cancelled: false };
      const decoder = new TextDecoder('utf-8');
      for (const uri of files) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const { settings, checker, options } = await profiles.profileFor(uri);
        // Asked again after each wait: a note opened meanwhile has live diagnostics, newer than this check of the file.
        const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
        if (!settings.enable) {
          if (!isOpen()) collection.delete(uri);
          continue;
        }
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue;
        }
        const over = oversize(text, maxNoteBytes(uri));
        if (over) {
          summary.tooLarge++;
          if (!isOpen()) {
            collection.set(uri, [tooLargeDiagnostic(new vscode.Range(0, 0, 0, 0), over, extensionUri)]);
            diagnostics.checkedClosed.add(uri.toString());
          }
          continue;
        }
        const result = checker.check(text, options);
        if (!isOpen()) {
          collection.set(uri, toDiagnostics(textDocumentLike(uri, text), result, extensionUri));
          diagnostics.checkedClosed.add(uri.toString());
        }
        summary.notes++;
        summary.statistics += result.findings.length;
        summary.warnings += result.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
      }
      const skipped = summary.tooLarge ? `, ${summary.tooLarge} not checked (above statlens.maxNoteSize)` : '';
      const done = `StatLens: ${summary.notes} notes, ${summary.statistics} statistics, ${summary.warnings} warnings${skipped}${summary.cancelled ? ' (cancelled)' : ''}.`;
      void vscode.window.showInformationMessage(done);
      return summary;
    },
  );
}

/** Enough of a TextDocument for toDiagnostics on a note that is not open. */
function textDocumentLike(uri: vscode.Uri, text: string): vscode.TextDocument {
  const lines = new LineIndex(text);
  const positionAt = (offset: number): vscode.Position => {
    const p = lines.positionAt(offset);
    return new vscode.Position(p.line, p.character);
  };
  return { uri, positionAt } as unknown as vscode.TextDocument;
}
