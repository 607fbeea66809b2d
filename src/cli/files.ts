import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Directories never searched for notes. */
const SKIPPED_DIRS = new Set(['node_modules']);

export class UsageError extends Error {}

/**
 * The notes named on the command line: files as given, directories searched for
 * `*.md` (skipping node_modules and dot-folders), globs expanded. Sorted, unique.
 */
export async function collectNotes(args: string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(full);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) for (const f of walk(full)) found.add(f);
    else if (stat) found.add(full);
    else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'], dot: false });
      if (matches.length === 0) throw new UsageError(`${arg}: no file matches this pattern`);
      for (const m of matches) found.add(path.resolve(m));
    } else {
      throw new UsageError(`${arg}: no such file or directory`);
    }
  }
  return [...found].sort();
}

function walk(dir: string, seen = new Set<string>()): string[] {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full))) out.push(...walk(full, seen));
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
