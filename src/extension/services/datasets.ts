import * as vscode from 'vscode';
import { Checker } from '../../core/check';
import { formatIssue, type Dataset, type DatasetIssue } from '../../core/dataset/types';
import { DatasetIndex } from '../../core/judge/datasetIndex';
import { bundledDataset } from '../../data/bundled';
import type { ConfigFileService } from './configFiles';
import { datasetSources, symlinkOnTheWay, type DatasetSource } from './datasetSources';
import { Notices } from './notices';
import { validators } from '../validators/load';
import { SourceService, type SourceEntry } from '../sources/sourceService';

/** One dataset file as read: its text, why it could not be read, or why it was not (workspace trust). */
interface Read {
  uri: vscode.Uri;
  text?: string;
  error?: string;
  blocked?: string;
}

/** What one dataset file gave when last parsed. */
interface Loaded {
  uri: vscode.Uri;
  dataset?: Dataset;
  issues: DatasetIssue[];
  /** Not read, and why: an untrusted workspace names a file outside its folder. */
  blocked?: string;
}

/** A user dataset as the "Show dataset" command lists it. */
export interface DatasetSummary {
  origin: string;
  name: string;
  records: number;
  problems: number;
  uri?: vscode.Uri;
  /** Not loaded in this untrusted workspace, and why. */
  blocked?: string;
}

interface Built {
  checker: Checker;
  loaded: Loaded[];
}

/** What a folder's `.statlens.json` adds besides dataset files: whether the bundled dataset counts, and its sources. */
interface FromConfig {
  bundled: boolean;
  sources: SourceEntry[];
}

/**
 * The bundled dataset plus each folder's `statlens.datasets`, read through
 * `workspace.fs` (so it works on the web and in virtual workspaces), validated by
 * the core in the order the setting lists them (an id may appear once across all),
 * and watched: one watcher per file. A broken file is reported once per distinct
 * set of problems, and checking goes on with the bundled data and valid records.
 */
export class DatasetService implements vscode.Disposable {
  private bundledData: Dataset | undefined;
  private bundledOnly: Checker | undefined;

  /** Validated and indexed on first use, not during activation, which only wires features up. */
  get bundled(): Dataset {
    return (this.bundledData ??= bundledDataset());
  }

  /**
   * The checker for folders that name no dataset of their own, built once: its index
   * and parsers are shared by every such note, and by the first check of any note,
   * which runs before its folder's files have been read.
   */
  get bundledChecker(): Checker {
    return (this.bundledOnly ??= new Checker(new DatasetIndex([this.bundled])));
  }

  private noDatasets: Checker | undefined;

  /** The checker for folders whose config turns the bundled dataset off and names nothing else. */
  get emptyChecker(): Checker {
    return (this.noDatasets ??= new Checker(new DatasetIndex([])));
  }
  /** By file, then by whether it was read guarded (an untrusted workspace named it). */
  private readonly reads = new Map<string, Map<boolean, Promise<Read>>>();
  private readonly built = new Map<string, Promise<Built>>();
  private readonly reported = new Map<string, string>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Bumped whenever any dataset changes, so cached check results can tell they are stale. */
  generation = 0;
  readonly onDidChange = this.changed.event;
  readonly notices = new Notices();
  /** The documents a config's `sources` globs match, read as datasets of their own. */
  readonly sources: SourceService;

  constructor(
    private readonly output: vscode.OutputChannel,
    /** `.statlens.json` files: they name datasets too, and the check settings read them through here. */
    readonly configs: ConfigFileService,
  ) {
    this.sources = new SourceService(output, this.notices);
    this.subscriptions.push(
      this.sources,
      this.sources.onDidChange(() => {
        this.built.clear();
        this.generation++;
        this.changed.fire();
      }),
      configs.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('statlens.datasets')) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      // Datasets an untrusted workspace could not load may load now.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  dispose(): void {
    for (const d of [...this.subscriptions, ...this.watchers.values()]) d.dispose();
  }

  /** The checker for a note: bundled data plus the datasets its folder's settings name. */
  async checkerFor(uri: vscode.Uri | undefined): Promise<Checker> {
    const [files, fromConfig] = await Promise.all([this.sourcesFor(uri), this.fromConfig(uri)]);
    return (await this.build(files, fromConfig)).checker;
  }

  /** `"bundled": false` and the `sources` of the note's `.statlens.json`. */
  private async fromConfig(uri: vscode.Uri | undefined): Promise<FromConfig> {
    const file = uri ? await this.configs.nearest(uri) : undefined;
    return { bundled: file?.config.bundled !== false, sources: await this.sources.entriesFor(file) };
  }

  /** Every dataset in use by any folder, for "Show dataset". */
  async summaries(): Promise<DatasetSummary[]> {
    const out: DatasetSummary[] = [{ origin: 'bundled', name: this.bundled.name, records: this.bundled.records.length, problems: 0 }];
    const seen = new Set<string>();
    for (const loaded of await this.allLoaded()) {
      if (seen.has(loaded.uri.toString())) continue;
      seen.add(loaded.uri.toString());
      const origin = vscode.workspace.asRelativePath(loaded.uri);
      out.push({ origin, name: loaded.dataset?.name ?? origin, records: loaded.dataset?.records.length ?? 0, problems: loaded.issues.length, uri: loaded.uri, blocked: loaded.blocked });
    }
    return out;
  }

  /** Problems in the datasets currently in use. */
  async issues(): Promise<DatasetIssue[]> {
    return (await this.allLoaded()).flatMap((l) => l.issues);
  }

  private async allLoaded(): Promise<Loaded[]> {
    const folders = vscode.workspace.workspaceFolders ?? [undefined];
    await Promise.all(folders.map(async (f) => this.build(await this.sourcesFor(f?.uri), NO_CONFIG)));
    // Also those that only a subfolder's .statlens.json names, once a note there was checked.
    const loaded = (await Promise.all(this.built.values())).flatMap((b) => b.loaded);
    return loaded.filter((l, i) => loaded.findIndex((m) => m.uri.toString() === l.uri.toString()) === i);
  }

  /**
   * The setting's datasets (with the workspace-trust decision for each), then those the
   * note's .statlens.json names; a file named by both is read once.
   */
  private async sourcesFor(uri: vscode.Uri | undefined): Promise<DatasetSource[]> {
    const fromConfig = uri ? await this.configs.datasetsFor(uri) : [];
    const all = [...datasetSources(uri), ...fromConfig.map((u) => ({ uri: u, guarded: !vscode.workspace.isTrusted }))];
    return all.filter((s, i) => all.findIndex((t) => t.uri.toString() === s.uri.toString()) === i);
  }

  private build(sources: DatasetSource[], fromConfig: FromConfig): Promise<Built> {
    const key = [
      ...sources.map((s) => `${s.blocked ? 'blocked' : s.guarded ? 'guarded' : 'trusted'} ${s.uri.toString()}`),
      ...(fromConfig.bundled ? [] : ['no bundled']),
      ...fromConfig.sources.map((e) => `source ${e.uri.toString()} ${e.version}`),
    ].join('\n');
    let built = this.built.get(key);
    if (!built && key === '') built = Promise.resolve({ checker: this.bundledChecker, loaded: [] });
    if (!built && key === 'no bundled') built = Promise.resolve({ checker: this.emptyChecker, loaded: [] });
    if (!built) {
      built = Promise.all(sources.map((s) => (s.blocked ? { uri: s.uri, blocked: s.blocked } : this.read(s.uri, s.guarded)))).then(async (reads) => {
        // Loaded only when a folder names a dataset: most writers never need the validators.
        const parseDataset = reads.length ? (await validators()).parseDataset : undefined;
        const taken = new Set(fromConfig.bundled ? this.bundled.records.map((r) => r.id) : []);
        const loaded = reads.map((read) => {
          const { ids, ...result } = parse(read, taken, parseDataset!);
          // Those of invalid records too, so that fixing this file cannot turn up a clash in the next.
          for (const id of ids) taken.add(id);
          this.report(result);
          return result;
        });
        const fromSources = await this.sourceDatasets(fromConfig.sources, taken);
        const datasets = [...(fromConfig.bundled ? [this.bundled] : []), ...loaded.flatMap((l) => (l.dataset ? [l.dataset] : [])), ...fromSources];
        return { checker: new Checker(new DatasetIndex(datasets)), loaded };
      });
      this.built.set(key, built);
      // A failure (the validators' file could not be loaded) is not kept: the next check tries again.
      const failed = built;
      failed.catch(() => this.built.get(key) === failed && this.built.delete(key));
    }
    return built;
  }

  /** The sources' records as datasets, checked as the CLI checks them (an id may appear once across all). */
  private async sourceDatasets(entries: SourceEntry[], taken: Set<string>): Promise<Dataset[]> {
    const readable = entries.filter((e) => e.imported);
    if (readable.length === 0) return [];
    const { datasetFromJson } = await validators();
    const out: Dataset[] = [];
    for (const entry of readable) {
      const origin = vscode.workspace.asRelativePath(entry.uri);
      const { dataset, issues } = datasetFromJson(origin, entry.imported, taken);
      if (issues.length) this.output.appendLine(`${formatIssue(issues[0])}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`);
      if (!dataset || dataset.records.length === 0) continue;
      for (const r of dataset.records) taken.add(r.id);
      out.push(dataset);
    }
    return out;
  }

  private read(uri: vscode.Uri, guarded: boolean): Promise<Read> {
    const key = uri.toString();
    let read = this.reads.get(key)?.get(guarded);
    if (!read) {
      this.watch(uri);
      read = readDataset(uri, guarded);
      this.reads.set(key, (this.reads.get(key) ?? new Map()).set(guarded, read));
    }
    return read;
  }

  /** One notification per file and distinct set of problems; every problem goes to the output channel. */
  private report(loaded: Loaded): void {
    const key = loaded.uri.toString();
    const lines = loaded.issues.map(formatIssue);
    const signature = loaded.blocked ?? lines.join('\n');
    if (this.reported.get(key) === signature) return;
    this.reported.set(key, signature);
    if (loaded.blocked) {
      this.output.appendLine(loaded.blocked);
      void this.notices.warning(loaded.blocked, 'Manage Workspace Trust').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
      });
      return;
    }
    if (lines.length === 0) {
      this.notices.resolved(key);
      this.output.appendLine(`Loaded ${vscode.workspace.asRelativePath(loaded.uri)}: ${loaded.dataset?.records.length ?? 0} records.`);
      return;
    }
    for (const line of lines) this.output.appendLine(line);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
    this.notices.problem(key, `StatLens: invalid dataset: ${lines[0]}${more}. Checking goes on with the valid records (all problems: Output › StatLens).`);
  }

  /** One watcher per dataset file; a change re-reads it and re-checks open notes. */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const pattern = folder ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false)) : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? '*');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = (): void => {
      this.reads.delete(key);
      this.built.clear();
      this.generation++;
      this.changed.fire();
    };
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)));
  }

  private invalidate(): void {
    this.sources.invalidate();
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.reads.clear();
    this.built.clear();
    this.generation++;
    this.changed.fire();
  }
}

const NO_CONFIG: FromConfig = { bundled: true, sources: [] };

type ParseDataset = Awaited<ReturnType<typeof validators>>['parseDataset'];

/** What one file gave, and every id its records name (valid or not). */
function parse(read: Read, taken: Set<string>, parseDataset: ParseDataset): Loaded & { ids: string[] } {
  if (read.blocked) return { uri: read.uri, issues: [], blocked: read.blocked, ids: [] };
  const origin = vscode.workspace.asRelativePath(read.uri);
  if (read.text === undefined) return { uri: read.uri, issues: [{ origin, message: `cannot read dataset: ${read.error ?? 'unknown error'}` }], ids: [] };
  const { dataset, issues, ids } = parseDataset(origin, read.text, taken);
  return { uri: read.uri, dataset, issues, ids };
}

/** A dataset file's text; for a guarded one, nothing when a symbolic link is on the way. */
async function readDataset(uri: vscode.Uri, guarded: boolean): Promise<Read> {
  const blocked = guarded ? await symlinkOnTheWay(uri) : undefined;
  if (blocked) return { uri, blocked };
  try {
    return { uri, text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    return { uri, error: readError(error) };
  }
}

/** VS Code's file errors in the CLI's words ("no such file or directory"), not "EntryNotFound (FileSystemError): …". */
const FILE_ERRORS: Record<string, string> = {
  FileNotFound: 'no such file or directory',
  FileIsADirectory: 'is a directory',
  FileNotADirectory: 'a path component is not a directory',
  NoPermissions: 'permission denied',
};

function readError(error: unknown): string {
  if (error instanceof vscode.FileSystemError && Object.hasOwn(FILE_ERRORS, error.code)) return FILE_ERRORS[error.code];
  return error instanceof Error ? error.message : String(error);
}
