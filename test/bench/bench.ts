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
import { editHeap, editsChild, heapChild, peakHeap } from './memory';
import { generateNote, random, REALISTIC_SHARE } from './notes';
import { measureActivation, measureUiOpen, type ActivationResult, type UiOpen } from './activation-run';
import { STAGES, stageTimes } from './stages';
import { cliWorkspace } from './workspace';
import { importBench, type SourcesCheck } from './imports';
import { hostIndexMemory, workspaceIndexBench } from './workspaceIndex';

// Child processes of the memory measurements (see memory.ts) run this same file.
const child = ['--heap-child', '--edits-child'].find((flag) => process.argv.includes(flag));
if (child) {
  const bytes = Number(process.argv[process.argv.indexOf(child) + 1]);
  if (child === '--heap-child') heapChild(bytes);
  else editsChild(bytes);
  process.exit(0);
}

const QUICK = process.argv.includes('--quick');
/** `--editor-only`: only the measurements in a real VS Code. */
const EDITOR_ONLY = process.argv.includes('--editor-only');
/** `--imports-only`: only `statlens import` and the check against imported sources. */
const IMPORTS_ONLY = process.argv.includes('--imports-only');
/** `--only-index`: only the workspace index over 5,000 notes (`npm run bench -- --only-index`). */
const ONLY_INDEX = process.argv.includes('--only-index');
/** `--stages-only`: only where a check's time goes (issue 13's stage table). */
const STAGES_ONLY = process.argv.includes('--stages-only');
/** `--no-host`: the workspace index in this process only, not in a real VS Code too. */
const NO_HOST = process.argv.includes('--no-host');
/**
 * `--baseline DIR`: also open notes with the extension built in DIR (another checkout,
 * after `npm run build`), in sessions alternated with this one's, so that a loaded
 * machine weighs on both alike and the two can be compared.
 */
const BASELINE = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : undefined;
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
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, load ${load()}`;
}

/** The 1-minute load average now: on a shared machine, read every figure with it. */
function load(): string {
  return os.loadavg()[0].toFixed(1);
}

/** Every budget, as measured, with the load average when it was measured; printed last. */
const budgets: Array<{ budget: string; measured: string; met: boolean | undefined; load: string }> = [];
function budget(name: string, measured: string, met: boolean | undefined): void {
  budgets.push({ budget: name, measured, met, load: load() });
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
  const mb = rows.find((r) => (r as Record<string, number>).bytes >= 1e6) as Record<string, number> | undefined;
  if (mb) {
    budget('full check ≤ 2× markdown-it `parse`, dense 1 MB note', `${mb.checkOverParse}×`, mb.checkOverParse <= 2);
    if (mb.markdownlintOverCheck !== undefined) budget('≥ 10× faster than markdownlint, dense 1 MB note', `${mb.markdownlintOverCheck}×`, mb.markdownlintOverCheck >= 10);
  }
  budget('time per MB at 10 MB ≤ 1.3× that at 100 KB', `${scaling}×`, QUICK ? undefined : scaling <= 1.3);
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
  budget('re-check after a one-character edit, 1 MB note, p95 ≤ 16 ms', `p95 ${result.p95Ms} ms (p50 ${result.p50Ms} ms)`, result.p95Ms <= 16);
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
  budget('hover p99 ≤ 1 ms, checked 1 MB note', `p99 ${result.p99Ms} ms`, result.p99Ms <= 1);
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
  budget('node bundle ≤ 200 KB minified', `${(sizes.node / 1000).toFixed(1)} KB`, sizes.node <= 200_000);
}

/** "median 12 ms, p95 30 ms (n 5: 10, 12, …)" */
function spread(values: number[]): string {
  const sorted = values.map((v) => round(v, 1)).sort((a, b) => a - b);
  return `median ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms (n ${sorted.length}: ${sorted.join(', ')})`;
}

/**
 * In a real VS Code: activation, and opening a note to its first diagnostics, in the
 * extension host and as a person sees it in Chromium. One session per sample of the
 * first open: activation and a note's first check happen once per extension host.
 */
function editor(): void {
  const count = process.argv.includes('--sessions') ? Number(process.argv[process.argv.indexOf('--sessions') + 1]) : QUICK ? 1 : 5;
  const runs: Record<string, { hosts: ActivationResult[]; uis: Array<UiOpen[] | { error: string }> }> = { current: { hosts: [], uis: [] } };
  if (BASELINE) runs.baseline = { hosts: [], uis: [] };
  // Alternated, so that a busy spell on the shared machine falls on all alike.
  for (let i = 0; i < count; i++) {
    for (const [name, run] of Object.entries(runs)) {
      const extension = name === 'baseline' ? BASELINE! : '.';
      run.hosts.push(measureActivation(extension));
      run.uis.push(measureUiOpen(extension));
    }
  }
  report.activation = runs.current.hosts;
  report.uiOpen = runs.current.uis;
  if (BASELINE) report.baseline = { extension: BASELINE, ...runs.baseline };
  say();
  say(`## In a real VS Code (code-server 4.100.3), ${count} sessions of each kind (load ${load()})`);
  for (const [name, { hosts, uis }] of Object.entries(runs)) {
    const current = name === 'current';
    say();
    if (BASELINE) say(current ? '**This build:**' : `**Baseline (${BASELINE}):**`);
    if (BASELINE) say();
    const failed = hosts.find((s) => s.error);
    if (failed) say(`- In-host: not measured: ${failed.error}`);
    else {
      const activate = hosts.map((s) => s.activateMs!);
      const first = hosts.map((s) => s.firstCheckMs!);
      const firstEvent = hosts.map((s) => s.firstEventMs!);
      const later = hosts.flatMap((s) => s.laterCheckMs ?? []);
      const laterEvent = hosts.flatMap((s) => s.laterEventMs ?? []);
      say(`- Loading and activating StatLens: ${spread(activate)}; budget ≤ 30 ms.`);
      say(`- In the extension host, the session's first 10 KB note: asked to open (and show) → its diagnostics set ${spread(first)}; the open event → its diagnostics set ${spread(firstEvent)}.`);
      say(`- Notes opened later in the same sessions: asked to open → diagnostics ${spread(later)}; the open event → diagnostics ${spread(laterEvent)}.`);
      say(`- Of that, the open event → StatLens publishes (its collection set): the first note ${spread(hosts.map((s) => s.firstPublishMs!))}; later notes ${spread(hosts.flatMap((s) => s.laterPublishMs ?? []))}. The rest is VS Code's: its 50 ms debounce of the diagnostics event, and whatever else the host runs meanwhile; the host's event loop was busy for a share of that time of ${(hosts.map((s) => s.firstBusyAfter!).map((x) => round(x, 2))).join(', ')} (first notes) and median ${round(percentile(hosts.flatMap((s) => s.laterBusyAfter ?? []), 50), 2)} (later notes).`);
      say(`- Control for the load: one \`workspace.fs.stat\` round trip to the workbench ${spread(hosts.flatMap((s) => s.roundTripMs ?? []))}.`);
      const memory = hosts.map((s) => [s.memoryBefore!, s.memoryWith50!]);
      const heap = memory.map(([b, a]) => round(a.heapUsedMB - b.heapUsedMB, 1));
      const rss = memory.map(([b, a]) => round(a.rssMB - b.rssMB, 1));
      if (current) say(`- The extension host's memory with 50 more 10 KB notes open and checked (after a full collection): heap ${round(memory[0][1].heapUsedMB, 1)} MB (${heap.join(', ')} MB more than before them), RSS ${round(memory[0][1].rssMB, 1)} MB (${rss.join(', ')} MB more); the host is shared with VS Code's own extensions.`);
      if (current) {
        budget('activation ≤ 30 ms', `median ${percentile(activate, 50).toFixed(1)} ms`, percentile(activate, 50) <= 30);
        budget('open → first diagnostics in the host, 10 KB note: median ≤ 100 ms, p95 ≤ 250 ms', `from the open call: ${spread(first)}; from the open event: ${spread(firstEvent)}`, percentile(first, 50) <= 100 && percentile(first, 95) <= 250);
      }
    }
    const uiFailed = uis.find((u): u is { error: string } => 'error' in u);
    if (uiFailed) say(`- Chromium: not measured: ${uiFailed.error}`);
    else {
      const opens = uis as UiOpen[][];
      const first = opens.map((o) => o[0].ms);
      const later = opens.flatMap((o) => o.slice(1).map((x) => x.ms));
      say(`- As a person sees it (Chromium: the click on the note in the Explorer → the first squiggle in the editor's DOM), the session's first note, which also activates StatLens: ${spread(first)}; notes opened later: ${spread(later)}.`);
      if (current) budget('open → first squiggle in Chromium, 10 KB note: median ≤ 100 ms, p95 ≤ 250 ms', spread(first), percentile(first, 50) <= 100 && percentile(first, 95) <= 250);
    }
  }
  say();
}

/** Where a check's time goes, on a realistic and on the dense 1 MB note (issue 13's table). */
function stages(): void {
  const rounds = QUICK ? 3 : 15;
  const notes = { realistic: generateNote(1_000_000, SEED, REALISTIC_SHARE), dense: generateNote(1_000_000, SEED) };
  const statlens = checker();
  const times = Object.fromEntries(Object.entries(notes).map(([name, text]) => [name, stageTimes(text, statlens, rounds)])) as Record<keyof typeof notes, Record<string, number>>;
  const density = (text: string) => Math.round(text.length / statlens.check(text).findings.length);
  report.stages = { rounds, times, charsPerFigure: { realistic: density(notes.realistic), dense: density(notes.dense) } };
  say();
  say(`## Where a check's time goes (1 MB notes, ${rounds} interleaved rounds, median ÷ markdown-it's plain \`parse\`; load ${load()})`);
  say();
  say(`| step | realistic note (1 figure / ${density(notes.realistic)} chars) | dense note (1 figure / ${density(notes.dense)} chars) |`);
  say('| --- | --- | --- |');
  const cell = (t: Record<string, number>, stage: string) => (stage === 'parse' ? `1.00× (${round(t.parse, 0)} ms)` : `${(t[stage] / t.parse).toFixed(2)}×`);
  for (const [stage, name] of STAGES) say(`| ${name} | ${cell(times.realistic, stage)} | ${cell(times.dense, stage)} |`);
  for (const name of ['realistic', 'dense'] as const) {
    const ratio = round(times[name].check / times[name].parse);
    budget(`full check ≤ 2× markdown-it \`parse\`, ${name} 1 MB note (stage table)`, `${ratio}×`, ratio <= 2);
  }
  say();
}

function memory(): void {
  const sizes = QUICK ? [1_000_000] : [1_000_000, 10_000_000];
  say();
  say(`## Memory (each from a fresh Node process; load ${load()})`);
  say();
  const peaks = sizes.map((bytes) => peakHeap(bytes));
  report.peakHeap = peaks;
  for (const peak of peaks) {
    if ('error' in peak) say(`- Peak heap: not measured: ${peak.error}`);
    else say(`- Peak heap of a full check, dense ${label(peak.bytes)} note: ${round(peak.peakMB, 1)} MB (${round(peak.baselineMB, 1)} MB before it: the note and the checker); ${peak.collections} collections, ${round(peak.gcMs, 0)} ms of GC.`);
  }
  const edits = editHeap(QUICK ? 100_000 : 1_000_000);
  report.editHeap = edits;
  if ('error' in edits) say(`- Heap after random edits: not measured: ${edits.error}`);
  else {
    const growth = round(edits.after10000MB - edits.after100MB, 2);
    say(`- An incremental session on a dense ${label(edits.noteBytes)} note, heap after a full collection: ${round(edits.after100MB, 2)} MB after 100 random one-character edits, ${round(edits.after10000MB, 2)} MB after 10,000 (${growth >= 0 ? '+' : ''}${growth} MB).`);
    budget('heap after 10,000 random edits ≈ after 100 (incremental session)', `${round(edits.after100MB, 1)} → ${round(edits.after10000MB, 1)} MB`, Math.abs(growth) <= Math.max(1, edits.after100MB * 0.05));
  }
}

function budgetTable(): void {
  report.budgets = budgets;
  say();
  say('## Budgets');
  say();
  say('| budget | measured | | load average then |');
  say('| --- | --- | --- | --- |');
  for (const b of budgets) say(`| ${b.budget} | ${b.measured} | ${b.met === undefined ? '–' : b.met ? 'met' : 'missed'} | ${b.load} |`);
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
  say(`Building it from checked notes: ${result.buildMs} ms (checking them: ${result.checkMs} ms); ${result.heapMB} MB of heap over the checked notes' figures, ${result.heapWithFiguresMB} MB with them (after a full collection). One note changed, with the notes it affects asked again: p50 ${result.changeP50Ms} ms, p95 ${result.changeP95Ms} ms.`);
  if (NO_HOST) return;
  // The extension's memory with that index: a real VS Code on the notes, against one on a single note.
  const one = hostIndexMemory(1, SEED);
  const all = hostIndexMemory(result.notes, SEED);
  report.hostIndex = { one, all };
  say();
  if ('error' in one || 'error' in all) say(`The extension host with the index: not measured: ${'error' in all ? all.error : (one as { error: string }).error}`);
  else {
    say(
      `In a real VS Code (code-server) on the ${all.notes.toLocaleString('en')} notes, the index read them all ${all.settledS} s after activation (${all.figures.toLocaleString('en')} figures in the Claims view). ` +
        `The extension host then held ${all.heapUsedMB} MB of heap and ${all.rssMB} MB RSS after a full collection; on a one-note folder ${one.heapUsedMB} MB and ${one.rssMB} MB: ` +
        `${round(all.heapUsedMB - one.heapUsedMB, 1)} MB of heap for the index (load ${load()}; the host is shared with VS Code's own extensions).`,
    );
  }
}

function imports(): void {
  const r = importBench(SEED, QUICK);
  report.imports = r;
  say();
  say(`## Sources (\`statlens import\`, whole process, load ${load()})`);
  say();
  say(`- A 1 MB Markdown source: ${r.markdownS} s, ${r.markdownRecords.toLocaleString('en')} records.`);
  say(`- A ${r.pdfPages}-page PDF: ${r.pdfS} s, ${r.pdfRecords.toLocaleString('en')} records.`);
  const ratio = (c: SourcesCheck): number => c.withSourcesMs / c.bundledMs;
  const line = (c: SourcesCheck, what: string): string => `- A 100 KB note checked against the bundled dataset: ${c.bundledMs} ms; with ${c.sources} ${what} beside it (${c.sourceRecords.toLocaleString('en')} records): ${c.withSourcesMs} ms (${ratio(c).toFixed(2)}×; budget ≤ 1.10×).`;
  say(line(r.generated, 'generated sources in the note\'s own words (the worst case: every figure of the note has dozens of near records)'));
  if (r.real) say(line(r.real, 'real documents of the corpus as sources'));
  budget('check with 20 generated sources (the note\'s own words) ≤ 1.10× the bundled dataset alone', `${ratio(r.generated).toFixed(2)}×`, ratio(r.generated) <= 1.1);
  if (r.real) budget('check with 20 real sources ≤ 1.10× the bundled dataset alone', `${ratio(r.real).toFixed(2)}×`, ratio(r.real) <= 1.1);
}

function label(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

say(`# StatLens benchmark — ${String(report.machine)}, ${String(report.date).slice(0, 10)}`);
say();
// VS Code first, while this process is small: the notes below take gigabytes.
if (ONLY_INDEX) workspaceIndex();
else if (IMPORTS_ONLY) imports();
else if (STAGES_ONLY) stages();
else editor();
if (!EDITOR_ONLY && !ONLY_INDEX && !IMPORTS_ONLY && !STAGES_ONLY) {
  stages();
  throughput();
  incremental();
  memory();
  adversarial();
  hovers();
  bundles();
  workspaceIndex();
  cli();
  imports();
}
budgetTable();
fs.mkdirSync('test-results', { recursive: true });
fs.writeFileSync(path.join('test-results', 'bench.json'), JSON.stringify(report, null, 2) + '\n');
fs.writeFileSync(path.join('test-results', 'bench.md'), lines.join('\n') + '\n');
console.log('\nwrote test-results/bench.json and test-results/bench.md');
