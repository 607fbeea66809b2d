import * as fs from 'node:fs';
import * as os from 'node:os';
import { Checker } from '../core/check';
import type { Dataset } from '../core/dataset/types';
import { DatasetIndex } from '../core/judge/datasetIndex';
import { checkNote, type NoteJob, type NoteOutcome } from './note';
import { checkInWorkers } from './worker';

/** Below this much text, starting workers (tens of ms each) costs more than it saves. */
const POOL_MIN_BYTES = 512 * 1024;

export interface RunOptions {
  datasets: Dataset[];
  /** Compute each finding's surroundings (for a baseline or SARIF). */
  withContexts?: boolean;
  /** Worker threads asked for with --jobs; unset: one per core, for runs large enough to gain. */
  jobs?: number;
  onProgress?: (done: number) => void;
  workerScript?: string;
}

/** Every job's outcome, in the jobs' order, whether checked here or in workers. */
export async function checkNotes(jobs: NoteJob[], options: RunOptions): Promise<NoteOutcome[]> {
  const size = poolSize(jobs, options.jobs);
  const withContexts = options.withContexts ?? false;
  if (size > 1) return checkInWorkers(jobs, { datasets: options.datasets, withContexts, size, script: options.workerScript, onProgress: options.onProgress });
  const checker = new Checker(new DatasetIndex(options.datasets));
  return jobs.map((job, i) => {
    const outcome = checkNote(checker, job, withContexts);
    options.onProgress?.(i + 1);
    return outcome;
  });
}

/** How many workers: --jobs when given (1: none), else one per core once the notes are large enough. */
export function poolSize(jobs: NoteJob[], requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs.length));
  const cores = os.availableParallelism();
  if (cores < 2 || jobs.length < 2 || !atLeastBytes(jobs, POOL_MIN_BYTES)) return 1;
  return Math.min(cores, jobs.length);
}

function atLeastBytes(jobs: NoteJob[], limit: number): boolean {
  let total = 0;
  for (const job of jobs) {
    try {
      total += fs.statSync(job.file).size;
    } catch {
      // Reading it will say why.
    }
    if (total >= limit) return true;
  }
  return false;
}
