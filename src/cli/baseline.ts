import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_CODES, BaselineMatcher, buildBaseline, parseBaseline, serializeBaseline, type Baseline, type BaselineKey } from '../core/output/baseline';
import { describeError } from './errors';
import type { CheckedNote } from './note';
import { replaceFile } from './replaceFile';
import type { CliFinding } from './textFormat';

/** A baseline file, or a one-line reason naming it. */
export function readBaseline(file: string): Baseline | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return `${file}: cannot read baseline: ${describeError(error, file)}`;
  }
  const baseline = parseBaseline(text);
  return typeof baseline === 'string' ? `${file}: invalid baseline: ${baseline}` : baseline;
}

/**
 * Why `--write-baseline FILE` must not replace `file`, as one line; undefined when
 * it may. A baseline only ever replaces an earlier baseline (or an empty file):
 * never a note (`notes` are those being checked), anything ending in .md, or a
 * file that holds something else, since a mistyped argument would destroy it.
 */
export function baselineTargetProblem(file: string, notes: string[]): string | undefined {
  const refuse = (why: string): string => `${file}: will not write the baseline here: ${why}`;
  if (/\.(md|markdown)$/i.test(file)) return refuse('a Markdown file (name a .json file, such as statlens-baseline.json)');
  const real = realPath(file);
  if (notes.some((note) => realPath(note) === real)) return refuse('it is one of the notes being checked');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' && !isSymlink(file) ? undefined : `${file}: cannot write baseline: ${describeError(error, file)}`;
  }
  if (!stat.isFile()) return refuse('not a regular file');
  if (stat.size === 0) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return `${file}: cannot write baseline: ${describeError(error, file)}`;
  }
  return typeof parseBaseline(text) === 'string' ? refuse('it exists and is not a StatLens baseline (move it or name another file)') : undefined;
}

/** Records the notes' unsupported and conflicting findings in `file`, replacing it whole; the baseline written, or why not. */
export function writeBaseline(file: string, notes: CheckedNote[]): Baseline | string {
  const baseline = buildBaseline(keysOf(notes, file).map(([, key]) => key));
  try {
    replaceFile(file, serializeBaseline(baseline));
  } catch (error) {
    return `${file}: cannot write baseline: ${describeError(error, file)}`;
  }
  return baseline;
}

/** Marks the findings the baseline holds as baselined; how many it held. */
export function applyBaseline(baseline: Baseline, file: string, notes: CheckedNote[]): number {
  const matcher = new BaselineMatcher(baseline);
  let taken = 0;
  for (const [finding, key] of keysOf(notes, file)) {
    if (!matcher.take(key)) continue;
    finding.baselined = true;
    taken++;
  }
  return taken;
}

/** The baselinable findings with their identities; paths relative to the baseline's folder, so any working directory agrees. */
function keysOf(notes: CheckedNote[], baselineFile: string): [CliFinding, BaselineKey][] {
  const dir = path.dirname(path.resolve(baselineFile));
  const out: [CliFinding, BaselineKey][] = [];
  for (const note of notes) {
    const rel = path.relative(dir, note.file).split(path.sep).join('/');
    note.findings.forEach((f, i) => {
      if (!BASELINE_CODES.has(f.code) || f.suppressed) return;
      out.push([f, { path: rel, code: f.code, text: f.text, context: note.contexts[i] }]);
    });
  }
  return out;
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
