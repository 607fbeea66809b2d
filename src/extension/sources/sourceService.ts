import * as vscode from 'vscode';
import type { SourceDocument } from '../../core/sources/document';
import { extractedText, type ExtractedText } from '../../core/sources/extracted';
// In the main bundle: the Markdown parser and detector they use are there already (the validators' file would copy them).
import { sourceDataset, textSource, type HtmlReader } from '../../core/sources/read';
import type { ImportedDataset } from '../../core/sources/records';
import { isBinary, MAX_SOURCE_BYTES, sniffFormat, tooLargeMessage, type SourceFormat } from '../../core/sources/sniff';
import { loadHtmlReader, readPdf } from 'statlens-source-readers';
import type { ConfigFile } from '../services/configFiles';
import type { Notices } from '../services/notices';
import { symlinkProblem } from '../services/datasetSources';

/** One file a config's `sources` globs match, as last read. */
export interface SourceEntry {
  uri: vscode.Uri;
  /** Its path from the config's folder, with "/": names its records' ids. */
  relative: string;
  format?: SourceFormat;
  /** The records read from it, in the dataset file's shape; undefined when it could not be read. */
  imported?: ImportedDataset;
  /** Why it gave no records, in one line. */
  error?: string;
  doc?: SourceDocument;
  /** Different for each read that changed it, so checkers built on an older read are not reused. */
  version: number;
}

interface Cached {
  hash: string;
  entry: SourceEntry;
}

let versions = 0;

/** The HTML reader loads once; a failure is said once, not per page. */
const HTML_READER_KEY = 'statlens-html-reader';

/**
 * When, after a watcher is asked for, its folder's sources are listed again: a watcher
 * starts some time after it is asked for (a file written meanwhile is never reported),
 * and a folder `files.watcherExclude` leaves out never reports at all.
 */
const SETTLE_MS = [1_000, 5_000];
/** The least time between two lists on the window's focus (a person back from dropping a file into the folder). */
const FOCUS_RELIST_MS = 2_000;

/**
 * A config's `sources` for the editor: the files its globs match, read through
 * `workspace.fs` (so the web extension reads them too), each turned into records by
 * the same core code as `statlens import` and cached by content hash. One watcher
 * per glob re-reads a changed, added or deleted file. A source that cannot be read
 * is one line in the output channel and one notice, closed once it reads; the others
 * are used.
 */
export class SourceService implements vscode.Disposable {
  private readonly lists = new Map<string, Promise<SourceEntry[]>>();
  /** The files each config's globs match, kept up to date from the watchers' events (a search is a round trip). */
  private readonly files = new Map<string, Promise<vscode.Uri[]>>();
  private readonly cache = new Map<string, Cached>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly reported = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private htmlReader: Promise<HtmlReader | string> | undefined;
  /** Why the HTML reader did not load, once it failed: said once, not again for each page. */
  private htmlFailure: string | undefined;
  /** Where the extension's files are (the web build fetches its HTML reader from there). */
  extensionUri: vscode.Uri | undefined;
  readonly onDidChange = this.changed.event;

  private readonly trust: vscode.Disposable;
  private readonly focus: vscode.Disposable;
  private lastFocusList = 0;

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly notices: Notices,
  ) {
    // Sources an untrusted workspace could not have read may be read now.
    this.trust = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      this.lists.clear();
      this.changed.fire();
    });
    this.focus = vscode.window.onDidChangeWindowState((state) => {
      if (!state.focused || Date.now() - this.lastFocusList < FOCUS_RELIST_MS) return;
      this.lastFocusList = Date.now();
      void this.relist();
    });
  }

  dispose(): void {
    this.trust.dispose();
    this.focus.dispose();
    for (const w of this.watchers.values()) w.dispose();
    this.changed.dispose();
  }

  /** The sources a config file names, read (or taken from the cache when unchanged). */
  entriesFor(file: ConfigFile | undefined): Promise<SourceEntry[]> {
    const globs = file?.config.sources ?? [];
    if (!file || globs.length === 0) return Promise.resolve([]);
    const key = `${file.dir.toString()}\n${globs.join('\n')}`;
    let list = this.lists.get(key);
    if (!list) {
      for (const glob of globs) this.watch(file.dir, glob);
      let files = this.files.get(key);
      if (!files) this.files.set(key, (files = this.list(file.dir, globs)));
      list = files.then((uris) => Promise.all(uris.map((uri) => this.read(uri, relativeTo(file.dir, uri)))));
      this.lists.set(key, list);
    }
    return list;
  }

  /** Every source read so far, by file, for "Show Source Statistics" and "Open source at quote". */
  async all(): Promise<SourceEntry[]> {
    const entries = (await Promise.all(this.lists.values())).flat();
    return entries.filter((e, i) => entries.findIndex((f) => f.uri.toString() === e.uri.toString()) === i);
  }

  /** The source a record was read from, among those read so far. */
  async entryOf(recordId: string): Promise<SourceEntry | undefined> {
    return (await this.all()).find((e) => e.imported?.records.some((r) => r.id === recordId));
  }

  /** Whether a record comes from a source (synchronously, from the sources read so far). */
  has(recordId: string): boolean {
    for (const { entry } of this.cache.values()) if (entry.imported?.records.some((r) => r.id === recordId)) return true;
    return false;
  }

  /** An HTML page's or a PDF's text as the import read it, for the read-only document "Open source at quote" shows. */
  extracted(uri: vscode.Uri): ExtractedText | undefined {
    const doc = this.cache.get(uri.toString())?.entry.doc;
    return doc && extractedText(doc);
  }

  private async list(dir: vscode.Uri, globs: string[]): Promise<vscode.Uri[]> {
    const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(dir, glob), '**/node_modules/**')));
    const unique = new Map(found.flat().map((u) => [u.toString(), u]));
    return [...unique.values()].filter((u) => listed(dir, u)).sort(byPath);
  }

  private async read(uri: vscode.Uri, relative: string): Promise<SourceEntry> {
    const key = uri.toString();
    let entry: SourceEntry;
    try {
      // A config in an untrusted workspace may not make StatLens read (and quote) files elsewhere through a link.
      const blocked = vscode.workspace.isTrusted ? undefined : await symlinkProblem(uri);
      const stat = blocked ? undefined : await vscode.workspace.fs.stat(uri);
      if (blocked || !stat) {
        entry = { uri, relative, error: `not read in this untrusted workspace: ${blocked}; trust the workspace to read it`, version: ++versions };
      } else if (stat.size > MAX_SOURCE_BYTES) {
        entry = { uri, relative, error: tooLargeMessage(stat.size), version: ++versions };
      } else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        const hash = `${relative}:${await contentHash(bytes)}`;
        const cached = this.cache.get(key);
        if (cached?.hash === hash) return cached.entry;
        entry = await this.parse(uri, relative, bytes, new Date(stat.mtime || Date.now()).toISOString().slice(0, 10));
        this.cache.set(key, { hash, entry });
      }
    } catch (error) {
      entry = { uri, relative, error: `cannot read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, version: ++versions };
    }
    this.report(entry);
    return entry;
  }

  private async parse(uri: vscode.Uri, relative: string, bytes: Uint8Array, modified: string): Promise<SourceEntry> {
    const format = sniffFormat(uri.path, bytes);
    let doc: SourceDocument | string;
    if (format === 'pdf') {
      doc = await readPdf(bytes);
    } else if (isBinary(bytes)) {
      doc = 'a binary file, not text (Markdown, plain text, HTML)';
    } else {
      const html = format === 'html' ? await this.html() : undefined;
      doc = typeof html === 'string' ? html : textSource(format, new TextDecoder('utf-8').decode(bytes), html);
    }
    const version = ++versions;
    if (typeof doc === 'string') return { uri, relative, format, error: doc, version };
    const imported = sourceDataset(doc, relative, modified);
    return typeof imported === 'string' ? { uri, relative, format, error: imported, doc, version } : { uri, relative, format, imported, doc, version };
  }

  private html(): Promise<HtmlReader | string> {
    this.htmlReader ??= loadHtmlReader(this.extensionUri).then((reader) => {
      if (typeof reader === 'string') {
        this.htmlFailure = reader;
        this.output.appendLine(`StatLens: ${reader}`);
        this.notices.problem(HTML_READER_KEY, `StatLens: ${reader}`);
      }
      return reader;
    });
    return this.htmlReader;
  }

  /** One line per source and distinct problem; a source read again without one closes its notice. */
  private report(entry: SourceEntry): void {
    const key = entry.uri.toString();
    const shown = vscode.workspace.asRelativePath(entry.uri);
    const signature = entry.error ?? `ok ${entry.imported?.records.length}`;
    if (this.reported.get(key) === signature) return;
    this.reported.set(key, signature);
    if (!entry.error) {
      this.notices.resolved(key);
      this.output.appendLine(`Read source ${shown}: ${entry.imported?.records.length ?? 0} statistics.`);
      return;
    }
    this.output.appendLine(`${shown}: ${entry.error}`);
    // The HTML reader's failure is said once, by itself; a page it could not read gets its own line.
    if (entry.error === this.htmlFailure) return;
    this.notices.problem(key, `StatLens: source ${shown}: ${entry.error}. The other sources and datasets are still used.`);
  }

  /** One watcher per config folder and glob: a change, a new file or a deletion re-reads that config's sources. */
  private watch(dir: vscode.Uri, glob: string): void {
    const key = `${dir.toString()}\n${glob}`;
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, glob));
    const ofThisGlob = (listKey: string): boolean => listKey.startsWith(`${dir.toString()}\n`) && listKey.split('\n').slice(1).includes(glob);
    /** A file that appears or goes is added to or taken from the lists of the configs with this glob, without searching again. */
    const relist = (uri: vscode.Uri, added: boolean): void => {
      for (const [listKey, files] of this.files) {
        if (!ofThisGlob(listKey)) continue;
        this.files.set(listKey, files.then((uris) => {
          const others = uris.filter((u) => u.toString() !== uri.toString());
          return added && listed(dir, uri) ? [...others, uri].sort(byPath) : others;
        }));
      }
    };
    const reload = (uri: vscode.Uri): void => {
      for (const listKey of [...this.lists.keys()]) if (listKey.startsWith(`${dir.toString()}\n`)) this.lists.delete(listKey);
      if (!this.cache.has(uri.toString())) this.reported.delete(uri.toString());
      this.changed.fire();
    };
    const created = (uri: vscode.Uri): void => {
      relist(uri, true);
      reload(uri);
    };
    const deleted = (uri: vscode.Uri): void => {
      relist(uri, false);
      this.cache.delete(uri.toString());
      this.reported.delete(uri.toString());
      this.notices.resolved(uri.toString());
      reload(uri);
    };
    const settle = SETTLE_MS.map((ms) => setTimeout(() => void this.relist(dir), ms));
    const stopSettling = { dispose: () => settle.forEach(clearTimeout) };
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(created), watcher.onDidDelete(deleted), stopSettling));
  }

  /** Lists the sources of the configs in `dir` (of every config, without it) again, and re-reads them where files came or went unreported. */
  private async relist(dir?: vscode.Uri): Promise<void> {
    for (const [listKey, files] of [...this.files]) {
      const [configDir, ...globs] = listKey.split('\n');
      if (dir && configDir !== dir.toString()) continue;
      let known: vscode.Uri[];
      let found: vscode.Uri[];
      try {
        [known, found] = await Promise.all([files, this.list(vscode.Uri.parse(configDir), globs)]);
      } catch {
        continue;
      }
      // A watcher's event changed the list meanwhile, or nothing did: either way it stands.
      if (this.files.get(listKey) !== files || sameFiles(known, found)) continue;
      this.files.set(listKey, Promise.resolve(found));
      for (const key of [...this.lists.keys()]) if (key.startsWith(`${configDir}\n`)) this.lists.delete(key);
      this.changed.fire();
    }
  }

  /** The config's sources changed or went: forget the lists and watchers (the cache by content stays). */
  invalidate(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.lists.clear();
    this.files.clear();
  }
}

/** Files in dot-folders (.git, .obsidian) or named with a dot first, below the config's folder, are not sources; nor is node_modules. */
function listed(dir: vscode.Uri, uri: vscode.Uri): boolean {
  return !relativeTo(dir, uri).split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

function sameFiles(a: vscode.Uri[], b: vscode.Uri[]): boolean {
  return a.length === b.length && a.every((uri, i) => uri.toString() === b[i].toString());
}

function byPath(a: vscode.Uri, b: vscode.Uri): number {
  return a.path.localeCompare(b.path);
}

function relativeTo(dir: vscode.Uri, uri: vscode.Uri): string {
  const base = dir.path.endsWith('/') ? dir.path : `${dir.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : (uri.path.split('/').pop() ?? uri.path);
}

/** SHA-256 of a file's bytes, hex: Web Crypto, in Node 20 and in the browser alike. */
async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
