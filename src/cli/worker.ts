import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Checker } from '../core/check';
import type { Dataset } from '../core/dataset/types';
import { DatasetIndex } from '../core/judge/datasetIndex';
import type { ReportFinding, ReportRecord } from '../core/report';
import { checkNote, failed, type NoteJob, type NoteOutcome } from './note';

/**
 * Checking notes in worker threads. dist/cli.js is its own worker script (started
 * with this role in its workerData), so the build needs no second bundle.
 */
const ROLE = 'statlens-check';

interface WorkerInit {
  role: typeof ROLE;
  datasets: Dataset[];
  withContexts: boolean;
}

/** A run of consecutive notes, from index `first` of the whole list. */
interface Batch {
  first: number;
  jobs: NoteJob[];
}

interface BatchDone {
  first: number;
  outcomes: NoteOutcome[];
  /** Records this worker had not sent before. Findings carry only `recordId`: a dense note cites
   * the same few records hundreds of times, and a copy with every finding doubled what crossed. */
  records: ReportRecord[];
  /** The sentences the batch's subject keys are cut from, each once (see `takeTexts`). */
  texts: string[];
}

type WireFinding = ReportFinding & { recordId?: string };

export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as WorkerInit | undefined)?.role === ROLE;
}

/** The worker's side: one Checker for the worker's life, a batch of outcomes per batch of notes. */
export function serveChecks(): void {
  const init = workerData as WorkerInit;
  const checker = new Checker(new DatasetIndex(init.datasets));
  const port = parentPort!;
  const sent = new Set<string>();
  port.on('message', (batch: Batch) => {
    const outcomes = batch.jobs.map((job) => checkNote(checker, job, init.withContexts));
    port.postMessage({ first: batch.first, outcomes, records: takeRecords(outcomes, sent), texts: takeTexts(outcomes) } satisfies BatchDone);
  });
}

/** Replaces each finding's record by its id; the records not yet in `sent` (which it adds them to). */
function takeRecords(outcomes: NoteOutcome[], sent: Set<string>): ReportRecord[] {
  const records: ReportRecord[] = [];
  for (const outcome of outcomes) {
    if (failed(outcome)) continue;
    for (const f of outcome.findings as WireFinding[]) {
      if (!f.record) continue;
      if (!sent.has(f.record.id)) records.push(f.record);
      sent.add(f.record.id);
      f.recordId = f.record.id;
      f.record = null;
    }
  }
  return records;
}

/** A key's place on the wire: its sentence by number in the batch's `texts`. */
type WirePlace = { text: string; textId?: number };

/**
 * Replaces each subject key's sentence by its number in the list returned. The keys of a
 * sentence share its text, but a message copies a string once per key that holds it: a
 * sentence of 20,000 figures would cross 20,000 times.
 */
function takeTexts(outcomes: NoteOutcome[]): string[] {
  const texts: string[] = [];
  const ids = new Map<string, number>();
  for (const outcome of outcomes) {
    if (failed(outcome)) continue;
    for (const claim of outcome.claims ?? []) {
      const place: WirePlace | undefined = claim.subject?.place;
      if (!place) continue;
      let id = ids.get(place.text);
      if (id === undefined) ids.set(place.text, (id = texts.push(place.text) - 1));
      place.textId = id;
      place.text = '';
    }
  }
  return texts;
}

/** Puts each key's sentence back (the key keeps its position). */
function withTexts(outcome: NoteOutcome, texts: string[]): NoteOutcome {
  if (failed(outcome)) return outcome;
  for (const claim of outcome.claims ?? []) {
    const place: WirePlace | undefined = claim.subject?.place;
    if (place?.textId === undefined) continue;
    place.text = texts[place.textId];
    delete place.textId;
  }
  return outcome;
}

export interface PoolOptions {
  datasets: Dataset[];
  withContexts: boolean;
  size: number;
  /** The script that serves checks: dist/cli.js itself unless a test says otherwise. */
  script?: string;
  onProgress?: (done: number) => void;
}

/** The outcomes of `jobs`, in their order, checked by `size` workers taking batches as they finish. */
export function checkInWorkers(jobs: NoteJob[], options: PoolOptions): Promise<NoteOutcome[]> {
  const outcomes: NoteOutcome[] = new Array(jobs.length);
  if (jobs.length === 0) return Promise.resolve(outcomes);
  // Small batches near the end keep both cores busy until the last note.
  const batchSize = Math.max(1, Math.min(16, Math.ceil(jobs.length / (options.size * 8))));
  const workers: Worker[] = [];
  const records = new Map<string, ReportRecord>();
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const feed = (worker: Worker): void => {
      if (next >= jobs.length) return;
      const batch: Batch = { first: next, jobs: jobs.slice(next, next + batchSize) };
      next += batch.jobs.length;
      worker.postMessage(batch);
    };
    const init: WorkerInit = { role: ROLE, datasets: options.datasets, withContexts: options.withContexts };
    for (let i = 0; i < Math.min(options.size, jobs.length); i++) {
      const worker = new Worker(options.script ?? __filename, { workerData: init });
      workers.push(worker);
      worker.on('message', (result: BatchDone) => {
        for (const r of result.records) records.set(r.id, r);
        result.outcomes.forEach((outcome, k) => (outcomes[result.first + k] = withTexts(withRecords(outcome, records), result.texts)));
        done += result.outcomes.length;
        options.onProgress?.(done);
        if (done === jobs.length) settle();
        else feed(worker);
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (done < jobs.length) settle(new Error(`a check worker stopped early (exit code ${code})`));
      });
      feed(worker);
    }
  });
}

/** Puts each finding's record back in its place (the key keeps its position, so JSON output is unchanged). */
function withRecords(outcome: NoteOutcome, records: Map<string, ReportRecord>): NoteOutcome {
  if (failed(outcome)) return outcome;
  for (const f of outcome.findings as WireFinding[]) {
    if (f.recordId === undefined) continue;
    f.record = records.get(f.recordId) ?? null;
    delete f.recordId;
  }
  return outcome;
}
