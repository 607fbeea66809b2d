import type { DetectedClaim } from '../detect/figure';

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

/** How far off, as a share of the note's figure, a record may be and still round to a hedged figure. */
const APPROX_REACH = 0.2;

/** `value` to the nearest multiple of `step`, computed so that 47e9 to 1e10 gives exactly 5e10. */
function toStep(value: number, step: number, how: (x: number) => number): number {
  const q = value / step;
  const snapped = Math.abs(q - Math.round(q)) < 1e-9 ? Math.round(q) : how(q);
  return snapped * step;
}

/**
 * Does a note's figure agree with a record's value? Equal after normalising; or,
 * when the note hedges it, equal to the record rounded to the note's precision —
 * down for "over"/"more than", up for "under"/"up to", to the nearest otherwise
 * ("about $50 billion" for $47 billion, "over 5 million" for 5.2 million). A range
 * agrees when the record falls inside it.
 */
export function valuesAgree(claim: Pick<DetectedClaim, 'value' | 'precision' | 'hedge' | 'max'>, recordValue: number): boolean {
  const r = recordValue;
  if (claim.max !== undefined) return (r > claim.value || near(r, claim.value)) && (r < claim.max || near(r, claim.max));
  if (near(claim.value, r)) return true;
  const step = claim.precision;
  if (!claim.hedge || !(step > 0)) return false;
  switch (claim.hedge) {
    case 'approx':
      // "roughly $100 million" for $78M rounds to it, but no writer would round so far: a fifth off at most ("about 1 million" for 1.2 million).
      return near(toStep(r, step, Math.round), claim.value) && Math.abs(r - claim.value) <= APPROX_REACH * Math.abs(claim.value);
    case 'atLeast':
      return r > claim.value && near(toStep(r, step, Math.floor), claim.value);
    case 'atMost':
      return r < claim.value && near(toStep(r, step, Math.ceil), claim.value);
  }
}
