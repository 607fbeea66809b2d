import { Checker, type CheckOptions, type Finding } from '../../src/core/check';
import { DatasetIndex } from '../../src/core/judge/datasetIndex';
import type { Dataset } from '../../src/core/dataset/types';
import { bundledDataset } from '../../src/data/bundled';

let shared: Checker | undefined;

/** A checker over the bundled dataset, plus `extra` datasets when given. */
export function checker(extra: Dataset[] = []): Checker {
  if (extra.length) return new Checker(new DatasetIndex([bundledDataset(), ...extra]));
  shared ??= new Checker(new DatasetIndex([bundledDataset()]));
  return shared;
}

export function check(text: string, options?: CheckOptions): Finding[] {
  return checker().check(text, options).findings;
}

/** The texts of the findings of a note, in order. */
export function figures(text: string): string[] {
  return check(text).map((f) => f.text);
}

/** The one finding whose text is `figure` (fails when there is not exactly one). */
export function findingOf(text: string, figure: string): Finding {
  const found = check(text).filter((f) => f.text === figure);
  if (found.length !== 1) throw new Error(`expected one finding "${figure}", found ${found.length} in: ${JSON.stringify(check(text).map((f) => f.text))}`);
  return found[0];
}
