import * as fs from 'node:fs';
import { formatIssue, type Dataset } from '../core/dataset/types';
import { parseDataset, sizeIssue } from '../core/dataset/validate';
import { describeError } from './errors';

/**
 * Reads dataset files for the CLI (given with --dataset or named by a config): each
 * checked for size before it is read, then validated, ids unique across `taken` and
 * each other. Every problem of every file comes back at once, one line each. `why` says where a file was named, for the unreadable-file message.
 */
export function readDatasetFiles(files: Array<{ path: string; origin: string }>, taken: Iterable<string>, why = ''): Dataset[] | string {
  const ids = new Set(taken);
  const datasets: Dataset[] = [];
  const problems: string[] = [];
  for (const { path, origin } of files) {
    let text: string;
    try {
      const stat = fs.statSync(path);
      // A device or pipe (/dev/zero, a FIFO) has no size to check and may never end.
      if (!stat.isFile()) {
        problems.push(formatIssue({ origin, message: `cannot read dataset${why}: not a regular file` }));
        continue;
      }
      const tooLarge = sizeIssue(origin, stat.size);
      if (tooLarge) {
        problems.push(formatIssue(tooLarge));
        continue;
      }
      text = fs.readFileSync(path, 'utf8');
    } catch (error) {
      problems.push(formatIssue({ origin, message: `cannot read dataset${why}: ${describeError(error, path)}` }));
      continue;
    }
    const parsed = parseDataset(origin, text, ids);
    problems.push(...parsed.issues.map(formatIssue));
    if (parsed.dataset) datasets.push(parsed.dataset);
    // Those of invalid records too, so that fixing this file cannot turn up a clash in the next.
    for (const id of parsed.ids) ids.add(id);
  }
  return problems.length ? problems.join('\n') : datasets;
}
