import * as fs from 'node:fs';
import * as path from 'node:path';
import { isIgnored } from '../core/config/apply';
import { parseConfig } from '../core/config/parse';
import { CONFIG_FILE_NAME, formatConfigProblem, type StatLensConfig } from '../core/config/types';
import type { Dataset } from '../core/dataset/types';
import type { NoteJob } from './note';
import { loadConfigSources } from './configSources';
import { readDatasetFiles } from './datasets';
import { describeError } from './errors';
import { displayPath } from './files';

export interface ConfigOptions {
  /** `--config FILE`: this file for every note, instead of looking for the nearest. */
  config?: string;
  /** `--no-config`: no config file at all. */
  noConfig?: boolean;
}

/** What one config file asks for, with its datasets (the bundled and --dataset ones first). */
interface Plan {
  dir: string;
  config?: StatLensConfig;
  datasets: Dataset[];
}

/**
 * The CLI's side of `.statlens.json`: for each note, the nearest config file in
 * its folder or above, stopping at the folder that holds `.git` (the repository
 * root) or at the filesystem root. The nearest file applies alone.
 */
export class ConfiguredChecks {
  constructor(
    /** The notes to check: those no config ignores, in the order given. */
    readonly notes: string[],
    private readonly plans: Map<string, Plan>,
  ) {}

  /** The notes grouped by the datasets they are checked against, each with its config's options. */
  groups(): Array<{ datasets: Dataset[]; jobs: NoteJob[] }> {
    const groups = new Map<Dataset[], NoteJob[]>();
    for (const file of this.notes) {
      const plan = this.plans.get(file)!;
      const jobs = groups.get(plan.datasets) ?? [];
      jobs.push({ file, options: { severities: plan.config?.severity, ignoreFigures: plan.config?.ignoreFigures } });
      groups.set(plan.datasets, jobs);
    }
    return [...groups].map(([datasets, jobs]) => ({ datasets, jobs }));
  }
}

/**
 * Finds and reads the config of every note. `base` is the bundled dataset and
 * the `--dataset` files. Any problem in a config or in a dataset it names is a
 * string of one line per problem: CI should fail, not check with other settings.
 */
export function loadConfigs(files: string[], base: Dataset[], options: ConfigOptions): ConfiguredChecks | string {
  if (options.config !== undefined && options.noConfig) return '--config and --no-config cannot be used together';
  const plans = new Map<string, Plan>();
  const byConfig = new Map<string, Plan | string>();
  const nearest = new Map<string, string | undefined>();
  const problems: string[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const configFile = options.noConfig ? undefined : options.config !== undefined ? path.resolve(options.config) : nearestConfig(path.dirname(file), nearest);
    if (configFile === undefined) {
      plans.set(file, { dir: path.dirname(file), datasets: base });
      notes.push(file);
      continue;
    }
    let plan = byConfig.get(configFile);
    if (plan === undefined) {
      plan = readPlan(configFile, base);
      byConfig.set(configFile, plan);
      if (typeof plan === 'string') problems.push(plan);
    }
    if (typeof plan === 'string') continue;
    if (plan.config && isIgnored(plan.config, path.relative(plan.dir, file).split(path.sep).join('/'))) continue;
    plans.set(file, plan);
    notes.push(file);
  }
  return problems.length ? problems.join('\n') : new ConfiguredChecks(notes, plans);
}

/** The config file that applies in `dir`, remembering the answer for every folder on the way up. */
function nearestConfig(dir: string, cache: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let found: string | undefined;
  for (let current = dir; ; ) {
    if (cache.has(current)) {
      found = cache.get(current);
      break;
    }
    visited.push(current);
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (fs.existsSync(path.join(current, '.git')) || parent === current) break;
    current = parent;
  }
  for (const d of visited) cache.set(d, found);
  return found;
}

function readPlan(configFile: string, base: Dataset[]): Plan | string {
  const origin = displayPath(configFile);
  let text: string;
  try {
    text = fs.readFileSync(configFile, 'utf8');
  } catch (error) {
    return `${origin}: cannot read config: ${describeError(error, configFile)}`;
  }
  const { config, problems } = parseConfig(origin, text);
  if (!config) return problems.map(formatConfigProblem).join('\n');
  const dir = path.dirname(configFile);
  // "bundled": false leaves the bundled article out; --dataset files stay.
  const kept = config.bundled === false ? base.filter((d) => d.origin !== 'bundled') : base;
  const datasets = config.datasets.length === 0 ? [] : readDatasets(config.datasets.map((d) => path.resolve(dir, d)), base, origin);
  if (typeof datasets === 'string') return datasets;
  if (!config.sources?.length) return { dir, config, datasets: kept === base && datasets.length === 0 ? base : [...kept, ...datasets] };
  // A source that cannot be read is reported and skipped: the other sources and datasets still check.
  const sources = loadConfigSources(dir, config.sources, [...kept, ...datasets].flatMap((d) => d.records.map((r) => r.id)));
  for (const problem of sources.problems) process.stderr.write(`statlens: ${problem}\n`);
  return { dir, config, datasets: [...kept, ...datasets, ...sources.datasets] };
}

/** A config's datasets, skipping any already given with --dataset (its ids would clash with themselves). */
function readDatasets(files: string[], base: Dataset[], configOrigin: string): Dataset[] | string {
  const given = new Set(base.filter((d) => d.origin !== 'bundled').map((d) => path.resolve(d.origin)));
  const wanted = [...new Set(files)].filter((file) => !given.has(file)).map((file) => ({ path: file, origin: displayPath(file) }));
  return readDatasetFiles(wanted, base.flatMap((d) => d.records.map((r) => r.id)), ` named in ${configOrigin}`);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
