import * as vscode from 'vscode';
import { Checker } from '../../core/check';
import { formatIssue, type Dataset, type DatasetIssue } from '../../core/dataset/types';
import { parseDataset } from '../../core/dataset/validate';
import { DatasetIndex } from '../../core/judge/datasetIndex';
import { bundledDataset } from '../../data/bundled';
import { settingsFor } from '../config';

/** What one dataset file gave when last read. */
interface Loaded {
  uri: vscode.Uri;
  dataset?: Dataset;
  issues: DatasetIssue[];
}

/** A user dataset as the "Show dataset" command lists it. */
export interface DatasetSummary {
  origin: string;
  name: string;
  records: number;
  problems: number;
  uri?: vscode.Uri;
}

/**
 * The bundled dataset plus each folder's `statlens.datasets`, read through
 * `workspace.fs` (so it works on the web and in virtual workspaces), validated by
 * the core, watched for changes. A broken file is reported once per distinct set
 * of problems, and checking goes on with the bundled data and its valid records.
 */
export class DatasetService implements vscode.Disposable {
  readonly bundled: Dataset = bundledDataset();
  private readonly files = new Map<string, Promise<Loaded>>();
  private readonly checkers = new Map<string, Promise<Checker>>();
  private readonly reported = new Map<string, string>();
  private watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Bumped whenever any dataset changes, so cached check results can tell they are stale. */
  generation = 0;
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.OutputChannel) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('statlens.datasets')) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  dispose(): void {
    for (const d of [...this.subscriptions, ...this.watchers]) d.dispose();
  }

  /** The checker for a note: bundled data plus the datasets its folder's settings name. */
  checkerFor(uri: vscode.Uri | undefined): Promise<Checker> {
    const files = this.datasetUris(uri);
    const key = files.map((f) => f.toString()).join('\n');
    let checker = this.checkers.get(key);
    if (!checker) {
      checker = Promise.all(files.map((f) => this.load(f))).then((loaded) => {
        const datasets = [this.bundled, ...loaded.flatMap((l) => (l.dataset ? [l.dataset] : []))];
        return new Checker(new DatasetIndex(datasets));
      });
      this.checkers.set(key, checker);
    }
    return checker;
  }

  /** Every dataset in use by any folder, for "Show dataset". */
  async summaries(): Promise<DatasetSummary[]> {
    const uris = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? [undefined]) for (const u of this.datasetUris(folder?.uri)) uris.set(u.toString(), u);
    const loaded = await Promise.all([...uris.values()].map((u) => this.load(u)));
    return [
      { origin: 'bundled', name: this.bundled.name, records: this.bundled.records.length, problems: 0 },
      ...loaded.map((l) => ({ origin: vscode.workspace.asRelativePath(l.uri), name: l.dataset?.name ?? vscode.workspace.asRelativePath(l.uri), records: l.dataset?.records.length ?? 0, problems: l.issues.length, uri: l.uri })),
    ];
  }

  /** Problems in the datasets currently in use. */
  async issues(): Promise<DatasetIssue[]> {
    const all = await Promise.all([...this.files.values()]);
    return all.flatMap((l) => l.issues);
  }

  private datasetUris(uri: vscode.Uri | undefined): vscode.Uri[] {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return settingsFor(uri ?? folder?.uri).datasets.map((p) => resolve(folder?.uri, p)).filter((u): u is vscode.Uri => u !== undefined);
  }

  private load(uri: vscode.Uri): Promise<Loaded> {
    const key = uri.toString();
    let loaded = this.files.get(key);
    if (!loaded) {
      this.watch(uri);
      loaded = this.read(uri).then((l) => {
        this.report(l);
        return l;
      });
      this.files.set(key, loaded);
    }
    return loaded;
  }

  private async read(uri: vscode.Uri): Promise<Loaded> {
    const origin = vscode.workspace.asRelativePath(uri);
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      return { uri, issues: [{ origin, message: `cannot read dataset: ${(error as Error).message}` }] };
    }
    const taken = new Set(this.bundled.records.map((r) => r.id));
    const { dataset, issues } = parseDataset(origin, text, taken);
    return { uri, dataset, issues };
  }

  /** One notification per file and distinct set of problems; every problem goes to the output channel. */
  private report(loaded: Loaded): void {
    const key = loaded.uri.toString();
    const lines = loaded.issues.map(formatIssue);
    const signature = lines.join('\n');
    if (this.reported.get(key) === signature) return;
    this.reported.set(key, signature);
    if (lines.length === 0) {
      this.output.appendLine(`Loaded ${vscode.workspace.asRelativePath(loaded.uri)}: ${loaded.dataset?.records.length ?? 0} records.`);
      return;
    }
    for (const line of lines) this.output.appendLine(line);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
    void vscode.window.showErrorMessage(`StatLens: invalid dataset: ${lines[0]}${more}. Checking goes on with the valid records.`, 'Show Problems').then((choice) => {
      if (choice) this.output.show(true);
    });
  }

  private watch(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const pattern = folder ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false)) : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? '*');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = (): void => {
      this.files.delete(uri.toString());
      this.checkers.clear();
      this.generation++;
      this.changed.fire();
    };
    this.watchers.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  private invalidate(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.files.clear();
    this.checkers.clear();
    this.generation++;
    this.changed.fire();
  }
}

/** A dataset path from settings: relative to the folder, or absolute. */
function resolve(folder: vscode.Uri | undefined, path: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return vscode.Uri.parse(path);
  if (path.startsWith('/') || /^[a-z]:[\\/]/i.test(path)) return vscode.Uri.file(path);
  return folder ? vscode.Uri.joinPath(folder, path) : undefined;
}
