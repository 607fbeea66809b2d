import * as vscode from 'vscode';
import type { CheckResult } from '../../core/check';
import type { Severity } from '../../core/rules/rule';
import { claimsOf } from '../../core/workspace/claims';
import { WorkspaceIndex } from '../../core/workspace/index';
import { isNote, maxNoteBytes, SECTION } from '../config';
import type { DiagnosticsManager } from '../features/diagnostics';
import type { DatasetService } from '../services/datasets';
import type { FolderProfiles } from '../services/profiles';
import { oversize } from '../sizeLimit';

const NOTES = '**/*.md';
const EXCLUDE = '{**/node_modules/**,**/.*/**}';

/**
 * The workspace's notes in one core index, kept current: an open note from the
 * editor's own check (no second check), a closed one from disk when the watcher
 * says it changed. Only the changed note is read again; `onDidChange` says which
 * notes' cross-note results may have moved.
 */
export class WorkspaceIndexService implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly changed = new vscode.EventEmitter<string[]>();
  /** Fires with the URIs (as strings) whose inconsistencies may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly decoder = new TextDecoder('utf-8');
  /** Per note, the newest disk read started, so an older read finishing late is dropped. */
  private readonly reads = new Map<string, number>();
  private scan: Promise<void> = Promise.resolve();
  private pending = new Set<Promise<unknown>>();
  /** Editor checks not yet in the index (see `fromEditor`), the newest per note. */
  private readonly fromEditors = new Map<string, { document: vscode.TextDocument; result: CheckResult; ticket: number }>();
  private editorsWaiting: Promise<void> | undefined;

  constructor(
    private readonly datasets: DatasetService,
    private readonly profiles: FolderProfiles,
    private readonly diagnostics: DiagnosticsManager,
  ) {}

  register(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(NOTES);
    this.subscriptions.push(
      watcher,
      this.changed,
      watcher.onDidCreate((uri) => this.track(this.readIfClosed(uri))),
      watcher.onDidChange((uri) => this.track(this.readIfClosed(uri))),
      watcher.onDidDelete((uri) => this.removed(uri)),
      this.diagnostics.onDidPublish(({ document, result }) => this.fromEditor(document, result)),
      // Unsaved edits go with the editor: the note is what is on disk again.
      vscode.workspace.onDidCloseTextDocument((d) => isNote(d) && this.track(this.read(d.uri))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => (this.removed(oldUri), this.track(this.readIfClosed(newUri))))),
      this.datasets.onDidChange(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && this.rescan()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
    this.rescan();
    return vscode.Disposable.from(...this.subscriptions);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  /** Resolves once the first scan and every read since have finished. */
  async settled(): Promise<void> {
    await this.scan;
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  /** Every note of the workspace read again (datasets or settings changed, or at start). */
  private rescan(): void {
    const previous = this.scan;
    this.scan = (async () => {
      await previous.catch(() => undefined);
      // The search too waits for a quiet editor: in a remote window (code-server, SSH) it
      // spawns ripgrep from this extension host, which checks the notes that opened first.
      await this.diagnostics.idle();
      let files: vscode.Uri[];
      try {
        files = await vscode.workspace.findFiles(NOTES, EXCLUDE);
      } catch {
        return;
      }
      const keep = new Set(files.map(String));
      const gone = [...this.index.all()].map((n) => n.path).filter((p) => !keep.has(p));
      const affected = gone.flatMap((p) => this.index.remove(p));
      if (affected.length) this.changed.fire(affected);
      // One note at a time, each once the editor has no check to do: the extension host is
      // shared, and opening and typing must stay quick meanwhile.
      for (const uri of files) {
        await this.diagnostics.idle();
        await this.read(uri, true);
      }
    })();
    this.track(this.scan);
  }

  private track(work: Promise<unknown>): void {
    this.pending.add(work);
    const done = (): void => void this.pending.delete(work);
    work.then(done, done);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  }

  private readIfClosed(uri: vscode.Uri): Promise<void> {
    // A note with unsaved edits follows its editor (onDidPublish); otherwise the file is the truth
    // (a document may outlive its tab without being updated from disk yet).
    return this.openDocument(uri)?.isDirty ? Promise.resolve() : this.read(uri);
  }

  /**
   * Checks the note's text (the editor's while it has unsaved edits, else the file's) and
   * puts it in the index. `background`: the check waits for a quiet editor again once the
   * file is read, since a note may have opened during the read's round trip.
   */
  private async read(uri: vscode.Uri, background = false): Promise<void> {
    const key = uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    try {
      const { settings, checker, options } = await this.profiles.profileFor(uri);
      const open = this.openDocument(uri);
      const text = open?.isDirty ? open.getText() : this.decoder.decode(await vscode.workspace.fs.readFile(uri));
      if (!settings.enable || oversize(text, maxNoteBytes(uri))) return this.update(key, undefined);
      if (background) await this.diagnostics.idle();
      if (this.reads.get(key) !== ticket) return;
      const result = checker.check(text, options);
      if (this.reads.get(key) !== ticket) return;
      this.update(key, result, inconsistentSeverity(uri, settings.severities as Record<string, Severity | undefined>));
    } catch {
      // A note that cannot be read (deleted meanwhile, not UTF-8) is left out until it changes.
      if (this.reads.get(key) === ticket) this.update(key, undefined);
    }
  }

  /**
   * An open note's check, as the editor published it. It goes into the index once the
   * editor is quiet: comparing a note's figures with every other note's takes longer than
   * checking it, and done at once it held up VS Code's own diagnostics event for the note
   * (and the squiggles) that had just been published. Only a note's newest check waits.
   */
  private fromEditor(document: vscode.TextDocument, result: CheckResult | undefined): void {
    if (!isNote(document) || document.uri.scheme === 'untitled' || !result) return;
    const key = document.uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    this.fromEditors.set(key, { document, result, ticket });
    if (!this.editorsWaiting) this.track((this.editorsWaiting = this.takeEditorChecks()));
  }

  private async takeEditorChecks(): Promise<void> {
    await this.diagnostics.idle();
    this.editorsWaiting = undefined;
    const taken = [...this.fromEditors.entries()];
    this.fromEditors.clear();
    for (const [key, { document, result, ticket }] of taken) {
      const { settings } = await this.profiles.profileFor(document.uri);
      // A read from disk (the note closed) or a newer check since has the last word.
      if (this.reads.get(key) !== ticket) continue;
      this.update(key, result, inconsistentSeverity(document.uri, settings.severities as Record<string, Severity | undefined>));
    }
  }

  private removed(uri: vscode.Uri): void {
    this.reads.set(uri.toString(), (this.reads.get(uri.toString()) ?? 0) + 1);
    const affected = this.index.remove(uri.toString());
    this.changed.fire([uri.toString(), ...affected]);
  }

  private update(key: string, result: CheckResult | undefined, severity?: Severity): void {
    const uri = vscode.Uri.parse(key);
    const affected = result ? this.index.set(key, claimsOf(result), { label: vscode.workspace.asRelativePath(uri), severity }) : this.index.remove(key);
    this.changed.fire(result ? affected : [key, ...affected]);
  }
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'];

/**
 * `statlens.severity.inconsistent` for a note: the config file's value when the
 * workspace and folder settings leave it unset (the configuration service has
 * already applied that rule), else the setting.
 */
function inconsistentSeverity(uri: vscode.Uri, fromFile: Record<string, Severity | undefined>): Severity {
  if (fromFile.inconsistent !== undefined) return fromFile.inconsistent;
  const value = vscode.workspace.getConfiguration(SECTION, uri).get<string>('severity.inconsistent', 'information');
  return value === 'off' ? 'none' : SEVERITIES.includes(value) ? (value as Severity) : 'information';
}
