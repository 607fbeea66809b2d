import { valuesAgree } from '../judge/compare';
import type { IndexedClaim } from './claims';

/**
 * Do two statements of the same statistic agree? Equal, or one a hedged rounding
 * of the other ("about 40%" and "41%"), by the rule the dataset match uses. A
 * range ("40–50%") is never called inconsistent: whether another note's figure
 * should lie inside it is the writer's call, not a fact.
 */
export function figuresAgree(a: IndexedClaim, b: IndexedClaim): boolean {
  if (a.max !== undefined || b.max !== undefined) return true;
  return valuesAgree(a, b.value) || valuesAgree(b, a.value);
}

/** Whether a figure takes part in the cross-note pass at all. */
export function compared(claim: IndexedClaim): boolean {
  return claim.subject !== undefined && !claim.suppressed;
}

/**
 * Whether a figure can be reported as inconsistent. One a dataset record judges
 * (supported or conflicting) is left to that record, which already says whether it
 * holds, with a fix; it still counts as the other note's figure for one no record
 * holds, so the writer's own figures stay consistent with the sourced ones too.
 */
export function accusable(claim: IndexedClaim): boolean {
  return compared(claim) && !claim.record;
}
