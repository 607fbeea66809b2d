/**
 * A baseline: the unsupported and conflicting findings a team has accepted for
 * now, so CI fails only on new ones. A finding is identified by its note, code,
 * figure and surroundings (never its line), counted as a multiset so that two
 * identical figures in identical sentences are two findings.
 */

export const BASELINE_VERSION = 1;

/** The codes a baseline records: the ones that warn by default. */
export const BASELINE_CODES: ReadonlySet<string> = new Set(['statlens.unsupported', 'statlens.conflicting']);

/** One finding's identity. `path` is "/"-separated, relative to the baseline file's folder. */
export interface BaselineKey {
  path: string;
  code: string;
  text: string;
  context: string;
}

export interface BaselineEntry extends BaselineKey {
  count: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

const keyOf = (k: BaselineKey): string => JSON.stringify([k.path, k.code, k.text, k.context]);

/** The baseline of these findings: grouped, counted, in a stable order (so it diffs well). */
export function buildBaseline(keys: BaselineKey[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const k of keys) {
    const entry = counts.get(keyOf(k));
    if (entry) entry.count++;
    else counts.set(keyOf(k), { path: k.path, code: k.code, text: k.text, context: k.context, count: 1 });
  }
  const findings = [...counts.values()].sort((a, b) => compare(a.path, b.path) || compare(a.code, b.code) || compare(a.text, b.text) || compare(a.context, b.context));
  return { version: BASELINE_VERSION, findings };
}

/** Code-unit order, not locale order, so every machine writes the same file. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** A baseline file's text, checked; a one-line reason when it is not one. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message.split('\n')[0]})`;
  }
  if (!isObject(data)) return 'not a StatLens baseline (expected an object with "version" and "findings")';
  if (data.version !== BASELINE_VERSION) return `unsupported baseline version ${JSON.stringify(data.version) ?? 'undefined'} (expected ${BASELINE_VERSION})`;
  if (!Array.isArray(data.findings)) return '"findings" must be an array';
  const findings: BaselineEntry[] = [];
  for (const [i, f] of data.findings.entries()) {
    if (!isObject(f)) return `findings[${i}] must be an object`;
    for (const field of ['path', 'code', 'text', 'context'] as const) {
      if (typeof f[field] !== 'string') return `findings[${i}].${field} must be a string`;
    }
    if (!Number.isInteger(f.count) || (f.count as number) < 1) return `findings[${i}].count must be a positive integer`;
    findings.push({ path: f.path as string, code: f.code as string, text: f.text as string, context: f.context as string, count: f.count as number });
  }
  return { version: BASELINE_VERSION, findings };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Takes findings off a baseline one at a time: true while the baseline still holds one like it. */
export class BaselineMatcher {
  private readonly remaining = new Map<string, number>();

  constructor(baseline: Baseline) {
    for (const f of baseline.findings) this.remaining.set(keyOf(f), (this.remaining.get(keyOf(f)) ?? 0) + f.count);
  }

  take(key: BaselineKey): boolean {
    const k = keyOf(key);
    const left = this.remaining.get(k) ?? 0;
    if (left === 0) return false;
    this.remaining.set(k, left - 1);
    return true;
  }
}
