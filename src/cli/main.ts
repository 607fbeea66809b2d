import './regexpTier';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Dataset } from '../core/dataset/types';
import type { Baseline } from '../core/output/baseline';
import { factCheckSheet, SHEET_FORMATS, type SheetFormat } from '../core/sheet';
import { bundledDataset } from '../data/bundled';
import { VERSION } from './about';
import { applyBaseline, baselineTargetProblem, readBaseline, writeBaseline } from './baseline';
import { readDatasetFiles } from './datasets';
import { collectNotes, displayPath } from './files';
import { runImport } from './import';
import { failed, type NoteOutcome } from './note';
import { loadConfigs, type ConfiguredChecks } from './config';
import { addInconsistencies, type ConsistentFinding } from './consistency';
import type { StatLensConfig } from '../core/config/types';
import type { Severity } from '../core/rules/rule';
import { FORMATS, render, type Format, type ShownNote } from './output';
import { checkNotes, type RunOptions } from './run';
import { colourEnabled, startProgress } from './terminal';
import type { CliFinding } from './textFormat';
import { isCheckWorker, serveChecks } from './worker';

const USAGE = `Usage: statlens check [OPTION]... PATH...
       statlens import [OPTION]... SOURCE...   (see statlens import --help)
       statlens report [--format md|csv|html] [OPTION]... PATH...

Checks the statistics in Markdown notes against their sources.
PATH may be a file, a directory (searched for *.md) or a glob.

report prints a fact-check sheet: one row per figure (note, line, figure,
status, source, year, quote), sorted by note; as Markdown (default), CSV, or one
self-contained HTML page that sorts and filters. It takes the options below but
--format's values and the baselines, and exits 0 unless a path could not be read.

Options:
  --format text|json|sarif  text: one line per finding that has a severity, and a
                            summary (default); json: every claim, as the report in
                            the README; sarif: SARIF 2.1.0 for GitHub code scanning
  --dataset FILE            add a dataset (JSON, see media/schema); repeatable
  --no-bundled              leave out the bundled dataset (the NWCast article)
  --config FILE             use this .statlens.json for every note
  --no-config               use no .statlens.json (by default each note's nearest
                            one, up to the repository root, applies)
  --write-baseline FILE     record today's unsupported and conflicting findings
  --baseline FILE           report and fail only on unsupported and conflicting
                            findings that FILE does not hold
  --jobs N                  check in N worker threads; 1: none (default: one per
                            core when the notes add up to 512 KB or more)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no warnings, 1 warnings found, 2 bad usage, an invalid dataset,
config or baseline, or a path or note that could not be read (the others are
still checked).`;

/** `statlens check`'s (or `report`'s) options, once parsed and checked. */
interface CheckCommand {
  format: Format;
  /** `statlens report`: the sheet's format. */
  sheet?: SheetFormat;
  datasets: string[];
  baseline?: string;
  writeBaseline?: string;
  jobs?: number;
  config?: string;
  noConfig?: boolean;
  noBundled?: boolean;
  paths: string[];
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'import') return runImport(argv.slice(1));
  const command = parseCommand(argv);
  return typeof command === 'number' ? command : runCheck(command);
}

/** The command line as a check to run, or the exit status when there is nothing to run (help, version, bad usage). */
function parseCommand(argv: string[]): CheckCommand | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        dataset: { type: 'string', multiple: true, default: [] },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        jobs: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        'no-bundled': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command === 'report') return parseReport(values, paths);
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'missing command');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return usage(`--format must be "text", "json" or "sarif", not "${values.format}"`);
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) return usage('--baseline and --write-baseline cannot be used together');
  const jobs = parseJobs(values.jobs);
  if (typeof jobs === 'string') return usage(jobs);
  if (paths.length === 0) return usage('no PATH given');
  if (values.config !== undefined && values['no-config']) return usage('--config and --no-config cannot be used together');
  return { format, datasets: values.dataset as string[], baseline: values.baseline, writeBaseline: values['write-baseline'], jobs, config: values.config, noConfig: values['no-config'], noBundled: values['no-bundled'], paths };
}

/** `statlens report`: a check whose output is the fact-check sheet. */
function parseReport(values: { format?: string; dataset?: string[]; baseline?: string; 'write-baseline'?: string; jobs?: string; config?: string; 'no-config'?: boolean }, paths: string[]): CheckCommand | number {
  const sheet = (values.format ?? 'md') as SheetFormat;
  if (!SHEET_FORMATS.includes(sheet)) return usage(`report: --format must be "md", "csv" or "html", not "${values.format}"`);
  if (values.baseline !== undefined || values['write-baseline'] !== undefined) return usage('report: a sheet lists every figure; it takes no baseline');
  const jobs = parseJobs(values.jobs);
  if (typeof jobs === 'string') return usage(jobs);
  if (paths.length === 0) return usage('no PATH given');
  if (values.config !== undefined && values['no-config']) return usage('--config and --no-config cannot be used together');
  return { format: 'json', sheet, datasets: values.dataset ?? [], jobs, config: values.config, noConfig: values['no-config'], paths };
}

async function runCheck(command: CheckCommand): Promise<number> {
  const datasets = loadDatasets(command.datasets, !command.noBundled);
  if (typeof datasets === 'string') return fail(datasets);
  const baseline = command.baseline !== undefined ? readBaseline(command.baseline) : undefined;
  if (typeof baseline === 'string') return fail(baseline);

  const { files, problems } = await collectNotes(command.paths);
  // Before the check, so a mistyped --write-baseline costs nothing and destroys nothing.
  const badTarget = command.writeBaseline !== undefined ? baselineTargetProblem(command.writeBaseline, files) : undefined;
  if (badTarget) return fail(badTarget);
  // .statlens.json: each note's nearest config picks its datasets, severities and ignores (src/cli/config.ts).
  const configured = loadConfigs(files, datasets, { config: command.config, noConfig: command.noConfig });
  if (typeof configured === 'string') return fail(configured);
  const progress = startProgress(process.stderr, process.env, configured.notes.length);
  const withContexts = command.format === 'sarif' || command.baseline !== undefined || command.writeBaseline !== undefined;
  const outcomes = await checkConfigured(configured, { jobs: command.jobs, withContexts, onProgress: (done) => progress.update(done) });
  progress.clear();
  const notes: ShownNote[] = [];
  for (const outcome of outcomes) {
    if (failed(outcome)) problems.push(`${displayPath(outcome.file)}: ${outcome.error}`);
    else notes.push({ ...outcome, path: displayPath(outcome.file) });
  }
  addInconsistencies(notes, inconsistentSeverities(configured));
  const baselineError = settleBaseline(command, baseline, notes);
  if (baselineError) return fail(baselineError);

  for (const problem of problems) process.stderr.write(`statlens: ${problem}\n`);
  if (command.sheet) {
    await writeAll(process.stdout, [factCheckSheet(notes.map((n) => ({ path: n.path, findings: n.findings })), command.sheet)]);
    return problems.length > 0 ? 2 : 0;
  }
  const colour = colourEnabled(process.stdout.isTTY === true, process.env);
  await writeAll(process.stdout, render(command.format, notes, { colour, baseline: Boolean(command.baseline ?? command.writeBaseline), problems }));
  if (problems.length > 0) return 2;
  const warns = (f: CliFinding): boolean => (isWarning(f.severity) || isWarning((f as ConsistentFinding).inconsistent?.severity)) && !f.baselined;
  return notes.some((n) => n.findings.some(warns)) ? 1 : 0;
}

/**
 * --write-baseline records the findings and then, like --baseline, marks the ones
 * a baseline holds; the reason when the file cannot be written.
 */
function settleBaseline(command: CheckCommand, baseline: Baseline | undefined, notes: ShownNote[]): string | undefined {
  if (command.writeBaseline !== undefined) {
    const written = writeBaseline(command.writeBaseline, notes);
    if (typeof written === 'string') return written;
    process.stderr.write(`statlens: ${command.writeBaseline}: recorded ${written.findings.reduce((n, f) => n + f.count, 0)} findings\n`);
    applyBaseline(written, command.writeBaseline, notes);
  } else if (baseline && command.baseline !== undefined) {
    applyBaseline(baseline, command.baseline, notes);
  }
  return undefined;
}

/** Writes the chunks about a megabyte at a time, waiting whenever the pipe is full. */
async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending && !stream.write(pending)) await once(stream, 'drain');
    pending = '';
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 20) await flush();
  }
  await flush();
}

/** Notes that share datasets are checked together (in workers when many); each keeps its own options. */
async function checkConfigured(configured: ConfiguredChecks, options: Omit<RunOptions, 'datasets'>): Promise<NoteOutcome[]> {
  const byFile = new Map<string, NoteOutcome>();
  let done = 0;
  for (const group of configured.groups()) {
    const outcomes = await checkNotes(group.jobs, { ...options, datasets: group.datasets, onProgress: (n) => options.onProgress?.(done + n) });
    done += group.jobs.length;
    for (const outcome of outcomes) byFile.set(outcome.file, outcome);
  }
  return configured.notes.map((file) => byFile.get(file)!);
}

const isWarning = (severity: string | undefined): boolean => severity === 'warning' || severity === 'error';

/** Each note's severity for statlens.inconsistent, from its config (the rule's default when none sets it). */
function inconsistentSeverities(configured: ConfiguredChecks): (file: string) => Severity | undefined {
  const byFile = new Map<string, Severity | undefined>();
  for (const group of configured.groups()) for (const job of group.jobs) byFile.set(job.file, (job.options?.severities as StatLensConfig['severity'] | undefined)?.inconsistent);
  return (file) => byFile.get(file);
}

/** --jobs: a whole number of worker threads, at least 1; undefined when not given. */
function parseJobs(value: string | undefined): number | undefined | string {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : `--jobs must be a whole number from 1 to 256, not "${value}"`;
}

/** The bundled dataset (unless --no-bundled) plus each --dataset file; a message when any is unreadable or invalid. */
function loadDatasets(files: string[], withBundled: boolean): Dataset[] | string {
  const bundled = withBundled ? [bundledDataset()] : [];
  const given = readDatasetFiles(files.map((file) => ({ path: file, origin: file })), bundled.flatMap((d) => d.records.map((r) => r.id)));
  return typeof given === 'string' ? given : [...bundled, ...given];
}

/** A bad command line: the one thing wrong and where to read more, not the whole help. */
function usage(message: string): number {
  process.stderr.write(`statlens: ${message} (see statlens --help)\n`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(message.split('\n').map((line) => `statlens: ${line}`).join('\n') + '\n');
  return 2;
}

if (isCheckWorker()) serveChecks();
else main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`statlens: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
