import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateNote } from './notes';

export interface CliRun {
  command: string;
  wallS: number;
  cpuS: number;
  /** CPU time over wall time: above 1 means more than one core was busy. */
  cores: number;
  exit: number;
}

/** Writes `count` notes of about 10 KB once (kept in the temp folder between runs). */
function ensureNotes(count: number, seed: number): { dir: string; bytes: number } {
  const dir = path.join(os.tmpdir(), `statlens-bench-${count}-${seed}`);
  const done = path.join(dir, '.complete');
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < count; i++) {
      const folder = path.join(dir, `folder-${Math.floor(i / 100)}`);
      if (i % 100 === 0) fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `note-${i}.md`), generateNote(10_000, seed + i));
    }
    fs.writeFileSync(done, '');
  }
  let bytes = 0;
  for (const folder of fs.readdirSync(dir)) {
    if (folder.startsWith('.')) continue;
    for (const f of fs.readdirSync(path.join(dir, folder))) bytes += fs.statSync(path.join(dir, folder, f)).size;
  }
  return { dir, bytes };
}

/** Runs a shell command under bash's `time`, returning wall and CPU seconds. */
function timed(command: string): CliRun {
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time (${command} > /dev/null 2>/dev/null)`], { encoding: 'utf8' });
  const [wall, user, sys] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { command, wallS: wall, cpuS: Math.round((user + sys) * 100) / 100, cores: Math.round(((user + sys) / wall) * 100) / 100, exit: run.status ?? -1 };
}

/** The CLI over a generated workspace: as users run it, and on one thread where it can be told to. */
export function cliWorkspace(count: number, seed: number): { notes: number; bytes: number; runs: CliRun[] } {
  const { dir, bytes } = ensureNotes(count, seed);
  const help = spawnSync('node', ['dist/cli.js', '--help'], { encoding: 'utf8' });
  const runs = [timed(`node dist/cli.js check --format json ${dir}`)];
  if (`${help.stdout}${help.stderr}`.includes('--jobs')) runs.push(timed(`node dist/cli.js check --format json --jobs 1 ${dir}`));
  return { notes: count, bytes, runs };
}
