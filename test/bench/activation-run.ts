import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateNote } from './notes';

export interface ActivationResult {
  activateMs?: number;
  firstCheckMs?: number;
  wasActive?: boolean;
  debounce?: number;
  error?: string;
}

/** Starts a real VS Code (code-server) on a folder with one 10 KB note and runs activation.ts in it. */
export function measureActivation(): ActivationResult {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-bench-host-'));
  const out = path.join(folder, '..', `${path.basename(folder)}.json`);
  fs.writeFileSync(path.join(folder, 'note.md'), generateNote(10_000, 1));
  const run = spawnSync(process.execPath, ['test/harness/run-integration.mjs', '--extension', '.', '--tests', path.resolve('out/bench/activation.js'), '--workspace', folder, '--timeout', '180'], {
    encoding: 'utf8',
    env: { ...process.env, STATLENS_BENCH_OUT: out },
  });
  try {
    if (run.status !== 0 || !fs.existsSync(out)) return { error: `run-integration exited ${run.status}: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' ')}` };
    return JSON.parse(fs.readFileSync(out, 'utf8')) as ActivationResult;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  }
}
