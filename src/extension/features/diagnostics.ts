import * as vscode from 'vscode';
import type { CheckResult, Finding } from '../../core/check';
import type { Severity } from '../../core/rules/rule';
import { debounceMs, isNote } from '../config';
import { loadReadme, readmeTarget } from '../readme';
import { toRange } from '../convert';
import type { CheckService } from '../services/checks';
import type { DatasetService } from '../services/datasets';
import { TOO_LARGE_CODE, tooLargeMessage, type Oversize } from '../sizeLimit';

const SEVERITY: Record<Exclude<Severity, 'none'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** README sections the diagnostic codes link to (the README's name and lines: see readme.ts). */
export function codeTarget(extensionUri: vscode.Uri, code: string): vscode.Uri {
  return readmeTarget(extensionUri, code);
}

export function toDiagnostics(document: vscode.TextDocument, result: CheckResult, extensionUri: vscode.Uri): vscode.Diagnostic[] {
  return result.findings.filter((f) => f.severity !== 'none').map((f) => toDiagnostic(document, f, extensionUri));
}

function toDiagnostic(document: vscode.TextDocument, f: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, f.start, f.end), f.message, SEVERITY[f.severity as Exclude<Severity, 'none'>]);
  diagnostic.source = 'StatLens';
  diagnostic.code = { value: f.code, target: codeTarget(extensionUri, f.code) };
  return diagnostic;
}

/**
 * Why a note above `statlens.maxNoteSize` is not checked as you type: one
 * information diagnostic on its first line, so the writer is never left with silence.
 */
export function tooLargeDiagnostic(range: vscode.Range, over: Oversize, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, tooLargeMessage(over), vscode.DiagnosticSeverity.Information);
  diagnostic.source = 'StatLens';
  diagnostic.code = { value: TOO_LARGE_CODE, target: readmeTarget(extensionUri, 'settings') };
  return diagnostic;
}

const WARM_UP_NOTE = '# Warm-up\n\nIn 2026, about 73% of enterprises ran an open model, 3.2x more than in 2024, for $47 billion ([source](https://example.com)).\n';

/** How long the editor must have had no check to do before background work goes on. */
const QUIET_MS = 250;

/** What was published for a note: its check (undefined when not checked) and whether it is above the size limit. */
export interface Published {
  document: vscode.TextDocument;
  result?: CheckResult;
  oversize?: Oversize;
}

/**
 * The Problems-panel lifecycle: check on open and on switching editors, after a
 * pause in typing, on save; publish only the newest result for a note (a
 * generation counter drops results that a later edit has overtaken); clear on close.
 */
export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('statlens');
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Set<Promise<void>>();
  /**
   * When a check last finished, for `idle`. Activation counts: the notes that opened with
   * StatLens (and the warm-up) go before background work, which would hold the extension
   * host for a whole check of some other note just as they arrive.
   */
  private lastActive = performance.now();
  /**
   * Notes shown or opened since their last close. A document outlives its closed tab
   * (VS Code keeps it for a while), and nothing may publish for it meanwhile.
   */
  private readonly live = new Set<string>();
  /** Notes "Check All Notes in Workspace" published for without their being open. */
  readonly checkedClosed = new Set<string>();
  private readonly published = new vscode.EventEmitter<Published>();
  readonly onDidPublish = this.published.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly checks: CheckService,
    private readonly datasets: DatasetService,
    private readonly extensionUri: vscode.Uri,
  ) {}

  register(): vscode.Disposable {
    this.subscriptions.push(
      this.collection,
      this.published,
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => this.live.has(d.uri.toString()) && this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d)),
      // A closed editor's document may stay open (and its close event come) much later.
      vscode.window.tabGroups.onDidChangeTabs((e) => this.clearClosedTabs(e.closed)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.refreshIfStale(e.document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.live.has(e.document.uri.toString()) || this.refresh(e.document))),
      this.datasets.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('statlens') && this.refreshAll()),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.forget(uri))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri }) => this.forget(oldUri))),
    );
    // The notes open already (the one whose opening activated StatLens) are checked just
    // after activation returns, so that activating only wires things up; with none open,
    // a small check warms the checker up for the first note.
    const initial = setTimeout(() => {
      for (const document of vscode.workspace.textDocuments) if (!this.live.has(document.uri.toString())) void this.refresh(document);
      if (!this.hasChecked) this.warmUp();
    }, 0);
    return vscode.Disposable.from(...this.subscriptions, { dispose: () => (clearTimeout(initial), this.timers.forEach(clearTimeout)) });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  /**
   * Builds the bundled dataset's index and runs one small check, so that the first note
   * opened pays neither, nor the cold start of the parsers and the checker's code.
   */
  private warmUp(): void {
    try {
      this.datasets.bundledChecker.check(WARM_UP_NOTE);
    } catch (error) {
      console.error('StatLens: warming up failed', error);
    }
    this.lastActive = performance.now();
  }

  /**
   * Checks a note now, publishing its diagnostics unless a newer check has started since.
   * `evenIfLarge` checks a note above the size limit once (the "Check This Note Now" command).
   */
  refresh(document: vscode.TextDocument, options: { evenIfLarge?: boolean } = {}): Promise<void> {
    if (isNote(document)) this.live.add(document.uri.toString());
    return this.recheck(document, options);
  }

  /** Whether any note has been checked (or is being checked) this session. */
  get hasChecked(): boolean {
    return this.generations.size > 0;
  }

  /**
   * Resolves once no note is being checked and none has been for a moment (a debounce
   * waiting does not count): background work (the workspace index) yields to the editor,
   * so that a check of its own does not land between a note's publish and VS Code's
   * diagnostics event, or the next note's open.
   */
  async idle(): Promise<void> {
    for (;;) {
      await Promise.allSettled([...this.running]);
      const wait = this.lastActive + QUIET_MS - performance.now();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
      if (!this.running.size && performance.now() - this.lastActive >= QUIET_MS) return;
    }
  }

  /** Resolves once no note is waiting for its debounce or being checked. */
  async settled(): Promise<void> {
    while (this.timers.size || this.running.size) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private recheck(document: vscode.TextDocument, options: { evenIfLarge?: boolean } = {}): Promise<void> {
    const run = this.checkAndPublish(document, options);
    this.running.add(run);
    const done = (): void => {
      this.running.delete(run);
      this.lastActive = performance.now();
    };
    run.then(done, done);
    return run;
  }

  private async checkAndPublish(document: vscode.TextDocument, { evenIfLarge = false }): Promise<void> {
    if (!isNote(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.checkedClosed.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    let early: CheckResult | undefined;
    let result: CheckResult | undefined;
    try {
      // A note whose folder's config file and datasets are not read yet is checked and
      // shown at once with what is known, and again below only if they change anything.
      early = this.checks.checkEarly(document);
      if (early && this.live.has(key)) this.publish(document, early);
      result = await this.checks.check(document, { evenIfLarge });
    } catch (error) {
      console.error('StatLens: checking failed', error);
      return;
    }
    // The code links name the README's lines, read once at the start.
    await loadReadme(this.extensionUri);
    if (this.generations.get(key) !== generation || document.isClosed || !this.live.has(key)) return;
    if (result && result === early) return;
    this.publish(document, result);
  }

  private publish(document: vscode.TextDocument, result: CheckResult | undefined): void {
    const oversize = this.checks.oversize(document);
    const diagnostics = result ? toDiagnostics(document, result, this.extensionUri) : [];
    if (oversize) diagnostics.unshift(tooLargeDiagnostic(document.lineAt(0).range, oversize, this.extensionUri));
    this.collection.set(document.uri, diagnostics);
    this.published.fire({ document, result, oversize });
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!isNote(document) || !this.live.has(key)) return;
    clearTimeout(this.timers.get(key));
    // Bump the generation now, so a check already running for an older version is dropped.
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.timers.set(key, setTimeout(() => void this.recheck(document), debounceMs()));
  }

  private refreshIfStale(document: vscode.TextDocument): void {
    if (isNote(document) && (!this.live.has(document.uri.toString()) || !this.checks.peek(document))) void this.refresh(document);
    else if (isNote(document)) this.published.fire({ document, result: this.checks.peek(document), oversize: this.checks.oversize(document) });
  }

  /** Open notes are checked again; results for closed notes are dropped, since they may be stale now. */
  private refreshAll(): void {
    for (const key of this.checkedClosed) this.collection.delete(vscode.Uri.parse(key));
    this.checkedClosed.clear();
    for (const document of vscode.workspace.textDocuments) if (this.live.has(document.uri.toString())) void this.recheck(document);
  }

  private forget(uri: vscode.Uri): void {
    this.checkedClosed.delete(uri.toString());
    this.collection.delete(uri);
  }

  private clearClosedTabs(closed: readonly vscode.Tab[]): void {
    const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap(tabUris).map(String));
    for (const uri of closed.flatMap(tabUris)) {
      if (open.has(uri.toString()) || this.checkedClosed.has(uri.toString())) continue;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document) this.clear(document);
      else this.collection.delete(uri);
    }
  }

  private clear(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.live.delete(key);
    this.collection.delete(document.uri);
    this.checks.forget(document.uri);
  }
}

function tabUris(tab: vscode.Tab): vscode.Uri[] {
  if (tab.input instanceof vscode.TabInputText) return [tab.input.uri];
  if (tab.input instanceof vscode.TabInputTextDiff) return [tab.input.original, tab.input.modified];
  return [];
}
