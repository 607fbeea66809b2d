import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { claimsOf, type IndexedClaim } from '../../src/core/workspace/claims';
import { WorkspaceIndex } from '../../src/core/workspace/index';
import { checker } from '../support/checker';
import { percentile, round } from './measure';
import { generateNote } from './notes';

export interface IndexBench {
  notes: number;
  claims: number;
  /** Checking every note, once (not the index's cost; for scale). */
  checkMs: number;
  /** Putting every checked note into an empty index, with its cross-note lookups. */
  buildMs: number;
  /** One note replaced (its figures changed) in the full index, and the notes it affects asked for their inconsistencies. */
  changeP50Ms: number;
  changeP95Ms: number;
  /** Heap the index adds over the checked notes' figures, after a full collection. */
  heapMB: number;
  /** Heap the figures and the index hold together (what an editor keeps for the workspace). */
  heapWithFiguresMB: number;
}

/** A full collection before each heap reading, whether or not Node was started with --expose-gc. */
function collect(): void {
  if (!global.gc) {
    v8.setFlagsFromString('--expose-gc');
    global.gc = vm.runInNewContext('gc') as typeof global.gc;
  }
  global.gc!();
}

/** One note in this many states a model's downloads differently from the rest. */
export const DISAGREEING = 100;

/**
 * A generated note as a notebook holds it: its tables give each model the same
 * downloads as every other note does (a generated table draws them at random, which
 * would make every note disagree with every other), except in the one note in
 * `DISAGREEING` that misquotes them.
 */
export function notebookNote(seed: number, disagrees: boolean): string {
  return generateNote(4_000, seed).replace(/^\| ([^|]+?) \| \d+ million \|/gm, (_, model: string) => `| ${model} | ${model.length * 7 + (disagrees ? 1 : 0)} million |`);
}

/**
 * The workspace index over `count` generated notes of about 4 KB: building it, and
 * the cost of one note changing in it, as the editor pays on each check of a note.
 */
export function workspaceIndexBench(count: number, seed: number, changes = 200): IndexBench {
  const notes: IndexedClaim[][] = [];
  checker();
  collect();
  const heapEmpty = process.memoryUsage().heapUsed;
  let t = performance.now();
  for (let i = 0; i < count; i++) notes.push(claimsOf(checker().check(notebookNote(seed + i, i % DISAGREEING === 0))));
  const checkMs = performance.now() - t;
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = new WorkspaceIndex();
  t = performance.now();
  notes.forEach((claims, i) => index.set(`note-${i}.md`, claims));
  const buildMs = performance.now() - t;
  collect();
  const heapAfter = process.memoryUsage().heapUsed;
  const times: number[] = [];
  for (let k = 0; k < changes; k++) {
    const i = (k * 7919) % count;
    const edited = notes[(i + 1) % count];
    const start = performance.now();
    for (const path of index.set(`note-${i}.md`, edited)) index.inconsistencies(path);
    times.push(performance.now() - start);
    index.set(`note-${i}.md`, notes[i]);
  }
  return {
    notes: count,
    claims: notes.reduce((n, c) => n + c.length, 0),
    checkMs: round(checkMs),
    buildMs: round(buildMs),
    changeP50Ms: round(percentile(times, 50)),
    changeP95Ms: round(percentile(times, 95)),
    heapMB: round((heapAfter - heapBefore) / 2 ** 20, 1),
    heapWithFiguresMB: round((heapAfter - heapEmpty) / 2 ** 20, 1),
  };
}

export interface HostIndex {
  notes: number;
  /** Figures the Claims view counts once the index has read every note. */
  figures: number;
  /** Activation → the index has read every note. */
  settledS: number;
  heapUsedMB: number;
  rssMB: number;
}

/**
 * The extension host of a real VS Code (code-server) opened on a folder of `count`
 * notebook notes, once the workspace index has read them all: its heap and RSS after
 * a full collection. With `count` 1, the same host with a one-note index, to subtract.
 */
export function hostIndexMemory(count: number, seed: number): HostIndex | { error: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-bench-index-'));
  const out = `${folder}.json`;
  try {
    for (let i = 0; i < count; i++) {
      const sub = path.join(folder, `folder-${Math.floor(i / 100)}`);
      if (i % 100 === 0) fs.mkdirSync(sub);
      fs.writeFileSync(path.join(sub, `note-${i}.md`), notebookNote(seed + i, i % DISAGREEING === 0));
    }
    const run = spawnSync(process.execPath, ['test/harness/run-integration.mjs', '--extension', '.', '--tests', path.resolve('out/bench/indexHost.js'), '--workspace', folder, '--timeout', '1200'], {
      encoding: 'utf8',
      env: { ...process.env, STATLENS_BENCH_OUT: out },
    });
    if (run.status !== 0 || !fs.existsSync(out)) return { error: `run-integration exited ${run.status}: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' ')}` };
    const r = JSON.parse(fs.readFileSync(out, 'utf8')) as { settledMs: number; figures: number; heapUsedMB: number; rssMB: number };
    return { notes: count, figures: r.figures, settledS: round(r.settledMs / 1000, 1), heapUsedMB: round(r.heapUsedMB, 1), rssMB: round(r.rssMB, 1) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  }
}
