import { globToRegExp } from './glob';
import type { StatLensConfig } from './types';
import { withoutTrailing } from '../text/trim';

type Matcher = (path: string) => boolean;

const compiled = new WeakMap<StatLensConfig, Matcher>();

/**
 * Whether a config's `ignore` globs cover a note. `relativePath` is the note's
 * path from the config's folder, with "/" separators. A pattern that names a
 * folder covers every note in it, as in .gitignore.
 */
export function isIgnored(config: StatLensConfig, relativePath: string): boolean {
  if (config.ignore.length === 0) return false;
  let matches = compiled.get(config);
  if (!matches) {
    matches = compileIgnore(config.ignore);
    compiled.set(config, matches);
  }
  const parts = relativePath.split('/');
  if (parts[0] === '..') return false;
  for (let i = parts.length; i > 0; i--) if (matches(parts.slice(0, i).join('/'))) return true;
  return false;
}

/** One matcher for a list of globs. */
export function compileIgnore(globs: string[]): Matcher {
  // "./drafts" and "drafts/" mean the folder "drafts": every pattern is anchored at the config's folder already.
  const patterns = globs.map((g) => withoutTrailing(g.replace(/^(\.\/|\/)+/, ''), '/')).filter(Boolean).map(globToRegExp);
  return (path) => patterns.some((p) => p.test(path));
}
