/**
 * `npm run bench`: StatLens against markdown-it's parse and markdownlint on generated
 * notes from 10 KB to 10 MB, incremental re-checks, hover lookups, bundle sizes and the
 * CLI over a 5,000-note workspace. Prints Markdown and writes test-results/bench.json.
 * Timings are interleaved in one process; quote the ratios, not the absolute figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import { findingAt } from '../../src/core/hover/findingAt';
import { hoverMarkdown } from '../../src/core/hover/hover';
import { IncrementalCheck } from '../../src/core/incremental';
import { ADVERSARIAL } from '../support/adversarial';
import { checker } from '../support/checker';
import { interleaved, mbPerSecond, percentile, round } from './measure';
import { generateNote, random } from './notes';
import { measureActivation } from './activation-run';
import { cliWorkspace } from './workspace';
import { workspaceIndexBench } from './workspaceIndex';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [10_000, 100_000, 1_000_000] : [10_000, 100_000, 1_000_000, 10_000_000];
const ROUNDS: Record<number, number> = { 10_000: 200, 100_000: 30, 1_000_000: 7, 10_000_000: 3 };
const LINT_ROUNDS: Record<number, number> = { 10_000: 30, 100_000: 5, 1_000_000: 3 };
const SEED = 2026;

const report: Record<string, unknown> = { machine: machine(), date: new Date().toISOString() };
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, load ${os.loadavg()[0].toFixed(1)}`;
}

function throughput(): void {
  const md = new MarkdownIt();
  const statlens = checker();
  const rows: unknown[] = [];
  say('## Full check against markdown-it parse and markdownlint');
  say();
  say('| note | claims | markdown-it parse | StatLens check | check ÷ parse | markdownlint | markdownlint ÷ check |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const size of SIZES) {
    const text = generateNote(size, SEED);
    const claims = statlens.check(text).findings.length;
    const base = interleaved({ parse: () => md.parse(text, {}), check: () => statlens.check(text) }, ROUNDS[size]);
    const row: Record<string, number> = {
      bytes: text.length,
      claims,
      parseMs: round(base.parse.median),
      checkMs: round(base.check.median),
      checkMBps: round(mbPerSecond(text.length, base.check.median)),
      checkOverParse: round(base.check.median / base.parse.median),
    };
    if (LINT_ROUNDS[size]) {
      const peer = interleaved({ check: () => statlens.check(text), markdownlint: () => lint({ strings: { note: text } }) }, LINT_ROUNDS[size]);
      row.markdownlintMs = round(peer.markdownlint.median);
      row.markdownlintOverCheck = round(peer.markdownlint.median / peer.check.median);
    }
    rows.push(row);
    const lintCells = row.markdownlintMs === undefined ? '(not run) | –' : `${row.markdownlintMs} ms | ${row.markdownlintOverCheck}×`;
    say(`| ${label(size)} | ${claims} | ${row.parseMs} ms | ${row.checkMs} ms (${row.checkMBps} MB/s) | ${row.checkOverParse}× | ${lintCells} |`);
  }
  const perMB = (r: Record<string, number>) => r.checkMs / r.bytes;
  const small = rows[1] as Record<string, number>;
  const large = rows[rows.length - 1] as Record<string, number>;
  const scaling = round(perMB(large) / perMB(small));
  say();
  say(`Time per MB at ${label(large.bytes)} ÷ at ${label(small.bytes)}: ${scaling} (budget ≤ 1.3).`);
  report.throughput = rows;
  report.scaling = scaling;
}

function incremental(): void {
  const text0 = generateNote(1_000_000, SEED);
  const session = new IncrementalCheck(checker());
  session.update(text0);
  const rand = random(SEED);
  const times: number[] = [];
  let full = 0;
  let text = text0;
  for (let k = 0; k < (QUICK ? 200 : 1000); k++) {
    const at = Math.floor(rand() * text.length);
    // Type a character, or delete one, at a random place; the note keeps its size.
    text = k % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const start = performance.now();
    session.update(text);
    times.push(performance.now() - start);
    if (session.lastUpdate.full) full++;
  }
  const result = { edits: times.length, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(Math.max(...times)), fullRechecks: full };
  report.incremental = result;
  say();
  say('## Re-check after a one-character edit (1 MB note, random places)');
  say();
  say(`${result.edits} edits: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (budget ≤ 16 ms), max ${result.maxMs} ms; ${full} needed a full check.`);
}

/** The 1× size of each adversarial input, in its generator's unit (characters, signs, levels, cells, footnotes). */
const ADVERSARIAL_SIZES: Record<string, number> = {
  digitsAndCommas: 100_000,
  dollarSigns: 10_000,
  dottedOnes: 10_000,
  percentSigns: 10_000,
  nestedLists: 1_000,
  nestedQuotes: 1_000,
  wideTable: 5_000,
  footnotes: 1_000,
  longParagraph: QUICK ? 100_000 : 1_000_000,
};

function adversarial(): void {
  const statlens = checker();
  const rows: unknown[] = [];
  say();
  say('## Adversarial inputs: 10× the input against the time');
  say();
  say('| input | 1× | 10× | time ratio (linear ≈ 10) |');
  say('| --- | --- | --- | --- |');
  for (const [name, generate] of Object.entries(ADVERSARIAL)) {
    const size = ADVERSARIAL_SIZES[name];
    const small = generate(size);
    const large = generate(size * 10);
    const t = interleaved({ small: () => statlens.check(small), large: () => statlens.check(large) }, 3);
    const ratio = round(t.large.median / t.small.median, 1);
    rows.push({ name, size, smallMs: round(t.small.median), largeMs: round(t.large.median), ratio });
    say(`| ${name} (${size.toLocaleString('en')} → ${(size * 10).toLocaleString('en')}) | ${round(t.small.median)} ms | ${round(t.large.median)} ms | ${ratio} |`);
  }
  report.adversarial = rows;
}

function hovers(): void {
  const text = generateNote(1_000_000, SEED);
  const { findings } = checker().check(text);
  const rand = random(SEED + 1);
  const times: number[] = [];
  for (let k = 0; k < 20_000; k++) {
    const target = findings[Math.floor(rand() * findings.length)];
    const offset = target.start + Math.floor(rand() * (target.end - target.start));
    const start = performance.now();
    const found = findingAt(findings, offset);
    if (found) hoverMarkdown(found);
    times.push(performance.now() - start);
  }
  const result = { lookups: times.length, p50Ms: round(percentile(times, 50), 4), p99Ms: round(percentile(times, 99), 4) };
  report.hover = result;
  say();
  say('## Hover on a checked 1 MB note (lookup and Markdown)');
  say();
  say(`${result.lookups} hovers: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (budget ≤ 1 ms).`);
}

function bundles(): void {
  const files = { node: 'dist/extension.js', validators: 'dist/validators.js', web: 'dist/web/extension.js', cli: 'dist/cli.js' };
  const sizes = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.existsSync(f) ? fs.statSync(f).size : -1]));
  report.bundles = sizes;
  say();
  say('## Minified bundles (dataset and article included)');
  say();
  const notes: Record<string, string> = { node: ' (budget ≤ 200 KB)', validators: ' (desktop: loaded when a folder names a user dataset or .statlens.json)' };
  for (const [k, size] of Object.entries(sizes)) say(`- ${k}: ${(size / 1000).toFixed(1)} KB${notes[k] ?? ''}`);
}

function activation(): void {
  // One session per sample: activation happens once per extension host, and varies.
  const sessions = Array.from({ length: QUICK ? 1 : 5 }, () => measureActivation());
  report.activation = sessions;
  say();
  say('## In a real VS Code (code-server 4.100.3)');
  say();
  const failed = sessions.find((s) => s.error);
  if (failed) return say(`Not measured: ${failed.error}`);
  const list = (key: 'activateMs' | 'firstCheckMs') => sessions.map((s) => round(s[key]!)).sort((a, b) => a - b);
  say(`${sessions.length} sessions, median (all): loading and activating StatLens ${percentile(list('activateMs'), 50)} ms (${list('activateMs').join(', ')}; budget ≤ 30 ms); opening a 10 KB note to its first diagnostics ${percentile(list('firstCheckMs'), 50)} ms (${list('firstCheckMs').join(', ')}).`);
  say();
}

function cli(): void {
  const result = cliWorkspace(QUICK ? 500 : 5000, SEED);
  report.cli = result;
  say();
  say(`## CLI over ${result.notes} notes (${(result.bytes / 1e6).toFixed(1)} MB)`);
  say();
  for (const run of result.runs) say(`- \`${run.command}\`: ${run.wallS} s wall, ${run.cpuS} s CPU (${run.cores}× cores busy), exit ${run.exit}`);
}

function workspaceIndex(): void {
  const result = workspaceIndexBench(QUICK ? 1_000 : 5_000, SEED);
  report.workspaceIndex = result;
  say();
  say(`## Workspace index over ${result.notes.toLocaleString('en')} notes (${result.claims.toLocaleString('en')} figures)`);
  say();
  say(`Building it from checked notes: ${result.buildMs} ms (checking them: ${result.checkMs} ms); about ${result.heapMB} MB of heap. One note changed, with the notes it affects asked again: p50 ${result.changeP50Ms} ms, p95 ${result.changeP95Ms} ms.`);
}

function label(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

say(`# StatLens benchmark — ${String(report.machine)}, ${String(report.date).slice(0, 10)}`);
say();
// VS Code first, while this process is small: the notes below take gigabytes.
activation();
throughput();
incremental();
adversarial();
hovers();
bundles();
workspaceIndex();
cli();
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync(path.join('test-results', 'bench.json'), JSON.stringify(report, null, 2) + '\n');
fs.writeFileSync(path.join('test-results', 'bench.md'), lines.join('\n') + '\n');
console.log('\nwrote test-results/bench.json and test-results/bench.md');
