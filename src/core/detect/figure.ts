import type { HedgeKind } from './lexicon';

export type ClaimKind = 'percent' | 'money' | 'multiplier' | 'count' | 'size' | 'rate' | 'score';

/** A figure reduced to comparable form: "$47B", "US$47bn" and "$47 billion" are all 47e9 USD. */
export interface Figure {
  kind: ClaimKind;
  value: number;
  unit: string;
  /** The step the figure was written to, in the same unit ("$50 billion" → 1e10). */
  precision: number;
  /** Upper end of a range ("40–50%"), whose `value` is the lower end. */
  max?: number;
}

/** A statistic found in a block's prose text. Offsets are into that text. */
export interface DetectedClaim extends Figure {
  start: number;
  end: number;
  hedge?: HedgeKind;
}
