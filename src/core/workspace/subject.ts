import type { DetectedClaim } from '../detect/figure';
import type { ClaimContext } from '../judge/judge';
import { sentenceAt, sentenceBounds } from '../judge/sentences';
import { termsOf } from '../judge/terms';

/**
 * What a figure measures and whose it is, as far as two notes need to agree that
 * they state the same statistic. This is the ONE place that decides it (with
 * `sameStatistic` below): when the judge's model of the measured thing and its
 * owner changes, only these two functions change.
 */
export interface SubjectKey {
  /** "percent", "money:USD"…: figures of different units are never the same statistic. */
  unit: string;
  /** Content terms of the figure's own part of its clause (the judge's weight 1). */
  zone: string[];
  /** Terms that describe the figure itself rather than a neighbouring figure: its zone, its table row and headers. */
  near: string[];
  /** Named things in the figure's zone, lower-cased ("llama 2", "hugging face", "gpt-4o"). */
  names: string[];
  /** The year bound to the figure, if the note binds one. */
  year?: number;
  /** The dataset record the judge matched (supported or conflicting), if any. */
  recordId?: string;
}

/**
 * The judge's weight for the figure's own words (1) and its table row (0.6); lower
 * weights are a neighbouring figure's words, another clause, or another block (a
 * heading, a parent list item, the sentence before), which must not change this
 * figure's key when only they are edited.
 */
const NEAR = 0.6;

function describes(weight: number): boolean {
  return weight >= NEAR;
}

/** Fewer shared content words than this say too little to accuse anyone. */
const MIN_SHARED = 2;

/**
 * The subject key of one detected claim of a block. `headers` is a table cell's
 * column and row headers (where a score's model and benchmark live).
 */
export function subjectKeyOf(blockText: string, claim: DetectedClaim, context: ClaimContext, recordId?: string, headers?: string): SubjectKey {
  const zone: string[] = [];
  const near: string[] = [];
  for (const [term, weight] of context.terms) {
    if (weight >= 1) zone.push(term);
    if (describes(weight)) near.push(term);
  }
  const [from, to] = sentenceAt(boundsOf(blockText), claim.start);
  const sentence = blockText.slice(from, claim.start) + ' ' + blockText.slice(claim.end, to);
  // A name in another figure's part of the sentence is that figure's owner, not this one's.
  const names = namesIn(headers ? `${sentence} . ${headers}` : sentence).filter((n) => describes(context.terms.get(termsOf(n)[0] ?? '') ?? 0));
  const key: SubjectKey = { unit: claim.kind === 'score' ? `score:${claim.unit}` : claim.unit, zone: zone.sort(), near: near.sort(), names: [...new Set(names)].sort() };
  if (context.years.at !== undefined) key.year = context.years.at;
  if (recordId !== undefined) key.recordId = recordId;
  return key;
}

/**
 * Do two figures state the same statistic: the same measured thing and owner?
 * Conservative, since a wrong accusation is the worst error: when both matched a
 * dataset record, the judge has decided (same record or not); otherwise the units
 * and bound years must agree, every named thing of each must be named by the
 * other (a versioned name exactly: Llama 2 is not Llama 3), and every content word
 * of each figure's own clause must describe the other figure too.
 */
export function sameStatistic(a: SubjectKey, b: SubjectKey): boolean {
  if (a.unit !== b.unit) return false;
  if (a.recordId !== undefined && b.recordId !== undefined) return a.recordId === b.recordId;
  if (a.year !== b.year) return false;
  if (!namesAgree(a, b) || !namesAgree(b, a)) return false;
  const bNear = new Set(b.near);
  const aNear = new Set(a.near);
  if (!a.zone.every((t) => bNear.has(t)) || !b.zone.every((t) => aNear.has(t))) return false;
  let shared = 0;
  for (const t of a.zone) if (bNear.has(t)) shared++;
  return shared >= MIN_SHARED;
}

/** The terms a key must be looked up by: any key `sameStatistic` accepts for it holds them all in `near`. */
export function lookupTerms(key: SubjectKey): string[] {
  return key.zone;
}

function namesAgree(a: SubjectKey, b: SubjectKey): boolean {
  const bNames = new Set(b.names);
  const bNear = new Set(b.near);
  return a.names.every((n) => bNames.has(n) || (!/\d/.test(n) && termsOf(n).every((t) => bNear.has(t))));
}

/**
 * Runs of capitalised words, with a version or size glued on ("Llama 2", "Mistral
 * 7B", "GPT-4o", "Hugging Face"), lower-cased. A lone stopword ("The", "Our") is no name.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const name = m[0].replace(/\s+/g, ' ').trim();
    if (!/\d/.test(name) && termsOf(name).length === 0) continue;
    out.push(name.toLowerCase());
  }
  return out;
}

const WORD_UPPER = String.raw`\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*`;
const VERSION = String.raw`\d+(?:\.\d+)?[\p{L}]{0,2}\b`;
const MIXED = String.raw`\p{L}+\d[\p{L}\p{N}.\-]*`;
const NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${WORD_UPPER})(?:\s+(?:${WORD_UPPER}|${VERSION}))*|${MIXED})`, 'gu');

/** Sentence bounds of the block last asked about: a block's claims are keyed one after another. */
let lastText: string | undefined;
let lastBounds: number[] = [];

function boundsOf(text: string): number[] {
  if (text !== lastText) {
    lastText = text;
    lastBounds = sentenceBounds(text);
  }
  return lastBounds;
}
