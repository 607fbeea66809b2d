import type { DetectedClaim } from '../detect/figure';
import { lowerBound } from '../text/search';
import { valuesAgree } from './compare';
import { noteYearOf, yearConflicts, type ClaimContext, type Judgement } from './judge';

/** "that $10 billion", "this 73%", "the same $87 billion", "dates the $12.4 billion to 2025": a figure pointed at as one said before. */
const POINTED_AT = /(?:^|[^\p{L}\p{N}])(?:that|this|the(?:\s+same)?)\s+$/iu;

/**
 * A figure the writer points back at restates an earlier one of its paragraph ("NWCast
 * expects $10 billion per model by 2030. A podcast host moved that $10 billion to 2028"):
 * the earlier figure's words say what its own clause leaves out. Where the nearest
 * earlier figure of that value, in a sentence before, is supported, and this one was
 * left unsupported by that same record for want of words alone (nothing it says
 * contradicts the record), it is judged against the record: supported, or conflicting
 * when the year bound to it is another. `judgements` is changed in place.
 */
export function judgeRestated(text: string, claims: readonly DetectedClaim[], contexts: readonly ClaimContext[], judgements: Judgement[]): void {
  for (let i = 1; i < claims.length; i++) {
    const claim = claims[i];
    if (judgements[i].status !== 'unsupported' || contexts[i].place.cell) continue;
    const pointed = POINTED_AT.test(text.slice(Math.max(0, claim.start - 12), claim.start));
    // "Over 73% of enterprises … That's nearly three in four.": the earlier figure put in words.
    const inWords = !pointed && restatedInWords(text, claim, contexts[i]);
    if (!pointed && !inWords) continue;
    const j = pointed ? earlierStatement(claims, contexts, i) : earlierInWords(claims, contexts, i);
    const earlier = j === undefined ? undefined : judgements[j];
    if (!earlier || earlier.status !== 'supported' || !earlier.record || !earlier.evidence) continue;
    const record = earlier.record;
    // The pointer says what the figure's own clause leaves unsaid, never against what it says ("the broader … market at the same $47 billion").
    const own = judgements[i].related;
    // (Words that restate the figure before may say nothing of their own: "That's nearly three in four." weighs no record.)
    const bare = inWords && !own && BARE_RESTATEMENT.test(text.slice(claim.end, claim.end + 40));
    if (!bare && (own?.record !== record || own.evidence.contradicted.length)) continue;
    const evidence = { ...earlier.evidence, agreed: [...earlier.evidence.agreed, `points back to the ${text.slice(claims[j!].start, claims[j!].end)} before it`] };
    const years = contexts[i].years;
    judgements[i] = yearConflicts(record, years)
      ? { status: 'conflicting', record, conflict: 'year', noteYear: noteYearOf(record, years), evidence }
      : { status: 'supported', record, evidence };
  }
}

/** "That's nearly three in four.", "So nearly three quarters; …", "In other words, about two thirds": a sentence opened to say the figure before again. */
const RESTATING_OPEN = /^[\s"“*_(]*(?:that['’]s|that is|so|or|i\.e\.,?|in other words,?|put another way,?)\s+(?:(?:nearly|almost|about|roughly|around|close to|just under|just over|over|more than)\s+)?$/i;

/** After a figure in words, its clause ends within two plain words and names no one ("three quarters;", "three in four, then."). */
const BARE_RESTATEMENT = /^(?:\s+(?!(?:of|our|my|we|us|their|its)\b)[a-z]+){0,2}\s*(?:[.;!?)]|,\s|$)/;

/** A figure in words (no digit) opening a sentence that restates the one before. */
function restatedInWords(text: string, claim: DetectedClaim, context: ClaimContext): boolean {
  return !/\d/.test(text.slice(claim.start, claim.end)) && RESTATING_OPEN.test(text.slice(context.place.sentenceStart, claim.start));
}

/** The nearest figure before claim `i`, in an earlier sentence within `RESTATE_REACH`, in its unit and as near its value as words can say. */
function earlierInWords(claims: readonly DetectedClaim[], contexts: readonly ClaimContext[], i: number): number | undefined {
  const claim = claims[i];
  const sentenceStart = contexts[i].place.sentenceStart;
  for (let j = lowerBound(i, (k) => claims[k].end > sentenceStart) - 1; j >= 0 && claims[j].end >= sentenceStart - RESTATE_REACH; j--) {
    if (claims[j].unit === claim.unit) return valuesAgree({ ...claim, hedge: claim.hedge ?? 'approx' }, claims[j].value) ? j : undefined;
  }
  return undefined;
}

/** How far before its sentence a pointed-at figure's antecedent is looked for: the sentence or two before. */
const RESTATE_REACH = 600;

/**
 * The nearest figure before claim `i`, in an earlier sentence within `RESTATE_REACH`, with
 * its value and unit. The figures of its own sentence are skipped by a search, not one by
 * one, and the reach is bounded: a paragraph of many pointed-at figures stays linear.
 */
function earlierStatement(claims: readonly DetectedClaim[], contexts: readonly ClaimContext[], i: number): number | undefined {
  const { unit, value, max } = claims[i];
  const sentenceStart = contexts[i].place.sentenceStart;
  for (let j = lowerBound(i, (k) => claims[k].end > sentenceStart) - 1; j >= 0 && claims[j].end >= sentenceStart - RESTATE_REACH; j--) {
    if (claims[j].unit === unit && claims[j].value === value && claims[j].max === max) return j;
  }
  return undefined;
}
