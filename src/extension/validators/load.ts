import type * as Validators from './entry';

let loaded: typeof Validators | undefined;

/** The dataset and config parsers, loaded once, when a note's folder first names a file to read. */
export async function validators(): Promise<typeof Validators> {
  return validatorsNow();
}

/** The same, loaded in this turn (a `.statlens.json` read from the local disk is parsed at once); throws if its file cannot be loaded. */
export function validatorsNow(): typeof Validators {
  // "statlens-validators" is ./entry (tsconfig paths); the desktop build keeps it a separate
  // file, required here rather than imported so that it stays a CommonJS require.
  return (loaded ??= require('statlens-validators') as typeof Validators);
}
