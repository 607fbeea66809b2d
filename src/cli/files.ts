import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeError } from './errors';

/** Directories never searched for notes. */
const SKIPPED_DIRS = new Set(['node_modules']);

/** The notes to check, and a one-line problem for each argument or folder that gave none or could not be read. */
export interface NoteList {
  files: string[];
  problems: string[];
}

/**
 * The notes named on the command line: files as given, directories searched for
 * `*.md` (skipping node_modules and dot-folders), globs expanded. Sorted, unique,
 * and a note reached twice through symbolic links is checked once. A bad argument
 * does not stop the others from being collected.
 */
export async function collectNotes(args: string[], cwd = process.cwd()): Promise<NoteList> {
  const found: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    let statError: unknown;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      statError = error;
    }
    if (stat?.isDirectory()) {
      const notes = walk(full, new Set(), problems, cwd);
      if (notes.length === 0) problems.push(`${arg}: no Markdown notes (*.md) in this directory`);
      found.push(...notes);
    } else if (stat) {
      found.push(full);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'], dot: false });
      if (matches.length === 0) problems.push(`${arg}: no file matches this pattern`);
      for (const m of matches) found.push(path.resolve(m));
    } else {
      problems.push(`${arg}: ${describeError(statError, full)}`);
    }
  }
  return { files: uniqueNotes(found), problems };
}

/** Sorted, one path per real file: of the paths that reach a file, the shortest (the one through fewest links). */
function uniqueNotes(paths: string[]): string[] {
  const byReal = new Map<string, string>();
  for (const p of new Set(paths)) {
    const real = realPath(p);
    const kept = byReal.get(real);
    if (kept === undefined || p.length < kept.length || (p.length === kept.length && p < kept)) byReal.set(real, p);
  }
  return [...byReal.values()].sort();
}

/** The real path of a file; for a broken link or a loop, its folder's real path and its name, so that reading it reports it once. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  }
}

/** `*.md` under a directory; each real directory is entered once, so symbolic link loops end. */
function walk(dir: string, seen: Set<string>, problems: string[], cwd: string): string[] {
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync.native(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(`${displayPath(dir, cwd)}: cannot read directory: ${describeError(error, dir)}`);
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full))) out.push(...walk(full, seen, problems, cwd));
    else if (entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** How a path is shown: relative to the working directory when inside it, with "/". */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}
