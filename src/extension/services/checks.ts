import * as vscode from 'vscode';
import type { Checker, CheckOptions, CheckResult } from '../../core/check';
import { IncrementalCheck } from '../../core/incremental';
import type { DatasetService } from './datasets';

interface Cached {
  version: number;
  generation: number;
  result: CheckResult;
}

/**
 * The latest check of each open note, computed on demand and shared by
 * diagnostics, hovers, code actions and the status bar, so a note is checked once
 * per version (and again only when datasets or settings change).
 */
export class CheckService implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly running = new Map<string, { version: number; generation: number; result: Promise<CheckResult | undefined> }>();
  /** Per note, the incremental check that re-checks only what a keystroke touched. */
  private readonly sessions = new Map<string, { checker: Checker; options: string; session: IncrementalCheck }>();
  private settingsGeneration = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly datasets: DatasetService) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statlens')) this.settingsGeneration++;
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private get generation(): number {
    return this.datasets.generation * 1_000_003 + this.settingsGeneration;
  }

  /**
   * The check of the document as it is now; undefined when StatLens is off for it.
   * Requests for the same version while a check runs (a hover during the debounced
   * refresh) share that check instead of running it again.
   */
  check(document: vscode.TextDocument): Promise<CheckResult | undefined> {
    const cached = this.peek(document);
    if (cached) return Promise.resolve(cached);
    const key = document.uri.toString();
    const running = this.running.get(key);
    if (running && running.version === document.version && running.generation === this.generation) return running.result;
    const result = this.compute(document);
    this.running.set(key, { version: document.version, generation: this.generation, result });
    const done = (): void => {
      if (this.running.get(key)?.result === result) this.running.delete(key);
    };
    result.then(done, done);
    return result;
  }

  private async compute(document: vscode.TextDocument): Promise<CheckResult | undefined> {
    const generation = this.generation;
    const version = document.version;
    const text = document.getText();
    const settings = await this.datasets.configs.settingsFor(document.uri);
    if (!settings.enable) return undefined;
    const checker = await this.datasets.checkerFor(document.uri);
    const options: CheckOptions = { severities: settings.severities, ignoreFigures: settings.file?.config.ignoreFigures };
    const result = this.sessionFor(document.uri, checker, options).update(text);
    if (document.version === version && generation === this.generation) this.cache.set(document.uri.toString(), { version, generation, result });
    return result;
  }

  /** A note keeps its session while its datasets and options stay the same. */
  private sessionFor(uri: vscode.Uri, checker: Checker, options: CheckOptions): IncrementalCheck {
    const key = uri.toString();
    const wanted = JSON.stringify(options);
    const known = this.sessions.get(key);
    if (known && known.checker === checker && known.options === wanted) return known.session;
    const session = new IncrementalCheck(checker, options);
    this.sessions.set(key, { checker, options: wanted, session });
    return session;
  }

  /** The cached check, only when it is for the document's current version. */
  peek(document: vscode.TextDocument): CheckResult | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.result : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.running.delete(uri.toString());
    this.sessions.delete(uri.toString());
  }
}
