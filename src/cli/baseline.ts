import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_CODES, BaselineMatcher, buildBaseline, parseBaseline, serializeBaseline, type Baseline, type BaselineKey } from '../core/output/baseline';
import { describeError } from './errors';
import type { CheckedNote } from './note';
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

/** Records the notes' unsupported and conflicting findings in `file`; the baseline written, or why not. */
export function writeBaseline(file: string, notes: CheckedNote[]): Baseline | string {
  const baseline = buildBaseline(keysOf(notes, file).map(([, key]) => key));
  try {
    fs.writeFileSync(file, serializeBaseline(baseline));
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
