import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateNote } from './notes';

export interface HostMemory {
  heapUsedMB: number;
  rssMB: number;
}

export interface ActivationResult {
  activateMs?: number;
  /** The session's first note: opened (and shown) → its first diagnostics set. */
  firstCheckMs?: number;
  /** The same, from the open event the extension host receives. */
  firstEventMs?: number;
  /** Notes opened after it in the same session. */
  laterCheckMs?: number[];
  laterEventMs?: number[];
  /** The open event → StatLens's publish (the first note, then the later ones). */
  firstPublishMs?: number;
  laterPublishMs?: number[];
  /** How busy the host was between StatLens's publish and VS Code's diagnostics event (event-loop utilisation, 0–1). */
  firstBusyAfter?: number;
  laterBusyAfter?: number[];
  /** A control for the load: `workspace.fs.stat` of the folder, before each later note. */
  roundTripMs?: number[];
  wasActive?: boolean;
  debounce?: number;
  openNotes?: number;
  memoryBefore?: HostMemory;
  memoryWith50?: HostMemory;
  error?: string;
}

export interface UiOpen {
  note: string;
  /** The click in the Explorer → the first squiggle in the editor's DOM, in the page's clock. */
  ms: number;
}

/** A folder as the open measurements use it: note.md and note-2…5.md of 10 KB, and 50 more in many/. */
function benchFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-bench-host-'));
  fs.writeFileSync(path.join(folder, 'note.md'), generateNote(10_000, 1));
  for (let i = 2; i <= 5; i++) fs.writeFileSync(path.join(folder, `note-${i}.md`), generateNote(10_000, i));
  fs.mkdirSync(path.join(folder, 'many'));
  for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(folder, 'many', `open-${i}.md`), generateNote(10_000, 100 + i));
  return folder;
}

function lastLines(text: string | null): string {
  return (text ?? '').trim().split('\n').slice(-3).join(' ');
}

/** Starts a real VS Code (code-server) on a fresh folder and runs activation.ts in its extension host. */
export function measureActivation(extension = '.'): ActivationResult {
  const folder = benchFolder();
  const out = path.join(folder, '..', `${path.basename(folder)}.json`);
  const run = spawnSync(process.execPath, ['test/harness/run-integration.mjs', '--extension', extension, '--tests', path.resolve('out/bench/activation.js'), '--workspace', folder, '--timeout', '240'], {
    encoding: 'utf8',
    env: { ...process.env, STATLENS_BENCH_OUT: out },
  });
  try {
    if (run.status !== 0 || !fs.existsSync(out)) return { error: `run-integration exited ${run.status}: ${lastLines(run.stderr)}` };
    return JSON.parse(fs.readFileSync(out, 'utf8')) as ActivationResult;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  }
}

/** One code-server session in Chromium: a person's clicks on five notes, to the first squiggle of each. */
export function measureUiOpen(extension = '.'): UiOpen[] | { error: string } {
  const folder = benchFolder();
  const out = path.join(folder, '..', `${path.basename(folder)}-ui.json`);
  const run = spawnSync(process.execPath, ['test/bench/open-ui.mjs', folder, out, path.resolve(extension)], { encoding: 'utf8', timeout: 300_000 });
  try {
    if (run.status !== 0 || !fs.existsSync(out)) return { error: `open-ui exited ${run.status}: ${lastLines(run.stderr)}` };
    return JSON.parse(fs.readFileSync(out, 'utf8')) as UiOpen[];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  }
}
