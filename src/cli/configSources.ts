import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import type { Dataset } from '../core/dataset/types';
import { datasetFromJson } from '../core/dataset/validate';
import type { ImportedDataset } from '../core/sources/records';
import { sourceDataset } from '../core/sources/read';
import { displayPath } from './files';
import { readSource } from './sources';

/** Imports by content hash and key: a source read again unchanged (another config, another run in this process) is not re-imported. */
const cache = new Map<string, ImportedDataset>();

/**
 * A config's `sources`: each file its globs match (relative to the config's folder),
 * imported as `statlens import` would and loaded as a dataset of its own. A source
 * that cannot be read, holds no statistics or clashes is one line in `problems`;
 * the others load.
 */
export function loadConfigSources(dir: string, globs: string[], takenIds: Iterable<string>): { datasets: Dataset[]; problems: string[] } {
  const taken = new Set(takenIds);
  const datasets: Dataset[] = [];
  const problems: string[] = [];
  const files = [...new Set(globSync(globs, { cwd: dir, absolute: true, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] }))].sort();
  for (const file of files) {
    const shown = displayPath(file);
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const imported = importCached(file, relative);
    if (typeof imported === 'string') {
      problems.push(`${shown}: ${imported}`);
      continue;
    }
    const { dataset, issues } = datasetFromJson(shown, imported, taken);
    if (issues.length) problems.push(`${shown}: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`);
    if (!dataset || dataset.records.length === 0) continue;
    for (const r of dataset.records) taken.add(r.id);
    datasets.push(dataset);
  }
  return { datasets, problems };
}

function importCached(file: string, relative: string): ImportedDataset | string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    bytes = Buffer.alloc(0);
  }
  const hash = `${relative}:${createHash('sha256').update(bytes).digest('hex')}`;
  const cached = cache.get(hash);
  if (cached) return cached;
  const read = readSource(file);
  if ('error' in read) return read.error;
  // The same derivation as the editor's sources (src/core/sources/read.ts).
  const imported = sourceDataset(read.doc, relative, read.mtime.toISOString().slice(0, 10));
  if (typeof imported === 'string') return imported;
  cache.set(hash, imported);
  return imported;
}
