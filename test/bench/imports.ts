import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Checker } from '../../src/core/check';
import { datasetFromJson } from '../../src/core/dataset/validate';
import type { Dataset } from '../../src/core/dataset/types';
import { DatasetIndex } from '../../src/core/judge/datasetIndex';
import { bundledDataset } from '../../src/data/bundled';
import { makePdf } from '../support/pdf';
import { percentile, round } from './measure';
import { generateNote, REALISTIC_SHARE } from './notes';

export interface ImportBench {
  /** `statlens import` of a 1 MB Markdown source, whole process, median of runs (s). */
  markdownS: number;
  markdownRecords: number;
  /** The same for a 100-page PDF (pdfjs-dist from node_modules). */
  pdfS: number;
  pdfRecords: number;
  pdfPages: number;
  /** A 100 KB note checked against the bundled dataset alone, and with 20 imported sources beside it (ms, medians). */
  generated: SourcesCheck;
  /** The same with 20 real documents of ../shared/realworld/corpus as the sources, when it is there. */
  real?: SourcesCheck;
}

export interface SourcesCheck {
  bundledMs: number;
  withSourcesMs: number;
  sources: number;
  sourceRecords: number;
}

/** Wall seconds of one CLI run, and the records it wrote. */
function importOnce(source: string, out: string): { seconds: number; records: number } {
  const start = performance.now();
  const run = spawnSync('node', ['dist/cli.js', 'import', source, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`statlens import ${source}: exit ${run.status}: ${run.stderr.trim()}`);
  return { seconds, records: (JSON.parse(fs.readFileSync(out, 'utf8')) as { records: unknown[] }).records.length };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function timedImport(source: string, out: string, runs: number): { seconds: number; records: number } {
  const results = Array.from({ length: runs }, () => importOnce(source, out));
  return { seconds: round(median(results.map((r) => r.seconds)), 2), records: results[0].records };
}

/** A 100-page PDF of prose with figures: each page the lines of a part of a realistic note. */
function pdfOf(pages: number, seed: number): Buffer {
  const lines = generateNote(pages * 2_600, seed, REALISTIC_SHARE)
    .split('\n')
    .filter((l) => l.trim() && !/^(?:```|\||---|#|\[\^)/.test(l))
    .flatMap((l) => l.match(/.{1,90}(?:\s|$)/g) ?? [])
    // pdfjs reads Helvetica's Latin-1 only; the generated notes are ASCII but for a few symbols.
    .map((l) => l.replace(/[^\x20-\x7e]/g, ' ').trim());
  const perPage = Math.ceil(lines.length / pages);
  return makePdf(Array.from({ length: pages }, (_, p) => lines.slice(p * perPage, (p + 1) * perPage)), { title: 'Generated report', created: 'D:20260401000000Z' });
}

function loaded(file: string, before: Dataset[]): Dataset {
  const parsed = datasetFromJson(file, JSON.parse(fs.readFileSync(file, 'utf8')), new Set(before.flatMap((d) => d.records.map((r) => r.id))));
  if (!parsed.dataset) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.dataset;
}

/** The 20 Markdown documents of the real-world corpus with the most statistics, imported. */
function realSources(dir: string): Dataset[] {
  // ../shared beside the clone, as in CI (or two levels up, beside a worktree's folder).
  const corpus = [path.resolve('../shared/realworld/corpus'), path.resolve('../../shared/realworld/corpus')].find((d) => fs.existsSync(d));
  if (!corpus) return [];
  const out = path.join(dir, 'real.json');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => path.join(corpus, f));
  const all: Dataset[] = [];
  for (const file of files) {
    importOnce(file, out);
    all.push(loaded(out, all));
  }
  return all.sort((a, b) => b.records.length - a.records.length).slice(0, 20);
}

/** Milliseconds of CPU time (user and system) `task` takes. */
function cpuMs(task: () => unknown): number {
  const start = process.cpuUsage();
  task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The note checked against the bundled dataset alone and with `sources` beside it:
 * medians of CPU time, the two back to back in each round and in turn first, so that
 * the other processes of a shared machine, which take wall-clock time from whichever
 * check runs, tilt neither.
 */
function checkWith(note: string, sources: Dataset[], quick: boolean): SourcesCheck {
  const bundled = new Checker(new DatasetIndex([bundledDataset()]));
  const withSources = new Checker(new DatasetIndex([bundledDataset(), ...sources]));
  const tasks = [() => bundled.check(note), () => withSources.check(note)];
  // Warm up: the JIT, and the indices' candidate lists.
  for (const task of tasks) task();
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < (quick ? 10 : 40); r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) times[k].push(cpuMs(tasks[k]));
  }
  return { bundledMs: round(percentile(times[0], 50), 1), withSourcesMs: round(percentile(times[1], 50), 1), sources: sources.length, sourceRecords: sources.reduce((n, d) => n + d.records.length, 0) };
}

/**
 * Import timings, and what 20 imported sources of about 100 records each add to a
 * check: the budget is 10% over the bundled dataset alone.
 */
export function importBench(seed: number, quick: boolean): ImportBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-bench-import-'));
  try {
    const md = path.join(dir, 'report.md');
    fs.writeFileSync(md, generateNote(1_000_000, seed, REALISTIC_SHARE));
    const markdown = timedImport(md, path.join(dir, 'md.json'), quick ? 1 : 3);
    const pdf = path.join(dir, 'report.pdf');
    const pdfPages = 100;
    fs.writeFileSync(pdf, pdfOf(pdfPages, seed));
    const fromPdf = timedImport(pdf, path.join(dir, 'pdf.json'), quick ? 1 : 3);

    const generated: Dataset[] = [];
    for (let i = 0; i < 20; i++) {
      // About 100 figures: a realistic note of 20 KB carries one per 200 characters.
      const file = path.join(dir, `source-${i}.md`);
      fs.writeFileSync(file, generateNote(20_000, seed + 100 + i, REALISTIC_SHARE));
      const out = path.join(dir, `source-${i}.json`);
      importOnce(file, out);
      generated.push(loaded(out, generated));
    }
    const note = generateNote(100_000, seed + 7, REALISTIC_SHARE);
    const result: ImportBench = { markdownS: markdown.seconds, markdownRecords: markdown.records, pdfS: fromPdf.seconds, pdfRecords: fromPdf.records, pdfPages, generated: checkWith(note, generated, quick) };
    const real = realSources(dir);
    if (real.length) result.real = checkWith(note, real, quick);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
