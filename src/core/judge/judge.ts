import type { StatRecord } from '../dataset/types';
import type { DetectedClaim } from '../detect/figure';
import { valuesAgree } from './compare';
import type { DatasetIndex, IndexedRecord } from './datasetIndex';
import type { BoundYears } from './years';

export type Status = 'supported' | 'conflicting' | 'cited' | 'unsupported';

/** What the words around a figure say: its subject terms, the years bound to it, whether it is cited. */
export interface ClaimContext {
  /** term → how close to the figure it stands, in (0, 1]. */
  terms: Map<string, number>;
  years: BoundYears;
  cited: boolean;
}

export interface Judgement {
  status: Status;
  record?: StatRecord;
  /** For a conflict: the figure differs, or only the year bound to it does. */
  conflict?: 'value' | 'year';
  /** For a year conflict: the note's year. */
  noteYear?: number;
  /** How well the record's subject matched the context (0–1+), for tests and tuning. */
  score?: number;
}

/** A record agreeing in value needs this much of its subject in the context… */
const SUPPORT_THRESHOLD = 0.3;
/** …or only this much when the note gives exactly the record's figure, itself strong evidence. */
const EXACT_SUPPORT_THRESHOLD = 0.15;
/** A record disagreeing in value must be clearly about the same subject to be a conflict. */
const CONFLICT_THRESHOLD = 0.5;
/** A figure with its own citation is only a conflict when the subject is unmistakable. */
const CITED_CONFLICT_THRESHOLD = 0.75;
/** A note naming none of a record's names ("Mistral" for "Code Llama") is scored down this much. */
const MISSING_NAME_FACTOR = 0.5;
/** A name counts as present only this close to the figure: its own clause, row, heading or antecedent. */
const NAME_NEARNESS = 0.3;

/**
 * How well a record's subject matches a context, from `overlap`: the sum, over the
 * context's terms, of the record's weight for each times its nearness.
 */
export function subjectScore(entry: IndexedRecord, overlap: number, terms: Map<string, number>): number {
  const named = entry.names.length === 0 || entry.names.some((name) => name.every((t) => (terms.get(t) ?? 0) >= NAME_NEARNESS));
  // Keywords and the quote can add more than the subject's own weight; a full match is 1.
  return Math.min(1, overlap / entry.norm) * (named ? 1 : MISSING_NAME_FACTOR);
}

/** Scores this close count as a tie, which the nearer figure wins (300,000 models: 250,000, not 2.1 billion). */
const TIE = 0.1;

function better(candidate: { score: number; distance: number }, best: { score: number; distance: number } | undefined): boolean {
  if (!best) return true;
  if (Math.abs(candidate.score - best.score) <= TIE) return candidate.distance < best.distance || (candidate.distance === best.distance && candidate.score > best.score);
  return candidate.score > best.score;
}

/** How far apart two figures are, in orders of magnitude. */
function distance(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.abs(Math.log10(a / b)) : a === b ? 0 : Infinity;
}

function yearConflicts(record: StatRecord, years: BoundYears): boolean {
  if (years.at !== undefined && years.at !== record.year && years.at !== record.since) return true;
  return years.since !== undefined && record.since !== undefined && years.since !== record.since;
}

/** Judges one figure against the dataset (spec §2). */
export function judge(claim: DetectedClaim, context: ClaimContext, index: DatasetIndex): Judgement {
  type Candidate = { entry: IndexedRecord; score: number; distance: number };
  let support: Candidate | undefined;
  let conflict: Candidate | undefined;
  const { list, postings } = index.candidates(claim.unit);
  // Summed in the context's term order for every record alike, as one loop per record would.
  const overlaps = new Float64Array(list.length);
  for (const [term, near] of context.terms) {
    const p = postings.get(term);
    if (p) for (let k = 0; k < p.length; k += 2) overlaps[p[k]] += p[k + 1] * near;
  }
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    const candidate = { entry, score: subjectScore(entry, overlaps[k], context.terms), distance: distance(claim.value, entry.record.value) };
    if (valuesAgree(claim, entry.record.value)) {
      const threshold = claim.value === entry.record.value && claim.max === undefined ? EXACT_SUPPORT_THRESHOLD : SUPPORT_THRESHOLD;
      if (candidate.score >= threshold && (!support || candidate.score > support.score)) support = candidate;
    } else if (better(candidate, conflict)) {
      conflict = candidate;
    }
  }
  const conflictThreshold = context.cited ? CITED_CONFLICT_THRESHOLD : CONFLICT_THRESHOLD;
  const valueConflict = conflict && conflict.score >= conflictThreshold ? conflict : undefined;
  if (support && (!valueConflict || support.score >= valueConflict.score * 0.6)) {
    const record = support.entry.record;
    if (yearConflicts(record, context.years)) {
      const noteYear = context.years.at !== undefined && context.years.at !== record.year ? context.years.at : context.years.since;
      return { status: 'conflicting', record, conflict: 'year', noteYear, score: support.score };
    }
    return { status: 'supported', record, score: support.score };
  }
  if (valueConflict) return { status: 'conflicting', record: valueConflict.entry.record, conflict: 'value', score: valueConflict.score };
  return { status: context.cited ? 'cited' : 'unsupported' };
}
