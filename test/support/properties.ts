import fc from 'fast-check';

/**
 * How many generated cases the property suite runs, and from which seed.
 * STATLENS_PROPERTY_RUNS is the total over every property (default 100,000, shared
 * out by SHARES); STATLENS_PROPERTY_SEED varies the otherwise fixed seed.
 */
export const TOTAL_RUNS = positiveInt(process.env.STATLENS_PROPERTY_RUNS, 100_000);
export const BASE_SEED = integer(process.env.STATLENS_PROPERTY_SEED, 20260404);

/** Each property's share of the total; they sum to 1 so the suite runs TOTAL_RUNS cases. */
const SHARES = {
  'invariants': 0.4,
  'line endings and BOM': 0.15,
  'emoji before a figure': 0.15,
  'an edit in another block': 0.15,
  'a paragraph moved into containers': 0.15,
} as const;

export type PropertyName = keyof typeof SHARES;

export function runsOf(name: PropertyName): number {
  return Math.max(1, Math.round(TOTAL_RUNS * SHARES[name]));
}

/**
 * Cases run so far in this process, per property. Every test file is its own
 * bundle with its own copy of this module, so the tally lives on globalThis; one
 * root hook prints it once the run ends.
 */
const tally: Map<string, number> = ((globalThis as Record<string, unknown>).__statlensPropertyCases ??= new Map<string, number>()) as Map<string, number>;
if (!(globalThis as Record<string, unknown>).__statlensPropertySummary) {
  (globalThis as Record<string, unknown>).__statlensPropertySummary = true;
  after(() => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    if (total) console.log(`  property tests: ${total.toLocaleString('en-US')} generated cases (seed ${BASE_SEED}; STATLENS_PROPERTY_RUNS=${TOTAL_RUNS})`);
  });
}

/**
 * Runs one property with its share of cases and its own seed (the base seed plus
 * its position, so properties do not replay each other's notes). On failure the
 * error says how to replay it.
 */
export function checkProperty<T>(name: PropertyName, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const seed = BASE_SEED + Object.keys(SHARES).indexOf(name);
  const numRuns = runsOf(name);
  let count = 0;
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        count++;
        predicate(value);
      }),
      { numRuns, seed, endOnFailure: false },
    );
  } catch (error) {
    const hint = `property "${name}" failed with seed ${seed} (replay: STATLENS_PROPERTY_SEED=${BASE_SEED} STATLENS_PROPERTY_RUNS=${TOTAL_RUNS})`;
    console.error(`\n${hint}`);
    if (error instanceof Error) error.message = `${hint}\n${error.message}`;
    throw error;
  } finally {
    tally.set(name, (tally.get(name) ?? 0) + Math.min(count, numRuns));
  }
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`STATLENS_PROPERTY_RUNS must be a positive integer, not "${raw}"`);
  return n;
}

function integer(raw: string | undefined, fallback: number): number {
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n)) throw new Error(`STATLENS_PROPERTY_SEED must be an integer, not "${raw}"`);
  return n;
}
