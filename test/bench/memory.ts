/**
 * Memory for the benchmark, each figure from a fresh Node process so that nothing
 * else lives in its heap: the peak heap of one full check (read from V8's own GC
 * trace: the heap in use before each collection, and at the end), and the heap an
 * incremental session keeps after 100 and after 10,000 random edits.
 */
import { spawnSync } from 'node:child_process';
import { IncrementalCheck } from '../../src/core/incremental';
import { checker } from '../support/checker';
import { generateNote, random } from './notes';

export interface PeakHeap {
  bytes: number;
  /** Heap in use before the check: the note and the checker (after a full collection). */
  baselineMB: number;
  /** Highest heap in use during the check. */
  peakMB: number;
  /** Time spent in garbage collection during the check. */
  gcMs: number;
  collections: number;
}

export interface EditHeap {
  noteBytes: number;
  /** Heap in use after a full collection, after this many edits. */
  after100MB: number;
  after10000MB: number;
}

const MB = 2 ** 20;
/** A V8 --trace-gc line: "Scavenge 45.4 (64.6) -> 43.6 (78.9) MB, 219.86 / 0.00 ms … reason". */
const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-Compact \(reduce\)|Minor Mark-Compact|Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms.*?(testing)?;/;

/** The child's side (`bench.mjs --heap-child BYTES`): collect, check once, report the heap at the end. */
export function heapChild(bytes: number): void {
  const text = generateNote(bytes, 2026);
  const statlens = checker();
  statlens.check('Warm-up: 73% of enterprises.');
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  gc(); // the last "testing" collection in the trace marks the check's start
  const baseline = process.memoryUsage().heapUsed;
  const result = statlens.check(text);
  const end = process.memoryUsage().heapUsed;
  // stderr: the GC trace goes to stdout through C's buffered stdio.
  process.stderr.write(`${JSON.stringify({ baseline, end, findings: result.findings.length })}\n`);
}

/** Runs the child under --trace-gc and reads the peak off the trace. */
export function peakHeap(bytes: number): PeakHeap | { error: string } {
  const run = spawnSync(process.execPath, ['--trace-gc', '--expose-gc', process.argv[1], '--heap-child', String(bytes)], { encoding: 'utf8', maxBuffer: 256 * MB });
  const report = run.stderr.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !report.startsWith('{')) return { error: `exit ${run.status}: ${report}` };
  const { baseline, end } = JSON.parse(report) as { baseline: number; end: number };
  const events = run.stdout.split('\n').map((line) => GC_LINE.exec(line)).filter((m): m is RegExpExecArray => m !== null);
  let start = -1;
  events.forEach((m, i) => m[3] === 'testing' && (start = i));
  const during = events.slice(start + 1);
  const peak = Math.max(end / MB, ...during.map((m) => Number(m[1])));
  return { bytes, baselineMB: baseline / MB, peakMB: peak, gcMs: during.reduce((sum, m) => sum + Number(m[2]), 0), collections: during.length };
}

/** The child's side (`bench.mjs --edits-child BYTES`): one session, 10,000 random one-character edits. */
export function editsChild(bytes: number): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  let text = generateNote(bytes, 2026);
  const session = new IncrementalCheck(checker());
  session.update(text);
  const rand = random(7);
  const heap: Record<number, number> = {};
  for (let k = 1; k <= 10_000; k++) {
    const at = Math.floor(rand() * text.length);
    text = k % 2 === 1 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    session.update(text);
    if (k === 100 || k === 10_000) {
      gc();
      heap[k] = process.memoryUsage().heapUsed;
    }
  }
  process.stdout.write(`${JSON.stringify({ noteBytes: bytes, after100MB: heap[100] / MB, after10000MB: heap[10_000] / MB })}\n`);
}

export function editHeap(bytes: number): EditHeap | { error: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', process.argv[1], '--edits-child', String(bytes)], { encoding: 'utf8' });
  const report = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !report.startsWith('{')) return { error: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}` };
  return JSON.parse(report) as EditHeap;
}
