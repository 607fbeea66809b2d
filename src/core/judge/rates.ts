import type { DetectedClaim } from '../detect/figure';
import type { ClaimPlace } from './evidence';

/** "per 1,000 tokens", "per thousand tokens", "per 1M tokens": what a bare price is per, said elsewhere in its sentence. */
const PER_TOKENS = /\bper\s+(1,000|1000|thousand|1k|one thousand|million|1m|1,000,000|one million|m)\s+tokens\b|\/\s?(1k|1m|m)\s+tokens\b/i;

const SCALE: ReadonlyMap<string, number> = new Map([
  ['1,000', 1e3], ['1000', 1e3], ['thousand', 1e3], ['1k', 1e3], ['one thousand', 1e3],
  ['million', 1e6], ['1m', 1e6], ['1,000,000', 1e6], ['one million', 1e6], ['m', 1e6],
]);

let lastZone: { text: string; start: number; end: number; per: RegExpExecArray | null } = { text: '', start: -1, end: -1, per: null };

/**
 * "$0.03 — what GPT-4's API charged per thousand tokens": a money figure whose
 * sentence says what it is per, read as the rate it is. Undefined when the sentence
 * says no such thing or the figure already carries its unit.
 */
export function rateInContext(claim: DetectedClaim, place: ClaimPlace): DetectedClaim | undefined {
  if (claim.kind !== 'money' || claim.unit.includes('/')) return undefined;
  // The figure's own part of the sentence: "$100M in compute; API at $0.03/1K tokens" prices only the second per token.
  // Figures joined by connectors share one zone ("$1, $2, … per 1K tokens"): read once for them all.
  if (lastZone.text !== place.text || lastZone.start !== place.zoneStart || lastZone.end !== place.zoneEnd) {
    lastZone = { text: place.text, start: place.zoneStart, end: place.zoneEnd, per: PER_TOKENS.exec(place.text.slice(place.zoneStart, place.zoneEnd)) };
  }
  // "| GPT-4 (8k) | $0.03 |" under "| Input ($/1K tokens) |": a cell's column header says what its price is per.
  // (Its headers, `around`, open with the column header when it has one, which is then not its row header.)
  const first = place.cell ? place.around.slice(0, place.around.indexOf('\n') >>> 0) : '';
  const m = lastZone.per ?? (first && first !== place.rowHeader ? PER_TOKENS.exec(first) : null);
  if (!m) return undefined;
  const per = SCALE.get((m[1] ?? m[2]).toLowerCase());
  if (!per) return undefined;
  return { ...claim, unit: `${claim.unit}/token`, value: claim.value / per, precision: claim.precision / per };
}
