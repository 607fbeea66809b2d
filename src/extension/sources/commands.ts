import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../../core/config/types';
import { isNote } from '../config';
import type { CheckService } from '../services/checks';
import type { DatasetService } from '../services/datasets';
import { validators } from '../validators/load';
import { openSourceAt, registerExtractedTextProvider } from './openSource';
import type { SourceEntry } from './sourceService';

export const ADD_SOURCE_COMMAND = 'statlens.addSource';
export const SHOW_SOURCE_STATISTICS_COMMAND = 'statlens.showSourceStatistics';

/** The editor's side of a config's `sources`: its two commands and the read-only text of HTML and PDF sources. */
export function registerSources(context: vscode.ExtensionContext, datasets: DatasetService, checks: CheckService): vscode.Disposable {
  datasets.sources.extensionUri = context.extensionUri;
  return vscode.Disposable.from(
    registerExtractedTextProvider(datasets.sources),
    vscode.commands.registerCommand(ADD_SOURCE_COMMAND, (target?: unknown) => addSource(datasets, checks, target)),
    vscode.commands.registerCommand(SHOW_SOURCE_STATISTICS_COMMAND, (source?: unknown, recordId?: unknown) => showSourceStatistics(datasets, source, recordId)),
  );
}

/**
 * "StatLens: Add Source…": a file chosen in a dialog, or the active editor's document
 * (unless it is a note StatLens checks), added to the `sources` of the nearest
 * `.statlens.json` above it (created in the workspace folder when there is none),
 * as a path relative to that file's folder. Returns the path added, if any.
 */
export async function addSource(datasets: DatasetService, checks: CheckService, target?: unknown): Promise<string | undefined> {
  const uri = target instanceof vscode.Uri ? target : await pickSourceFile(checks);
  if (!uri) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showErrorMessage(`StatLens: ${uri.path.split('/').pop()} is outside the workspace folders; a source must be inside one.`);
    return undefined;
  }
  const nearest = await datasets.configs.nearest(uri);
  const configUri = nearest?.uri ?? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  const dir = nearest?.dir ?? folder.uri;
  const relative = uri.path.slice(dir.path.replace(/\/$/, '').length + 1);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString());
  let text = '';
  if (open) text = open.getText();
  else {
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(configUri));
    } catch {
      text = ''; // no config file yet: one is created
    }
  }
  const result = (await validators()).addSourceToConfig(text, relative);
  const shownConfig = vscode.workspace.asRelativePath(configUri);
  if ('unchanged' in result) {
    void vscode.window.showInformationMessage(`StatLens: ${shownConfig}: ${result.unchanged}.`);
    return undefined;
  }
  if (open) {
    // An open config keeps its undo history and any unsaved edits around the change.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(configUri, new vscode.Range(open.positionAt(0), open.positionAt(text.length)), result.text);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  } else {
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(result.text));
  }
  datasets.configs.wrote(configUri);
  void vscode.window.showInformationMessage(`StatLens: added "${relative}" to the sources in ${shownConfig}.`);
  return relative;
}

/** The active document (when it is not a note being checked) or a file from the open dialog. */
async function pickSourceFile(checks: CheckService): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const usable = active && !active.isUntitled && vscode.workspace.getWorkspaceFolder(active.uri) && !(isNote(active) && checks.peek(active));
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = [];
  if (usable) items.push({ label: `$(file) ${vscode.workspace.asRelativePath(active.uri)}`, description: 'the active editor’s document', uri: active.uri });
  items.push({ label: '$(folder-opened) Choose a file…', description: 'Markdown, plain text, a saved web page (HTML) or a PDF' });
  const picked = await vscode.window.showQuickPick(items, { title: 'StatLens: Add Source', placeHolder: 'Which document do your notes quote?' });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Add Source',
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { Sources: ['md', 'markdown', 'txt', 'html', 'htm', 'pdf'], 'All files': ['*'] },
  });
  return chosen?.[0];
}

/**
 * "StatLens: Show Source Statistics": each source the workspace's `.statlens.json`
 * files name, then the statistics read from it (figure, quote); choosing one opens the
 * source at its sentence. `source` and `recordId` skip the pickers.
 */
export async function showSourceStatistics(datasets: DatasetService, source?: unknown, recordId?: unknown): Promise<vscode.TextEditor | undefined> {
  const entries = await readAllSources(datasets);
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('StatLens: no sources yet. Add one with "StatLens: Add Source…", or list globs in the "sources" of a .statlens.json.');
    return undefined;
  }
  let entry = source instanceof vscode.Uri || typeof source === 'string' ? entries.find((e) => e.uri.toString() === source.toString()) : undefined;
  if (!entry) {
    const picked = await vscode.window.showQuickPick(
      entries.map((e) => ({
        label: vscode.workspace.asRelativePath(e.uri),
        description: e.imported ? `${e.imported.records.length} statistic${e.imported.records.length === 1 ? '' : 's'}` : `not read: ${e.error}`,
        detail: e.imported ? `${e.imported.articles[0].title} — ${e.imported.articles[0].publisher}, ${e.imported.articles[0].date}` : undefined,
        entry: e,
      })),
      { title: 'StatLens: Source Statistics', placeHolder: 'Pick a source to see what StatLens read from it', matchOnDetail: true },
    );
    entry = picked?.entry;
  }
  const records = entry?.imported?.records ?? [];
  if (!entry || records.length === 0) return undefined;
  let record = typeof recordId === 'string' ? records.find((r) => r.id === recordId) : undefined;
  if (!record) {
    const picked = await vscode.window.showQuickPick(
      records.map((r) => ({ label: r.text, description: `${r.source}, ${r.year}`, detail: excerpt(r.quote), record: r })),
      { title: `StatLens: ${vscode.workspace.asRelativePath(entry.uri)}`, placeHolder: 'Pick a statistic to open the source at its sentence', matchOnDescription: true, matchOnDetail: true },
    );
    record = picked?.record;
  }
  return record ? openSourceAt(entry, record) : undefined;
}

/** The sources of every `.statlens.json` in the workspace (not only those of notes checked so far). */
async function readAllSources(datasets: DatasetService): Promise<SourceEntry[]> {
  const configs = await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**');
  // A file beside the config stands for its folder: the config nearest to it is that one.
  const files = await Promise.all(configs.map((c) => datasets.configs.nearest(vscode.Uri.joinPath(c, '..', 'note.md'))));
  await Promise.all(files.map((f) => datasets.sources.entriesFor(f)));
  return datasets.sources.all();
}

function excerpt(quote: string): string {
  return quote.length > 160 ? `${quote.slice(0, 157)}…` : quote;
}
