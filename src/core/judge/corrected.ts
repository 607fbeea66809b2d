import type { DetectedClaim } from '../detect/figure';
import { valuesAgree } from './compare';
import type { ClaimContext, Judgement } from './judge';

/** The denial the judge gives a figure the sentence says is not so ("not 73%"). */
const DENIED = 'a figure the sentence denies';

/** "… is not 73% but 37%", "not 73 per cent, but 37 per cent": between the denied figure and the one put in its place. */
const BUT_INSTEAD = /^\s*,?\s*but\s+(?:rather\s+|only\s+|just\s+)?$/i;
const NOT_BEFORE = /\bnot\s+(?:quite\s+|even\s+)?$/i;

/** Words after a figure that say what it is of or among. */
const OWN_QUALIFIER = /^\s+(?:of|for|among|in|at|on)\b/i;

/** A figure put in place of the record's is another statistic beyond this ratio, not a misquote of it. */
const PLAUSIBLE = 5;

/**
 * "Production use among enterprises is not 73% but 37%": the writer denies a figure and puts
 * another in its place, so the second is about what the first is about. Where the denied figure
 * names all of a record (its owner beside it, nothing missing, nothing but the denial against
 * it) and the record's figure is the one denied, the figure put in its place, left unsupported,
 * is judged against that record: a conflict, unless it agrees. `judgements` is changed in place.
 */
export function judgeCorrected(text: string, claims: readonly DetectedClaim[], contexts: readonly ClaimContext[], judgements: Judgement[]): void {
  for (let i = 1; i < claims.length; i++) {
    const claim = claims[i];
    const denied = claims[i - 1];
    if (judgements[i].status !== 'unsupported' || contexts[i].place.cell || denied.unit !== claim.unit) continue;
    if (!BUT_INSTEAD.test(text.slice(denied.end, claim.start)) || !NOT_BEFORE.test(text.slice(Math.max(0, denied.start - 16), denied.start))) continue;
    const related = judgements[i - 1].related;
    if (!related || !valuesAgree(denied, related.record.value) || valuesAgree(claim, related.record.value)) continue;
    const { evidence, record } = related;
    // "not 73% of enterprises but 37% of startups": a figure that says whose or what it is of is about that, not the denied one's.
    if (OWN_QUALIFIER.test(text.slice(claim.end, claim.end + 12))) continue;
    const own = judgements[i].related;
    if (own && (own.record !== record || own.evidence.contradicted.length)) continue;
    if (evidence.owner !== 'near' || evidence.missing.length || evidence.contradicted.length !== 1 || evidence.contradicted[0] !== DENIED) continue;
    const ratio = claim.value > record.value ? claim.value / record.value : record.value / claim.value;
    if (!(ratio < PLAUSIBLE)) continue;
    const said = text.slice(denied.start, denied.end);
    const explained = { ...evidence, contradicted: [], agreed: [...evidence.agreed, `put in place of the ${said} the sentence denies`] };
    judgements[i] = { status: 'conflicting', record, conflict: 'value', evidence: explained };
  }
}
