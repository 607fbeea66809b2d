import * as vscode from 'vscode';
import type { Checker, CheckResult } from '../../core/check';
import { IncrementalCheck } from '../../core/incremental';
import { maxNoteBytes } from '../config';
import { mayExceed, oversize, type Oversize } from '../sizeLimit';
import type { FolderProfiles, NoteProfile } from './profiles';

interface Cached {
  version: number;
  generation: number;
  result: CheckResult;
}

/** A check made before the note's folder was resolved, with what was known then. */
interface Early extends Cached {
  checker: Checker;
  options: string;
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
  private readonly sizes = new Map<string, { version: number; generation: number; over: Oversize | undefined }>();
  private readonly early = new Map<string, Early>();

  constructor(private readonly profiles: FolderProfiles) {}

  dispose(): void {}

  private get generation(): number {
    return this.profiles.generation;
  }

  /**
   * A check now, without waiting on anything: the final one when the note's folder is
   * resolved, else one with what is known of it (`FolderProfiles.early`: the config as
   * last read or known absent, and only the data it allows); undefined when even that
   * is not known, or the note is off or above the size limit. `check` returns this same
   * result when the folder turns out as known.
   */
  checkEarly(document: vscode.TextDocument): CheckResult | undefined {
    const cached = this.peek(document);
    if (cached || this.oversize(document)) return cached;
    const key = document.uri.toString();
    const known = this.profiles.known(document.uri);
    if (known) {
      if (!known.settings.enable) return undefined;
      const result = this.sessionFor(document.uri, known).update(document.getText());
      this.cache.set(key, { version: document.version, generation: this.generation, result });
      return result;
    }
    const before = this.early.get(key);
    const current = before && before.version === document.version && before.generation === this.generation ? before : undefined;
    const profile = this.profiles.early(document.uri);
    if (!profile) {
      // Whether the bundled dataset applies is not known yet: check with it meanwhile, without
      // showing it, so that the check is ready when the folder turns out to add nothing.
      if (!current) this.speculate(document);
      return undefined;
    }
    if (!profile.settings.enable) return undefined;
    const options = JSON.stringify(profile.options);
    // Asked again (the editor shown while its check waits for the folder): the same answer.
    if (current && current.checker === profile.checker && current.options === options) return current.result;
    const result = this.sessionFor(document.uri, profile).update(document.getText());
    this.early.set(key, { version: document.version, generation: this.generation, result, checker: profile.checker, options });
    return result;
  }

  /** A check with the settings and the bundled dataset, kept for `compute` but not returned: nothing says yet that it may be shown. */
  private speculate(document: vscode.TextDocument): void {
    const profile = this.profiles.provisional(document.uri);
    if (!profile.settings.enable) return;
    const result = this.sessionFor(document.uri, profile).update(document.getText());
    this.early.set(document.uri.toString(), { version: document.version, generation: this.generation, result, checker: profile.checker, options: JSON.stringify(profile.options) });
  }

  /**
   * The check of the document as it is now; undefined when StatLens is off for it.
   * Requests for the same version while a check runs (a hover during the debounced
   * refresh) share that check instead of running it again. A note above
   * `statlens.maxNoteSize` is only checked when asked `evenIfLarge`.
   */
  check(document: vscode.TextDocument, { evenIfLarge = false } = {}): Promise<CheckResult | undefined> {
    const cached = this.peek(document);
    if (cached) return Promise.resolve(cached);
    if (!evenIfLarge && this.oversize(document)) return Promise.resolve(undefined);
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
    const key = document.uri.toString();
    const profile = this.profiles.known(document.uri) ?? (await this.profiles.profileFor(document.uri));
    if (!profile.settings.enable) return undefined;
    const early = this.early.get(key);
    this.early.delete(key);
    let result: CheckResult;
    if (early && early.version === version && early.generation === generation && early.checker === profile.checker && early.options === JSON.stringify(profile.options)) {
      result = early.result; // the folder added nothing to what the early check knew
    } else {
      // The session moves its findings in place on each update, so only the note's current
      // version goes through it; a request overtaken while awaiting gets a check of its own.
      result = document.version === version ? this.sessionFor(document.uri, profile).update(text) : profile.checker.check(text, profile.options);
    }
    if (document.version === version && generation === this.generation) this.cache.set(key, { version, generation, result });
    return result;
  }

  /** A note keeps its session while its datasets and options stay the same. */
  private sessionFor(uri: vscode.Uri, { checker, options }: NoteProfile): IncrementalCheck {
    const key = uri.toString();
    const wanted = JSON.stringify(options);
    const known = this.sessions.get(key);
    if (known && known.checker === checker && known.options === wanted) return known.session;
    const session = new IncrementalCheck(checker, options);
    this.sessions.set(key, { checker, options: wanted, session });
    return session;
  }

  /** The note's size when it is above `statlens.maxNoteSize`, measured once per version. */
  oversize(document: vscode.TextDocument): Oversize | undefined {
    const key = document.uri.toString();
    const known = this.sizes.get(key);
    if (known && known.version === document.version && known.generation === this.generation) return known.over;
    const limit = this.profiles.provisional(document.uri).settings.enable ? maxNoteBytes(document.uri) : 0;
    // The length from the line index, so a small note's text is not copied on every keystroke.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const over = mayExceed(length, limit) ? oversize(document.getText(), limit) : undefined;
    this.sizes.set(key, { version: document.version, generation: this.generation, over });
    return over;
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
    this.sizes.delete(uri.toString());
    this.early.delete(uri.toString());
  }
}
