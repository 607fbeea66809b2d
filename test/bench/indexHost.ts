/**
 * Run inside a real VS Code by the benchmark (`--only-index`): waits until the
 * workspace index has read every note of the folder, then reads the extension
 * host's memory after a full collection. Writes JSON to STATLENS_BENCH_OUT.
 */
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { StatLensApi } from '../../src/extension/activate';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<StatLensApi>('statlens.statlens');
  if (!extension) throw new Error('StatLens is not installed');
  const start = performance.now();
  const api = await extension.activate();
  await api.indexSettled();
  const settledMs = performance.now() - start;
  // The Claims view's groups count their figures: what the index holds.
  const figures = api.claims('status').reduce((n, group) => n + (Number.parseInt(group.description, 10) || 0), 0);
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  fs.writeFileSync(process.env.STATLENS_BENCH_OUT!, JSON.stringify({ settledMs, figures, heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 }));
}
