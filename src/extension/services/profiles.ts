import * as vscode from 'vscode';
import type { Checker, CheckOptions } from '../../core/check';
import { settingsFor, type FolderSettings } from '../config';
import { ignores, withConfigFile, type ConfigFile, type NoteSettings } from './configFiles';
import type { DatasetService } from './datasets';

/** Everything a check of one note needs: its settings with its config file applied, and the checker for its datasets. */
export interface NoteProfile {
  settings: NoteSettings;
  checker: Checker;
  options: CheckOptions;
}

/** A folder of notes, resolved: its settings with the nearest config file applied, and the checker for every dataset they name. */
interface FolderProfile {
  settings: NoteSettings;
  file?: ConfigFile;
  checker: Checker;
}

interface Entry {
  generation: number;
  /** The folder's VS Code settings, read once per generation. */
  settings: FolderSettings;
  /** Set once resolved; until then, checks use what is known without waiting. */
  profile?: FolderProfile;
  pending: Promise<FolderProfile>;
}

/**
 * One place for a folder's settings, `.statlens.json` and datasets, resolved once per
 * folder of notes and kept until a watcher or a settings change says otherwise (the
 * generation). Checks and commands ask here rather than reading them again.
 *
 * Resolving reads files through `workspace.fs`, a round trip to the workbench that can
 * take most of a second while it is busy opening an editor. So a note whose folder is
 * not resolved yet can be checked at once with what is already known (`provisional`:
 * the settings and the bundled dataset), and again once the folder is.
 */
export class FolderProfiles implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
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

  /** Bumped whenever a setting, a config file or a dataset changes, so cached checks can tell they are stale. */
  get generation(): number {
    return this.datasets.generation * 1_000_003 + this.settingsGeneration;
  }

  /** The note's profile, once its folder's config file and datasets have been read. */
  async profileFor(uri: vscode.Uri): Promise<NoteProfile> {
    const entry = this.entry(uri);
    return forNote(uri, entry.profile ?? (await entry.pending));
  }

  /** The note's profile if its folder is resolved already, without waiting; else undefined (and resolving starts). */
  known(uri: vscode.Uri): NoteProfile | undefined {
    const profile = this.entry(uri).profile;
    return profile && forNote(uri, profile);
  }

  /** The note's VS Code settings, without its config file (whether StatLens is on for its folder). */
  provisional(uri: vscode.Uri): NoteProfile {
    const settings = copy(this.entry(uri).settings);
    return { settings, checker: this.datasets.bundledChecker, options: optionsOf(settings) };
  }

  /**
   * For a note whose folder is not resolved yet, a profile from what is known without a
   * file-system round trip, and only data its config allows: the config file as last read
   * (or none, when the workspace's listing of config files has none on the way) and the
   * bundled dataset, or no dataset when that config turns it off and names no other.
   * Undefined when that is not known: the check then waits for the folder.
   */
  early(uri: vscode.Uri): NoteProfile | undefined {
    const file = this.datasets.configs.nearestNow(uri);
    if (file === 'unknown') return undefined;
    const settings = this.entry(uri).settings;
    let checker = this.datasets.bundledChecker;
    if (file?.config.bundled === false) {
      // Its sources and datasets are not read yet; rather than show every figure unsupported meanwhile, wait.
      if (file.config.datasets.length || file.config.sources?.length || settings.datasets.length) return undefined;
      checker = this.datasets.emptyChecker;
    }
    const applied = withConfigFile(copy(settings), file, uri);
    applied.enable = settings.enable && !(file && ignores(file, uri));
    return { settings: applied, checker, options: optionsOf(applied) };
  }

  private entry(uri: vscode.Uri): Entry {
    const key = folderKey(uri);
    const generation = this.generation;
    const known = this.entries.get(key);
    if (known && known.generation === generation) return known;
    const settings = settingsFor(uri);
    const entry: Entry = {
      generation,
      settings,
      pending: Promise.all([this.datasets.configs.nearest(uri), this.datasets.checkerFor(uri)]).then(([file, checker]) => {
        // Severities from the file, under those the workspace sets; `ignore` is per note (forNote).
        const applied = withConfigFile(copy(settings), file, uri);
        applied.enable = settings.enable;
        return (entry.profile = { settings: applied, file, checker });
      }),
    };
    this.entries.set(key, entry);
    // A failure (the validators' file could not be loaded) is not kept: the next check tries again.
    entry.pending.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry;
  }
}

function forNote(uri: vscode.Uri, profile: FolderProfile): NoteProfile {
  const settings = copy(profile.settings);
  if (profile.file && ignores(profile.file, uri)) settings.enable = false;
  return { settings, checker: profile.checker, options: optionsOf(settings) };
}

function copy(settings: FolderSettings | NoteSettings): NoteSettings {
  return { ...settings, severities: { ...settings.severities } };
}

/** The options a check takes from a note's settings. */
function optionsOf(settings: NoteSettings): CheckOptions {
  return { severities: settings.severities, ignoreFigures: settings.file?.config.ignoreFigures };
}

/**
 * Notes in one folder share a profile: the config file is the nearest one above the
 * folder, and settings are per workspace folder. Untitled notes share one.
 */
function folderKey(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? 'untitled:' : vscode.Uri.joinPath(uri, '..').toString();
}
