import * as vscode from 'vscode';
import type { ReportFile } from '../../core/report';
import { reportFinding } from '../../core/report';
import { factCheckSheet, type SheetFormat } from '../../core/sheet';
import { maxNoteBytes } from '../config';
import type { FolderProfiles } from '../services/profiles';
import { oversize } from '../sizeLimit';

export interface ExportOptions {
  format?: SheetFormat;
  /** A file to write, or "untitled" to open the sheet as an untitled document. */
  target?: vscode.Uri | 'untitled';
}

export interface ExportResult {
  notes: number;
  figures: number;
  uri?: vscode.Uri;
  document?: vscode.TextDocument;
}

const FORMATS: { format: SheetFormat; label: string; detail: string; language: string; extension: string }[] = [
  { format: 'html', label: 'HTML page', detail: 'One self-contained page a fact-checker can sort and filter', language: 'html', extension: 'html' },
  { format: 'csv', label: 'CSV', detail: 'For a spreadsheet', language: 'csv', extension: 'csv' },
  { format: 'md', label: 'Markdown table', detail: 'Opened as an untitled document (a sheet is never saved as a .md file, so it cannot overwrite a note)', language: 'markdown', extension: 'md' },
];

/**
 * "StatLens: Export Fact-Check Sheet": every figure of every note in the workspace
 * (open notes as they are in the editor), one row each, written to a file the user
 * chooses or opened as an untitled document. A `.md` target is refused: a sheet
 * must never overwrite a note.
 */
export async function exportSheet(profiles: FolderProfiles, options: ExportOptions = {}): Promise<ExportResult | undefined> {
  const format = options.format ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Export the fact-check sheet as' }))?.format;
  if (!format) return undefined;
  const kind = FORMATS.find((f) => f.format === format)!;
  let target = options.target ?? (format === 'md' ? 'untitled' : await askTarget(kind.extension));
  if (!target) return undefined;
  if (target !== 'untitled' && /\.(md|markdown)$/i.test(target.path)) {
    void vscode.window.showErrorMessage(`StatLens: not saved: ${vscode.workspace.asRelativePath(target)} would be a Markdown note; save the sheet as .html or .csv, or open it as an untitled document.`);
    return undefined;
  }
  const files = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'StatLens: building the fact-check sheet', cancellable: true }, (_p, token) => checkedNotes(profiles, token));
  if (!files) return undefined;
  const text = factCheckSheet(files, format);
  const result: ExportResult = { notes: files.length, figures: files.reduce((n, f) => n + f.findings.length, 0) };
  if (target === 'untitled') {
    result.document = await vscode.workspace.openTextDocument({ language: kind.language, content: text });
    await vscode.window.showTextDocument(result.document);
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    result.uri = target;
    void vscode.window.showInformationMessage(`StatLens: fact-check sheet saved to ${vscode.workspace.asRelativePath(target)} (${result.figures} figures in ${result.notes} notes).`);
  }
  return result;
}

async function askTarget(extension: string): Promise<vscode.Uri | 'untitled' | undefined> {
  const where = await vscode.window.showQuickPick(
    [
      { label: 'Save to a file…', target: 'file' as const },
      { label: 'Open as an untitled document', target: 'untitled' as const },
    ],
    { title: 'Where should the sheet go?' },
  );
  if (!where) return undefined;
  if (where.target === 'untitled') return 'untitled';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: 'Save the fact-check sheet',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `fact-check-sheet.${extension}`) : undefined,
    filters: { [extension.toUpperCase()]: [extension] },
  });
}

/** Every enabled note of the workspace, checked as the Problems panel checks it; undefined when cancelled. */
async function checkedNotes(profiles: FolderProfiles, token: vscode.CancellationToken): Promise<ReportFile[] | undefined> {
  const uris = await vscode.workspace.findFiles('**/*.md', '{**/node_modules/**,**/.*/**}', undefined, token);
  const decoder = new TextDecoder('utf-8');
  const files: ReportFile[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested) return undefined;
    const { settings, checker, options } = await profiles.profileFor(uri);
    if (!settings.enable) continue;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    try {
      text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    if (oversize(text, maxNoteBytes(uri))) continue;
    const result = checker.check(text, options);
    files.push({ path: vscode.workspace.asRelativePath(uri), findings: result.findings.map((f) => reportFinding(f, result.lines)) });
  }
  return files;
}
