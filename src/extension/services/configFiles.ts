import * as vscode from 'vscode';
import { isIgnored } from '../../core/config/apply';
import type * as Validators from '../validators/entry';
import { validators, validatorsNow } from '../validators/load';
import type { LocalFiles } from './localFiles';
import { Notices } from './notices';
import { CONFIG_FILE_NAME, formatConfigProblem, type StatLensConfig } from '../../core/config/types';
import type { Status } from '../../core/judge/judge';
import { SECTION, type FolderSettings } from '../config';

/** The `.statlens.json` that applies to a note, and the folder its paths are relative to. */
export interface ConfigFile {
  uri: vscode.Uri;
  dir: vscode.Uri;
  config: StatLensConfig;
}

/** The settings for one note: its folder's VS Code settings with its config file applied. */
export interface NoteSettings extends FolderSettings {
  /** False also when the config file's `ignore` covers the note. */
  enable: boolean;
  file?: ConfigFile;
}

/** One read of a config file: its problems, and the notification it showed, if any. */
export interface ConfigRead {
  origin: string;
  problems: string[];
  notification?: string;
}

/** Where the workspace's state keeps the listing of config files between sessions. */
const LISTING_KEY = 'statlens.configFiles';

/** What one folder holds: a valid config, a broken one (defaults apply), or none (look further up). */
type Lookup = ConfigFile | { problems: string[] } | 'none';

/** What is known of a note's config file without waiting: the file, none, or not known yet. */
export type KnownConfig = ConfigFile | undefined | 'unknown';

/**
 * `.statlens.json` files for the editor: the nearest one from a note's folder up
 * to its workspace folder applies, alone. Read from the extension host's own disk when
 * it has the note's scheme (`LocalFiles`: the desktop's `file:`), so a note's first
 * check knows its config without waiting; else through `workspace.fs` (web and virtual
 * workspaces). Cached per folder, watched; a broken file is reported once per distinct
 * set of problems, and its folder is checked with the defaults.
 */
export class ConfigFileService implements vscode.Disposable {
  private readonly lookups = new Map<string, Promise<Lookup>>();
  /** The lookups that have finished, by folder, for answers that must not wait. */
  private readonly settledLookups = new Map<string, Lookup>();
  /**
   * Every config file in the workspace folders, listed once at activation (unless they are
   * read from the local disk, which answers at once) and kept by the watcher; until the listing arrives, the one the last session left (undefined in a
   * workspace's first session). A folder missing from it is taken to have none for a
   * note's first check, which the real lookup then confirms.
   */
  private listing: Set<string> | undefined;
  private listingTicket = 0;
  private searching = false;
  /** What the watcher said while the listing was being made. */
  private readonly createdWhileListing = new Set<string>();
  private readonly reported = new Map<string, string>();
  /** The text each config file had when last parsed, by URI. */
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** The latest reads of config files, oldest first, so tests can tell a read that notified from one that did not. */
  readonly reads: ConfigRead[] = [];
  readonly onDidChange = this.changed.event;
  /** Problem notifications, each closed when its file is fixed or deleted. */
  readonly notices = new Notices();

  constructor(
    private readonly output: vscode.OutputChannel,
    /** The workspace's state, where the listing is kept for the next session's first note. */
    private readonly memento?: vscode.Memento,
    /** The disk `file:` URIs are on, in the desktop extension host. */
    private readonly local?: LocalFiles,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = (uri: vscode.Uri): void => {
      if (!this.unchanged(uri)) this.reload();
    };
    const created = (uri: vscode.Uri): void => {
      this.listing?.add(uri.toString());
      if (this.searching) this.createdWhileListing.add(uri.toString());
      this.remember();
      changed(uri);
    };
    const deleted = (uri: vscode.Uri): void => {
      this.texts.delete(uri.toString());
      this.listing?.delete(uri.toString());
      this.createdWhileListing.delete(uri.toString());
      this.remember();
      // Broken again later, even in the same way, it is news again.
      this.reported.delete(uri.toString());
      this.notices.resolved(uri.toString());
      this.reload();
    };
    const folders = (): void => {
      this.listIfNeeded();
      this.reload();
    };
    this.subscriptions.push(watcher, watcher.onDidCreate(created), watcher.onDidChange(changed), watcher.onDidDelete(deleted), vscode.workspace.onDidChangeWorkspaceFolders(folders));
    this.wrote = created;
    this.listIfNeeded();
  }

  /**
   * StatLens itself wrote this config file (Add Source): read it again now, not when the
   * watcher's event arrives, so a command run right after sees the change.
   */
  readonly wrote: (uri: vscode.Uri) => void;

  /**
   * Only `nearestNow` reads the listing, for `file:` notes, which the local disk answers
   * when there is one: then the search (and its load on the workbench while the first
   * note opens) is left out.
   */
  private listIfNeeded(): void {
    if (this.local?.scheme !== 'file') this.list();
  }

  /** Lists the workspace's config files (one search, off every note's path); the watcher keeps the list. */
  private list(): void {
    const ticket = ++this.listingTicket;
    const remembered = this.memento?.get<unknown>(LISTING_KEY);
    this.listing = Array.isArray(remembered) ? new Set(remembered.filter((u): u is string => typeof u === 'string')) : undefined;
    this.searching = true;
    this.createdWhileListing.clear();
    Promise.resolve(vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`)).then(
      (files) => {
        if (ticket !== this.listingTicket) return;
        // Files the watcher reported while the search ran are kept too.
        this.listing = new Set([...files.map(String), ...this.createdWhileListing]);
        this.searching = false;
        this.remember();
      },
      () => {
        if (ticket !== this.listingTicket) return;
        this.listing = undefined; // unknown: first checks wait for the real lookup
        this.searching = false;
      },
    );
  }

  private remember(): void {
    if (this.listing && !this.searching) void this.memento?.update(LISTING_KEY, [...this.listing]);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  /**
   * The datasets a note's config file names. In an untrusted workspace only those
   * inside the note's workspace folder: a shared file must not reach outside it.
   */
  async datasetsFor(uri: vscode.Uri): Promise<vscode.Uri[]> {
    const file = await this.nearest(uri);
    if (!file) return [];
    const uris = file.config.datasets.map((p) => vscode.Uri.joinPath(file.dir, p));
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (vscode.workspace.isTrusted || !folder) return uris;
    return uris.filter((u) => u.path.startsWith(trimSlash(folder.uri.path) + '/'));
  }

  /** Problems of the broken config files read so far (and not changed since), one line each. */
  async problems(): Promise<string[]> {
    const lookups = await Promise.all(this.lookups.values());
    return lookups.flatMap((l) => (typeof l === 'object' && 'problems' in l ? l.problems : []));
  }

  /** The nearest config file above a note, up to its workspace folder; none for notes outside one. */
  async nearest(uri: vscode.Uri): Promise<ConfigFile | undefined> {
    // One folder at a time: a farther file that a nearer one hides is never read (nor reported).
    for (const dir of this.dirsAbove(uri)) {
      const found = await this.lookup(dir);
      // A broken file stops the walk: its folder gets the defaults, not a farther file's settings.
      if (found !== 'none') return 'config' in found ? found : undefined;
    }
    return undefined;
  }

  /**
   * The same answer as `nearest`, now, from lookups already finished and the listing of
   * config files; 'unknown' when a folder on the way may hold one that is not read yet.
   */
  nearestNow(uri: vscode.Uri): KnownConfig {
    // The search lists files on disk only; other file systems (virtual workspaces) may have no search provider.
    const listing = uri.scheme === 'file' ? this.listing : undefined;
    for (const dir of this.dirsAbove(uri)) {
      const key = dir.toString();
      const found = this.settledLookups.get(key) ?? this.lookupNow(dir) ?? (listing && !listing.has(vscode.Uri.joinPath(dir, CONFIG_FILE_NAME).toString()) ? 'none' : undefined);
      if (found === undefined) return 'unknown';
      if (found !== 'none') return 'config' in found ? found : undefined;
    }
    return undefined;
  }

  /** The folders whose config file could apply to a note, nearest first, up to its workspace folder. */
  private dirsAbove(uri: vscode.Uri): vscode.Uri[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return [];
    const root = trimSlash(folder.uri.path);
    const dirs: vscode.Uri[] = [];
    for (let dir = vscode.Uri.joinPath(uri, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
      dirs.push(dir);
      if (trimSlash(dir.path).length <= root.length) return dirs;
    }
  }

  private lookup(dir: vscode.Uri): Promise<Lookup> {
    const key = dir.toString();
    let lookup = this.lookups.get(key);
    if (!lookup && this.lookupNow(dir)) lookup = this.lookups.get(key);
    if (!lookup) {
      const uri = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
      lookup = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        async (bytes) => this.parse(uri, dir, new TextDecoder('utf-8').decode(bytes), (await validators()).parseConfig),
        // Most folders have no config file; an unreadable one is treated the same, quietly.
        (): Lookup => 'none',
      );
      this.lookups.set(key, lookup);
      const settled = lookup;
      void settled.then((found) => this.lookups.get(key) === settled && this.settledLookups.set(key, found), () => undefined);
      // A failure (the validators' file could not be loaded) is not kept: the next check tries again.
      const failed = lookup;
      failed.catch(() => this.lookups.get(key) === failed && this.lookups.delete(key));
    }
    return lookup;
  }

  /**
   * The folder's lookup made in this turn, from the local disk, and kept as settled;
   * undefined when the folder is not on it, a lookup through `workspace.fs` is already on
   * its way, or the validators could not be loaded (the lookup through `workspace.fs`
   * then tries again and fails as before).
   */
  private lookupNow(dir: vscode.Uri): Lookup | undefined {
    const key = dir.toString();
    if (!this.local || dir.scheme !== this.local.scheme || this.lookups.has(key)) return undefined;
    const uri = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    const bytes = this.local.read(uri);
    let found: Lookup;
    try {
      found = bytes ? this.parse(uri, dir, new TextDecoder('utf-8').decode(bytes), validatorsNow().parseConfig) : 'none';
    } catch {
      return undefined;
    }
    this.lookups.set(key, Promise.resolve(found));
    this.settledLookups.set(key, found);
    return found;
  }

  /**
   * Whether a config file on the local disk still holds the text last parsed: then its
   * watcher event (the one for a file a note's first check has already read, say) is no
   * news, and re-reading every dataset and source and re-checking every note is left out.
   */
  private unchanged(uri: vscode.Uri): boolean {
    const last = this.texts.get(uri.toString());
    if (last === undefined || !this.local || uri.scheme !== this.local.scheme) return false;
    const bytes = this.local.read(uri);
    return bytes !== undefined && new TextDecoder('utf-8').decode(bytes) === last;
  }

  private parse(uri: vscode.Uri, dir: vscode.Uri, text: string, parseConfig: typeof Validators.parseConfig): Lookup {
    this.texts.set(uri.toString(), text);
    const origin = vscode.workspace.asRelativePath(uri);
    const { config, problems } = parseConfig(origin, text);
    const lines = problems.map(formatConfigProblem);
    this.reads.push({ origin, problems: lines, notification: this.report(uri, lines) });
    if (this.reads.length > 50) this.reads.shift();
    return config ? { uri, dir, config } : { problems: lines };
  }

  /** One notification per file and distinct set of problems (not one per check); every problem goes to the output channel. */
  private report(uri: vscode.Uri, lines: string[]): string | undefined {
    const key = uri.toString();
    const signature = lines.join('\n');
    if (this.reported.get(key) === signature) return undefined;
    this.reported.set(key, signature);
    const origin = vscode.workspace.asRelativePath(uri);
    if (lines.length === 0) {
      this.notices.resolved(key);
      this.output.appendLine(`Using ${origin}.`);
      return undefined;
    }
    for (const line of lines) this.output.appendLine(line);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
    // Closes once the file is fixed or deleted; the text is made plain (no [label](command:…) link).
    return this.notices.problem(key, `StatLens: invalid config: ${lines[0]}${more}. Notes under it are checked with the default settings.`);
  }

  private reload(): void {
    this.lookups.clear();
    this.settledLookups.clear();
    this.changed.fire();
  }
}

/**
 * A note's settings with its config file applied. A `statlens.severity.*` value set for
 * the workspace or the folder wins over the config file; the file wins over user
 * settings and defaults. Changes and returns `settings`.
 */
export function withConfigFile(settings: NoteSettings, file: ConfigFile | undefined, uri: vscode.Uri): NoteSettings {
  if (!file) return settings;
  settings.file = file;
  if (ignores(file, uri)) settings.enable = false;
  const inspect = vscode.workspace.getConfiguration(SECTION, uri);
  for (const [status, severity] of Object.entries(file.config.severity) as [Status, NoteSettings['severities'][Status]][]) {
    const set = inspect.inspect(`severity.${status}`);
    if (set?.workspaceFolderValue === undefined && set?.workspaceValue === undefined) settings.severities[status] = severity;
  }
  return settings;
}

/** Whether the config file's `ignore` globs cover the note. */
export function ignores(file: ConfigFile, uri: vscode.Uri): boolean {
  return isIgnored(file.config, uri.path.slice(trimSlash(file.dir.path).length + 1));
}

function trimSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}
