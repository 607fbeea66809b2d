import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoPath } from './paths';
import { tempDir } from './tempDirs';

export const CLI = repoPath('dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in `cwd`, piped, colour off unless `env` says otherwise. */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = { NO_COLOR: '1' }): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: withEnv(env), maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The process environment with `env` applied (an undefined value removes the variable). */
export function withEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** A temporary folder holding `files` (path → text or bytes), removed after the tests. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('statlens-cli-');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Sentences whose status the bundled dataset fixes. */
export const SUPPORTED = 'In 2026, over 73% of enterprises run open-source AI models in production.\n';
export const UNSUPPORTED = 'Roughly 61% of CIOs plan to grow open-model budgets.\n';
export const CONFLICTING = 'In 2024, Hugging Face reported 5.2 million developers.\n';
export const CITED = 'Private AI investment reached $33.9 billion per the [AI Index](https://example.org).\n';
