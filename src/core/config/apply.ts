import picomatch from 'picomatch/posix';
import type { Finding } from '../check';
import type { StatLensConfig } from './types';

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

/** One matcher for a list of globs; throws on a pattern picomatch cannot read. */
export function compileIgnore(globs: string[]): Matcher {
  // "./drafts" and "drafts/" mean the folder "drafts": every pattern is anchored at the config's folder already.
  const patterns = globs.map((g) => g.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '')).filter(Boolean);
  return picomatch(patterns, { dot: true });
}

/** How `ignoreFigures` compares figures: whitespace runs (incl. no-break and thin spaces) as one space, any case. */
export function figureKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Marks the findings whose figure the config ignores as suppressed (severity
 * "none"), as a suppression comment would: they stay in the JSON report and the
 * hover, and leave the Problems panel and the exit status.
 */
export function applyIgnoredFigures(findings: Finding[], config: StatLensConfig): void {
  if (config.ignoreFigures.length === 0) return;
  const ignored = new Set(config.ignoreFigures.map(figureKey));
  for (const f of findings) {
    if (!ignored.has(figureKey(f.text))) continue;
    f.suppressed = true;
    f.severity = 'none';
  }
}
