import type { StatRecord } from '../dataset/types';
import type { DetectedClaim } from '../detect/figure';
import { valuesAgree } from './compare';
import { detectClaims } from '../detect/detector';
import type { Candidates, DatasetIndex, IndexedRecord, TermPostings } from './datasetIndex';
import type { BoundYears } from './years';
import { localSpan, namesAMeasure, scoreHasOwner, sourceNamed, subjectHasOwner, weigh, type ClaimPlace, type Evidence, type RecordFacets } from './evidence';
import { rateInContext } from './rates';
import { isBenchmark, namesIn } from './names';
import { GENERIC_CAPITALS, RESEARCH_FIRMS } from './vocabulary';
import { CHANGES } from './facets';
import { lowerBound } from '../text/search';
import { otherFigureAgreeing } from './context';

export type Status = 'supported' | 'conflicting' | 'cited' | 'unsupported';

/** What the words around a figure say: its subject terms, the years bound to it, whether it is cited. */
export interface ClaimContext {
  /** term → how close to the figure it stands, in (0, 1]. */
  terms: Map<string, number>;
  years: BoundYears;
  cited: boolean;
  /** Where the figure stands, for reading who and what it is about (`evidence.ts`). */
  place: ClaimPlace;
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
  /** Why the record matched: what the note names of its subject, and what it leaves out. */
  evidence?: Evidence;
  /** A record close to the figure that StatLens would not call a match, and why (hover only; no fix). */
  related?: { record: StatRecord; evidence: Evidence };
}

/** A record agreeing in value needs this much of its subject in the context… */
const SUPPORT_THRESHOLD = 0.3;
/** …or only this much when the note gives exactly the record's figure, itself strong evidence. */
const EXACT_SUPPORT_THRESHOLD = 0.15;
/** A record disagreeing in value must be clearly about the same subject to be a conflict. */
const CONFLICT_THRESHOLD = 0.5;
/** How much lower a conflict's subject score may be when the note names the record's measure beside the figure. */
const MEASURED_ALLOWANCE = 0.1;
/** A figure with its own citation is only a conflict when the subject is unmistakable. */
const CITED_CONFLICT_THRESHOLD = 0.75;
/** A note naming none of a record's names ("Mistral" for "Code Llama") is scored down this much. */
const MISSING_NAME_FACTOR = 0.5;
/** A name counts as present only this close to the figure: its own clause, row, heading or antecedent. */
const NAME_NEARNESS = 0.3;

/**
 * How well a record's subject matches a context, from `overlap`: the sum, over the
 * context's terms, of the record's weight for each times its nearness; halved when
 * the context does not name the record (`named`, see `agreeingCandidates`).
 */
function subjectScore(overlap: number, norm: number, named: boolean): number {
  // Keywords and the quote can add more than the subject's own weight; a full match is 1.
  return Math.min(1, overlap / norm) * (named ? 1 : MISSING_NAME_FACTOR);
}

/** Every term of the name stands near the figure. */
function nameNear(name: string[], terms: Map<string, number>): boolean {
  for (let i = 0; i < name.length; i++) if ((terms.get(name[i]) ?? 0) < NAME_NEARNESS) return false;
  return true;
}

/** "The hub logged 2 billion downloads": the record's own word for its owner, near the figure. */
function aliasNamed(entry: IndexedRecord, terms: Map<string, number>): boolean {
  for (const t of entry.facets.aliases) if ((terms.get(t) ?? 0) >= NAME_NEARNESS) return true;
  return false;
}

/** Scores this close count as a tie, which the nearer figure wins (300,000 models: 250,000, not 2.1 billion). */
const TIE = 0.1;

/**
 * Best first, the nearer figure on a tie (scores within `TIE`), the higher score on
 * equal distances. Not transitive, so the order a sort gives depends on the whole list
 * it is given (see `judge`).
 */
function byConflictRank(a: { score: number; distance: number }, b: { score: number; distance: number }): number {
  if (Math.abs(a.score - b.score) <= TIE) {
    if (a.distance < b.distance) return -1;
    if (b.distance < a.distance) return 1;
    if (a.distance !== b.distance) return 0;
  }
  return a.score > b.score ? -1 : b.score > a.score ? 1 : 0;
}

/** A figure in Chinese or Japanese prose: a CJK character within a few characters either side. */
function cjkAround(place: ClaimPlace): boolean {
  return CJK_NEAR.test(place.text.slice(Math.max(0, place.claimStart - 6), place.claimStart)) || CJK_NEAR.test(place.text.slice(place.claimEnd, place.claimEnd + 6));
}

const CJK_NEAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** How far apart two figures are, in orders of magnitude. */
function distance(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.abs(Math.log10(a / b)) : a === b ? 0 : Infinity;
}

export function yearConflicts(record: StatRecord, years: BoundYears): boolean {
  // "## 2023 … Llama 2 follows with 70 billion parameter weights": a chronology's heading dates an event; a record whose
  // quote gives no year of its own (dated only by its article) states a fact that no heading's year contradicts.
  if (years.at !== undefined && years.headed && !record.quote.includes(String(record.year))) return years.since !== undefined && record.since !== undefined && years.since !== record.since;
  if (years.at !== undefined && years.at !== record.year && years.at !== record.since) return true;
  return years.since !== undefined && record.since !== undefined && years.since !== record.since;
}

/** The note's year a year conflict names: the year the figure is for, else the year it counts since. */
export function noteYearOf(record: StatRecord, years: BoundYears): number | undefined {
  return years.at !== undefined && years.at !== record.year ? years.at : years.since;
}

/** A conflict this far apart (as a ratio) is another statistic, not a misquote of the record's. */
const PLAUSIBLE_CONFLICT = 5;
const TOO_FAR = Math.log10(PLAUSIBLE_CONFLICT);
/** How far (as a ratio) a misquote of an imported figure may be: digits swapped ("37%" for 73%), "up to 10x" for 3.2x; not another statistic (24x against 2.7x). */
const DERIVED_TOO_FAR = Math.log10(3.5);
/** A slipped digit, to within rounding: ten times the figure. */
const EXACTLY_TEN = 0.01;
/** An order of magnitude, with a margin for rounding: the furthest a misquote can be when the note names everything. */
const SLIPPED_DIGIT = 1 + 1e-9;

type Candidate = { entry: IndexedRecord; score: number; distance: number };

/**
 * Judges one figure against the dataset (spec §2). Records are ranked by how well
 * the words around the figure match their subject; the best one that agrees in
 * value and that the note does not contradict (another owner, another measure, the
 * writer's own figure) supports it. A conflict asks more: the record's owner and
 * measure named, nothing contradicted, a plausible misquote. Anything short of that
 * is left `cited` or `unsupported`, with the nearest record shown as related.
 */
export function judge(written: DetectedClaim, context: ClaimContext, index: DatasetIndex): Judgement {
  const claim = rateInContext(written, context.place) ?? written;
  const found = index.candidates(claim.unit);
  const terms = figureTerms(found, context);
  const stamp = newFigureStamp(index);
  const agreeing = agreeingCandidates(claim, context, index, found, terms, stamp);
  let related: Judgement['related'];
  // Clearing a map allocates its table afresh; a figure that weighed no record (or none by its first objection) left it empty.
  if (weighed[0].size) weighed[0].clear();
  if (weighed[1].size) weighed[1].clear();
  const note = (entry: IndexedRecord, evidence: Evidence): void => {
    if (!related) related = { record: entry.record, evidence };
  };
  // Once a related record is found, a contradicted one is only skipped: its weighing stops at the first objection.
  for (let c = agreeing.next(); c; c = agreeing.next()) {
    const evidence = weighOnce(context.place, claim, c.entry.facets, related !== undefined);
    const population = c.entry.facets.population;
    // A share needs its population named ("73% of enterprises"): "up to 85%" alone is no share of workloads.
    const unnamedShare = population !== undefined && evidence.missing.length > 0 && evidence.missing.includes(population.join(' '));
    // A range holds the record's figure only loosely: it agrees only when the note names all the record is about,
    // and its sentence cites no source of its own ("improves throughput by 2–4× … (Kwon et al., 2023)").
    // (Whose it is, too, beside the figure: "For organizations processing 100M+ tokens monthly, self-hosting delivers $2-4M in
    // annual savings" names the enterprises of the sentences before only far off.)
    const looseRange = claim.max !== undefined && (evidence.missing.length > 0 || !evidence.measure || context.cited || evidence.owner === 'far');
    // "4 out of 5 are open source": odds count a share of a group, never a change such as a cost reduction.
    const partial = ODDS.test(context.place.text.slice(context.place.claimStart, context.place.claimEnd)) && [...c.entry.facets.kinds].some((k) => CHANGES.has(k));
    // "80%" against a source's "80-90%": the record's low end alone is not the figure it gives.
    const recordMax = rangeEnd(c.entry.record);
    const partOfRange = recordMax !== undefined && claim.max !== recordMax;
    // An imported subject ("traditional SaaS", "active") may share one stray word with any note: support, as accusation, asks for more.
    // (Whose it is may be named further off, "the same model", as for any record.)
    const strayWord = c.entry.record.derived === true && !derivedSubjectAgreed(c.entry.facets, evidence, true);
    // "| Model | Quality ↑ |" over "| GPT-4 | 67.0 |": a metric column, marked by its arrow, that names no benchmark scores none the record names.
    const unbenchmarkedCell = context.place.cell === true && /[↑↓]/.test(context.place.around) && c.entry.facets.benchmarks.length > 0 && evidence.missing.includes(c.entry.facets.benchmarks[0]);
    if (evidence.contradicted.length || unnamedShare || looseRange || partial || partOfRange || strayWord || unbenchmarkedCell || (evidence.owner === 'none' && !unnamedButExact(claim, c.entry, evidence, context.place) && !sourcesOwnFigure(claim, c.entry.record, context.place))) {
      note(c.entry, evidence);
      continue;
    }
    const record = c.entry.record;
    if (yearConflicts(record, context.years)) {
      if (evidence.missing.length || !ownerClear(evidence, context, c.entry.facets)) {
        note(c.entry, evidence);
        continue;
      }
      return { status: 'conflicting', record, conflict: 'year', noteYear: noteYearOf(record, context.years), score: c.score, evidence };
    }
    return { status: 'supported', record, score: c.score, evidence };
  }
  const threshold = context.cited ? CITED_CONFLICT_THRESHOLD : CONFLICT_THRESHOLD;
  // Only now, when no agreeing record supports the figure, are the differing ones looked for.
  const differing = differingCandidates(claim, context, index, found, terms, stamp);
  const swapped = swappedFrom(related, context.place, written.unit);
  /** For a differing record of the same source sentence as the one the figure was taken from (`swappedFrom`), that one. */
  const swapOf = (c: Candidate): StatRecord | undefined => (swapped && c.distance > SLIPPED_DIGIT && sameSentence(c.entry.record, swapped) ? swapped : undefined);
  // The loop below passes over a record under its threshold, or too far once a related one is
  // shown; with at most one it would not pass over, their order cannot matter and is not sought.
  let weighable = 0;
  for (const c of differing) if (c.score >= threshold - MEASURED_ALLOWANCE && !(related && c.distance > SLIPPED_DIGIT && !swapOf(c))) weighable++;
  if (weighable > 1) differing.sort(byConflictRank);
  for (const c of differing) {
    if (c.score < threshold - MEASURED_ALLOWANCE) continue;
    // Too far from the record's figure to conflict: weighed only to be shown as related, and one is shown already.
    const swap = swapOf(c);
    if (related && c.distance > SLIPPED_DIGIT && !swap) continue;
    // A figure the import read, too far from this one to be misquoted by it (`conflictObjection`), is not weighed just to be
    // shown as related: with many sources, most figures have such a record, and weighing it was most of what they added.
    if (c.entry.record.derived && !swap && c.distance > DERIVED_TOO_FAR && Math.abs(c.distance - 1) >= EXACTLY_TEN) continue;
    const evidence = weighOnce(context.place, claim, c.entry.facets, related !== undefined);
    // Words that name the record's measure beside the figure make up for a little less of its subject.
    // (In Chinese or Japanese prose, whose words are not read one by one, the measure must be named in the record's words.)
    if ((c.score < threshold || cjkAround(context.place)) && !evidence.measure) continue;
    const why = conflictObjection(claim, context, c, evidence, swap !== undefined);
    if (why) {
      note(c.entry, why === true ? evidence : { ...evidence, missing: [...evidence.missing, why] });
      continue;
    }
    const explained = swap ? { ...evidence, agreed: [...evidence.agreed, `the ${swap.text} its source gives in the same sentence for ${swap.subject}`] } : evidence;
    return { status: 'conflicting', record: c.entry.record, conflict: 'value', score: c.score, evidence: explained };
  }
  const judgement: Judgement = { status: context.cited ? 'cited' : 'unsupported' };
  if (related) judgement.related = related;
  return judgement;
}

/**
 * Per figure, the evidence weighed for each facets object, in full (0) and up to the
 * first objection (1): records read alike share one (`DatasetIndex`), and many imported
 * sources repeat a sentence.
 */
const weighed = [new Map<RecordFacets, Evidence>(), new Map<RecordFacets, Evidence>()] as const;

/** Has the figure's weighing of a record read so found a contradiction (in full, or up to the first objection)? */
function contradicted(facets: RecordFacets): boolean {
  return (weighed[0].get(facets)?.contradicted.length ?? 0) > 0 || (weighed[1].get(facets)?.contradicted.length ?? 0) > 0;
}

/** `weigh`, once per figure for records read alike (the same facets give the same evidence; nothing changes one). */
function weighOnce(place: ClaimPlace, claim: DetectedClaim, facets: RecordFacets, firstObjection: boolean): Evidence {
  const memo = weighed[firstObjection ? 1 : 0];
  let evidence = memo.get(facets);
  if (!evidence) {
    evidence = weigh(place, claim, facets, firstObjection);
    memo.set(facets, evidence);
  }
  return evidence;
}

/** Why a record that differs in value is still no conflict (a reason, `true` for the evidence's own), or undefined. */
function conflictObjection(claim: DetectedClaim, context: ClaimContext, c: Candidate, evidence: Evidence, swapped: boolean): string | true | undefined {
  if (evidence.contradicted.length) return true;
  // An imported "GitHub" or "Series B several": a subject that names no measure cannot be agreed on, so nothing misquotes it.
  if (!namesAMeasure(c.entry.facets)) return 'the record\'s subject does not say what it measures';
  // An imported "51.7% on MATH benchmark" names the benchmark but not whose score it is.
  if (!scoreHasOwner(c.entry.facets)) return 'the record names its benchmark but not whose score it is';
  // "deals close at nearly twice the rate": one word of a subject that names no one ("commits", read as contributions),
  // and nothing of what it measures, is too little to accuse the figure of misquoting it, unless the note names the source.
  if (!evidence.measure && c.entry.facets.names.length === 0 && agreedWords(evidence) < 2 && !sourceNamed(context.place, c.entry.facets)) return 'too little of the record\'s subject named to call the figure a misquote of it';
  // An imported subject ("annual totals closing", "typical") may share a stray word with any note.
  if (c.entry.record.derived && !derivedSubjectAgreed(c.entry.facets, evidence)) return 'the record\'s subject, read from its sentence by the import, agrees with the note in too little';
  // Ten times the record's (a slipped digit, "$1 billion" for $100 million) only when the note names everything the record is about;
  // then any distance, when the figure is one its source gives beside the record's for something else (`swappedFrom`).
  const complete = evidence.owner === 'near' && evidence.measure && evidence.missing.length === 0;
  // "The chasing pack … is bunched at 41–48": a range holds a record's figure only loosely, so it misquotes one only whose owner it names.
  if (claim.max !== undefined && evidence.owner !== 'near') return 'a range, and whose it is not named beside it';
  if (c.distance > (complete ? (swapped ? Infinity : SLIPPED_DIGIT) : TOO_FAR)) return 'a figure too far from the record\'s to be a misquote of it';
  const record = c.entry.record;
  // A figure the import read from a source: its subject is the import's reading, so only a near figure
  // (a swapped digit, "37%" for 73%) or exactly a slipped digit is a misquote of it; "24x" against vLLM's 2.7x is another comparison.
  // (A figure its source gives beside the record's for something else, swapped in, is still one: `swappedFrom`.)
  if (record.derived && !swapped && c.distance > DERIVED_TOO_FAR && !(complete && Math.abs(c.distance - 1) < EXACTLY_TEN)) return 'a figure too far from one the import read to be a misquote of it';
  // "$100M+", "over $100 million": a bound the record's $1 billion does not break.
  if ((claim.hedge === 'atLeast' && record.value > claim.value) || (claim.hedge === 'atMost' && record.value < claim.value)) return 'a bound the record\'s figure keeps to';
  // "savings of 35–50%" against "reduce development costs by up to 80%": under the ceiling the record gives, not against it.
  if (claim.value < record.value && (claim.max ?? claim.value) < record.value && record.quote.includes(`up to ${record.text}`)) return 'under the ceiling the record gives ("up to"), not against it';
  // "85%" against a source's "80-90%": a figure the record's range holds.
  const recordMax = rangeEnd(record);
  if (recordMax !== undefined && claim.value >= record.value && (claim.max ?? claim.value) <= recordMax) return 'within the range the record gives';
  // "$100M+" as the source writes it: a floor the note's $1 billion keeps to. (A record's "over 73%" stands for 73%, as the article's readers take it.)
  if (record.text.trimEnd().endsWith('+') && claim.value > record.value) return 'above the floor the record gives ("+"), not against it';
  // "1.2 million in 2024" against 5.2 million in 2026: another year's figure, not a misquote.
  const year = context.years.at;
  if (year !== undefined && year !== record.year && year !== record.since) return `a figure for ${year}, the record's is for ${record.year}`;
  // "three times faster" for 3.2x: words say a figure only as closely as they can.
  if (!/\d/.test(context.place.text.slice(context.place.claimStart, context.place.claimEnd)) && valuesAgree({ ...claim, hedge: 'approx' }, record.value)) {
    return 'a figure in words, as near the record\'s as words can say it';
  }
  const sibling = otherFigureAgreeing(context.place, claim.unit, c.entry.record.value);
  // (A cell's figures stand where its row's text has them, as the sibling does.)
  const here = sibling ? { ...claim, start: context.place.claimStart, end: context.place.claimEnd } : claim;
  const joint = sibling ? joiningWords(context.place.text, sibling, here) : undefined;
  // "81.6% … for the 70B model, but only 54.9% for the 7B": the record's figure belongs to another variant.
  const variant = sibling ? otherVariant(context.place, sibling, here) : undefined;
  if (variant) return `a figure for the ${variant[0]}; the record's is the ${variant[1]}'s`;
  // "54.9% on GSM8K for the 7B": the record gives no size, so it may be another variant's figure.
  const size = sizeNotInRecord(context.place, record);
  if (size) return `a figure for the ${size}, a size the record does not name`;
  // "| 30B params | … | Llama 2 30B, Falcon 40B |": a parameter count that a model's name beside it carries is that variant's size.
  const variantSize = claim.unit === 'count' && PARAMETERS.test(record.subject) ? namedVariantOfSize(context.place, claim.value) : undefined;
  if (variantSize) return `the size of the ${variantSize} named beside it, not a misquote of another variant's`;
  // "not 73% but 37%": the writer sets this figure against the record's own, so the subject is the record's.
  if (joint !== undefined && CONTRAST.test(joint)) return undefined;
  // "isn't 73%, it's 78%": the figure put in place of a denied one is said of the denied one's subject.
  if (joint !== undefined && sibling!.end <= here.start && REPLACING.test(joint) && DENYING_BEFORE.test(context.place.text.slice(Math.max(0, sibling!.start - 12), sibling!.start))) return undefined;
  // "from 7B to 70B", "$0.03 … for input and $0.06 for output": the record's figure is
  // among this one's neighbours, unless the writer sets them against each other (", yet").
  if (joint !== undefined && !SET_AGAINST.test(joint) && !namesAnother(joint)) return 'another figure of the sentence states the record\'s';
  if (evidence.missing.length || !ownerClear(evidence, context, c.entry.facets)) return true;
  // "Open models account for 50% of enterprise workloads" against Gartner's 85% by 2028: a figure for now is no misquote of a forecast.
  // (Unless the note names who forecast it: "IDC: open-source AI market $78B a year" misquotes IDC's forecast.)
  const sentence = context.place.text.slice(context.place.sentenceStart, context.place.sentenceEnd);
  if (FORECAST.test(record.quote) && !FORECAST.test(sentence) && context.years.at === undefined && !namesForecaster(sentence, record.source)) {
    return 'a figure for now; the record\'s is a forecast';
  }
  const source = anotherSource(context, record);
  if (source) return `a figure ${source} reports, which the record's source does not`;
  return undefined;
}

/**
 * "Hugging Face hosts 2.1 billion open-source models": the figure is the record's own
 * (2.1 billion downloads) with its owner named, and set aside for measuring something else
 * (models). A record of the same source sentence about that other measure (its 250,000
 * models) is then misquoted, however far apart the figures, when the note names all it
 * is about. Returns the record the figure was taken from.
 */
function swappedFrom(related: Judgement['related'], place: ClaimPlace, unit: string): StatRecord | undefined {
  if (!related || related.evidence.owner !== 'near' || related.evidence.contradicted.length === 0) return undefined;
  // "37B/671B parameters", "models with 6B and 34B parameters": a sentence listing figures gives each its own place; one figure alone is what gets swapped.
  // (A figure paired with another by a slash is one of two, whether or not the other was read as a claim.)
  const paired = /^\s*\/\s*\d/.test(place.text.slice(place.claimEnd, place.claimEnd + 4)) || /\d\s*\/\s*$/.test(place.text.slice(Math.max(0, place.claimStart - 4), place.claimStart));
  return !paired && place.figures.every((f) => f.start === place.claimStart || f.unit !== unit) ? related.record : undefined;
}

/** The high end of a record written as a range ("80-90%", "$50-70M"), whose value is its low end; undefined for one figure. */
function rangeEnd(record: StatRecord): number | undefined {
  let end = rangeEnds.get(record);
  if (end === undefined) rangeEnds.set(record, (end = /\d\s*(?:[-–—]|to)\s*[$€£]?\d/.test(record.text) ? detectClaims(record.text)[0]?.max ?? null : null));
  return end ?? undefined;
}

const rangeEnds = new WeakMap<StatRecord, number | null>();

/** Two records quoted from one sentence of one article, in one unit. */
function sameSentence(a: StatRecord, b: StatRecord): boolean {
  return a !== b && a.unit === b.unit && a.quote === b.quote && a.article === b.article;
}

/** Words that make a figure a forecast ("will", "predicts", "by 2028"; not "projects", a noun as often). */
const FORECAST = /\b(?:will|would|predicts?|predicted|forecasts?|forecasted|expects?|expected|projected|projection|estimates? that|by\s+(?:19|20)\d\d)\b/i;

/** Does the sentence name the record's source ("IDC", "Gartner") by one of its words? */
function namesForecaster(sentence: string, source: string): boolean {
  const words = new Set(sentence.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  return source.split(/[\s,'’]+/).some((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && words.has(w.toLowerCase().replace(/[^a-z0-9]/g, '')));
}

/** "… — Elephas 2025 survey": a source named after a dash at the end of the figure's sentence. */
const DASH_SOURCE = /[—–]\s*((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,3}?\p{Lu}[\p{L}\p{N}&.'’-]*)[\s,(]*(?:(?:(?:\p{L}+\.?\s+)?(?:19|20)\d\d\)?\s*(?:survey|report|study|poll|index|research)?)|survey|report|study|poll|index|research)[\s.)]*$/u;

/**
 * The study a note credits a figure to ("— Elephas 2025 survey") when the record never
 * mentions it: that study's own measurement, which may differ from the article's without
 * either being wrong. ("A Reddit thread claims…" only passes a figure on: it may misquote.)
 */
function anotherSource(context: ClaimContext, record: StatRecord): string | undefined {
  const { text, sentenceStart, sentenceEnd } = context.place;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  // "### O'Reilly State of AI Adoption 2024" over a table of findings: the study a section is headed by is whose its figures are.
  const name = DASH_SOURCE.exec(sentence)?.[1] ?? NAMED_STUDY.exec(sentence)?.[1] ?? AUTHOR_YEAR.exec(sentence)?.[1] ?? studyOfSection(context.place.section);
  const known = `${record.source} ${record.subject} ${record.quote} ${(record.keywords ?? []).join(' ')}`.toLowerCase();
  // "A March 2026 survey of 650 enterprise technology executives revealed that 78% …": a study of its own sample.
  const sampled = SAMPLED_STUDY.exec(text.slice(sentenceStart, context.place.claimStart));
  if (sampled && !known.includes(sampled[1].toLowerCase())) return `a ${sampled[0].trim()}`;
  // "Gartner prices enterprise AI sovereignty as a $23 billion opportunity": a research firm the figure's clause credits, which the record never names.
  // (A platform that passes figures on, "A Reddit thread claims …", measures nothing: the figure may misquote the record.)
  // (Read as words: "Gartner" opening a sentence before a plain verb is no name to `namesIn`.)
  const firm = text.slice(context.place.zoneStart, context.place.claimStart).match(WORDS)?.find((w) => /^\p{Lu}/u.test(w) && RESEARCH_FIRMS.has(w.toLowerCase()) && !known.includes(w.toLowerCase()));
  if (firm) return firm;
  if (!name) return undefined;
  // Generic words ("AI", "Business") name no study; "Department's" is the department.
  const own = name.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length > 1 && !GENERIC_CAPITALS.has(w));
  return own.length === 0 || own.some((w) => known.includes(w)) ? undefined : name.replace(/['’]s$/, '');
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * "(Seek, 2026)": an organisation's author-year citation, which credits the figure to its
 * own data. (A paper's authors, "(Touvron et al., 2023)", report on the record's very
 * model or market, so a different figure there is still a misquote of the record.)
 */
const AUTHOR_YEAR = /\(\s*(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}),?\s+(?:19|20)\d\d\b[^()]*\)/u;

/** "O'Reilly State of AI Adoption 2024", "Gartner IT Spending Survey 2025": a dated study a heading or lead-in names. */
const STUDY_TITLE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}?)(?:['’]s)?\s+(?:(?:19|20)\d\d\s+(?:Survey|Poll|Study|Report|Index|Barometer|Census)\b|(?:Survey|Poll|Study|Report|Index|Barometer|Census)\s+(?:19|20)\d\d\b|State\s+of\s+(?:\p{L}+\s+){0,4}(?:19|20)\d\d\b)/u;

function studyOfSection(heading: string | undefined): string | undefined {
  return heading ? STUDY_TITLE.exec(heading)?.[1] : undefined;
}

/** "a survey of 650 enterprise technology executives": a study that gives the size of its own sample. */
const SAMPLED_STUDY = /\b(survey|poll|study|questionnaire|census)\s+of\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?\d[\d,]*(?:\s+[\p{L}-]+){1,3}/iu;

/** "Elephas survey (Dec 2025) — 89% …", "the Acme 2025 poll found": a study named by whose it is. */
const NAMED_STUDY = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})(?:['’]s)?\s+(?:(?:19|20)\d\d\s+)?(?:[Ss]urvey|[Pp]oll|[Ss]tudy|(?:(?:19|20)\d\d\s+)(?:[\p{L}-]+\s+){0,3}(?:report|research|study|survey|index))\b/u;

/**
 * "Venture funding reached $12.4 billion": a record that names no one, whose exact
 * figure and measure the note gives. "The article gives the salary premium as 23%":
 * handed to the article, the figure may leave out the words that qualify the measure.
 */
function unnamedButExact(claim: DetectedClaim, entry: IndexedRecord, evidence: Evidence, place: ClaimPlace): boolean {
  if (entry.facets.names.length > 0 || !evidence.measure || claim.value !== entry.record.value || claim.max !== undefined || claim.hedge) return false;
  return evidence.missing.length === 0 || ARTICLE_GIVES.test(place.text.slice(place.sentenceStart, place.claimStart));
}

/**
 * "IDC's $87 billion is a forecast for 2028": the very figure, given with a possessive to the record's own source, one
 * that is not the article's publisher (whose many figures its name alone does not tell apart), nothing else said of it.
 */
function sourcesOwnFigure(claim: DetectedClaim, record: StatRecord, place: ClaimPlace): boolean {
  if (claim.value !== record.value || claim.max !== undefined || claim.hedge || record.derived) return false;
  const source = record.source.split(/[\s,]+/)[0].replace(/['’]s$/, '');
  if (source.length < 2 || !/^\p{Lu}/u.test(source) || record.article.publisher.startsWith(source)) return false;
  const possessor = POSSESSIVE_BEFORE.exec(place.text.slice(Math.max(place.sentenceStart, place.claimStart - source.length - 24), place.claimStart));
  // ("IDC's $87 billion smartphone forecast", "McKinsey's 40% target for women": another thing named right after it.)
  return possessor?.[1] === source && STANDS_ALONE_AFTER.test(place.text.slice(place.claimEnd, place.claimEnd + 8));
}

/** "IDC's ", "Forrester's own ": the name that owns the figure right after it. */
const POSSESSIVE_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.&-]*)['’]s\s+(?:own\s+|headline\s+)?$/u;
const STANDS_ALONE_AFTER = /^\s*(?:[.,;:)!?]|(?:is|was|has|had)\b|$)/;

/**
 * For a record whose subject the import read from its sentence: the note names the
 * record's owner by name (beside the figure; or further off, when `supporting`), or two
 * of the words that qualify its subject ("enterprises … open-source"; not "closing" of
 * "annual totals closing" alone, nor a unit of time).
 */
function derivedSubjectAgreed(facets: RecordFacets, evidence: Evidence, supporting = false): boolean {
  if (facets.names.length > 0) return evidence.owner === 'near' || (supporting && evidence.owner === 'far');
  // (To support, the kind of quantity agreed counts as one of them: "40% faster time-to-market", a speed of time.)
  const words = new Set(evidence.agreed.join(' ').split(/[\s,]+/).filter((w) => facets.core.has(w) || (supporting && facets.kinds.has(w))));
  return evidence.measure || words.size >= 2;
}

/** How many words the evidence agrees on ("open sourc develop", "cost" are three). */
function agreedWords(evidence: Evidence): number {
  let n = 0;
  for (const a of evidence.agreed) n += a.split(/[\s,]+/).filter(Boolean).length;
  return n;
}

/** "The article gives the salary premium as", "the piece puts …": the figure handed to the article itself, in its clause. */
const ARTICLE_GIVES = /\b(?:the|this)\s+(?:article|piece)\s+(?:gives|says|reports|puts|states|quotes|lists|cites)\b[^,;.]*$/i;

/**
 * An accusation needs the owner named beside the figure, or just before it when the
 * figure's words point back. A record whose subject names no owner (an imported
 * "downloads" or "valuation": neither a name nor a word that qualifies it) is only its
 * source's figure: the note must name that source in the figure's sentence.
 */
function ownerClear(evidence: Evidence, context: ClaimContext, facets: RecordFacets): boolean {
  if (!subjectHasOwner(facets) && !sourceNamed(context.place, facets)) return false;
  // (A figure with its own citation comes from elsewhere: "ML engineers as a whole earn about 12%[^levels] more …" after the record's
  // 23% is its source's, unless it names the record's owner itself.)
  return evidence.owner === 'near' || (evidence.owner === 'far' && context.place.elliptical === true && !context.cited);
}

/** A share written as odds: "4 out of 5", "one in four", "3 in every 10". */
const ODDS = /\s(?:out\s+of|in)\s+(?:every\s+)?\S/i;

/** "but", "not", "rather than", "instead of", "vs": words that set one figure against another. */
/** ", it's", "; it is": what opens the figure put in place of a denied one ("isn't 73%, it's 78%"). */
const REPLACING = /^[\s,;]*(?:it['’]s|it\s+is|it\s+was|they['’]re|they\s+are)\s*$/i;
const DENYING_BEFORE = /\b(?:isn['’]t|is\s+not|wasn['’]t|was\s+not|aren['’]t|are\s+not)\s+$/i;
const CONTRAST = /^[\s,]*(?:but|not|rather than|instead of|vs\.?|versus|against|compared (?:to|with))[\s,]*$/i;

/**
 * "Llama 2 70B at 67.0 and GPT-4 at 67.5": a name that opens the later figure's part
 * gives it another owner than the earlier one's ("…, GPT-4's API price, and $0.06" does not).
 */
function namesAnother(joint: string): boolean {
  let from = 0;
  for (const m of joint.matchAll(/,|;|\band\b|\bwhile\b|\bwhereas\b/g)) from = m.index + m[0].length;
  return namesIn(joint, from, joint.length).some((n) => !n.reporter && !isBenchmark(n));
}

/** Words that set one figure against another across a sentence; a bracket giving another's figure ("$78 billion (IDC says $87 billion)") does too. */
const SET_AGAINST = /\b(?:yet|but|however|whereas|although|though|instead|rather|not|versus|vs|against|contradicts?|disputes?|disagrees?|differs?|unlike)\b|[;—]|\([^()]{0,40}\b(?:says|said|reports|reported|gives|gave|puts|put|claims|claimed)\s*$/i;

/** How far from a figure a model size ("the 7B", "70B model") is read as the variant it is given for. */
const VARIANT_REACH = 30;
// (And a context window in brackets after a model's name, "GPT-4 (32k)": a variant as much as "70B" is.)
const MODEL_SIZE = /(?<![\p{L}\p{N}$.,])\d+(?:\.\d+)?B\b|(?<=[\p{L}\p{N}]\s?\()\d+[kK](?=\))/gu;

/**
 * The sizes two figures of a sentence are given for, when each names one and they
 * differ ([this figure's, the other's]): scores of two variants of one model.
 */
function otherVariant(place: ClaimPlace, other: DetectedClaim, claim: DetectedClaim): [string, string] | undefined {
  const [first, second] = other.end <= claim.start ? [other, claim] : [claim, other];
  const { text } = place;
  const firstSizes = sizesIn(text, Math.max(place.sentenceStart, first.start - VARIANT_REACH), Math.min(second.start, first.end + VARIANT_REACH));
  const secondSizes = sizesIn(text, Math.max(first.end, second.start - VARIANT_REACH), Math.min(place.sentenceEnd, second.end + VARIANT_REACH));
  if (!firstSizes.length || !secondSizes.length || firstSizes.some((s) => secondSizes.includes(s))) return undefined;
  return first === claim ? [firstSizes[0], secondSizes[0]] : [secondSizes[0], firstSizes[0]];
}

/** A model size named in the figure's clause that the record's subject and quote do not name. */
function sizeNotInRecord(place: ClaimPlace, record: StatRecord): string | undefined {
  const sizes = figureSizes(place);
  if (!sizes.length || place.claimStart < place.sentenceStart) return undefined;
  let named = namedSizes.get(record);
  if (!named) {
    named = new Set([...recordSizes(record.subject), ...recordSizes(record.quote)]);
    namedSizes.set(record, named);
  }
  return sizes.find((s) => !named.has(s));
}

/** The model sizes a figure's clause names, read once per figure however many records it is weighed against. */
const placeSizes = new WeakMap<ClaimPlace, string[]>();

function figureSizes(place: ClaimPlace): string[] {
  let sizes = placeSizes.get(place);
  if (!sizes) {
    const [from, to] = localSpan(place);
    const { text, sentenceEnd, claimStart, claimEnd } = place;
    // The clause's words, and the size right after the figure even when the zone ends before it ("54.9% for the 7B").
    // (A cell's size is in its row's name before it: "| WizardMath-13B-v1.0 | 63.9 |".)
    sizes = [...sizesIn(text, place.cell ? place.sentenceStart : from, claimStart), ...sizesIn(text, claimEnd, Math.max(to, Math.min(sentenceEnd, claimEnd + VARIANT_REACH)))];
    placeSizes.set(place, sizes);
  }
  return sizes;
}

const PARAMETERS = /\bparam(?:eter)?s?\b/i;

/** A model size ("30B") that the figure's sentence or row names besides the figure itself, equal to `value`. */
function namedVariantOfSize(place: ClaimPlace, value: number): string | undefined {
  const { text, sentenceStart, sentenceEnd, claimStart, claimEnd } = place;
  const own = (m: RegExpMatchArray): boolean => m.index! + sentenceStart >= claimStart && m.index! + sentenceStart < claimEnd;
  for (const m of text.slice(sentenceStart, sentenceEnd).matchAll(MODEL_SIZE)) {
    if (!own(m) && Math.abs(parseFloat(m[0]) * 1e9 - value) < 1) return m[0];
  }
  return undefined;
}

/** The sizes each record names, read once. */
const namedSizes = new WeakMap<StatRecord, Set<string>>();

/** "70B", "70 billion parameters": the sizes a record's words name, written "70B". */
function recordSizes(words: string): string[] {
  return [...words.matchAll(/(?<![\p{L}\p{N}$.,])(\d+(?:\.\d+)?)(?:B\b|\s*billion\b)/gu)].map((m) => `${m[1]}B`);
}

function sizesIn(text: string, from: number, to: number): string[] {
  return from < to ? [...text.slice(from, to).matchAll(MODEL_SIZE)].map((m) => m[0]) : [];
}

/** The text between two figures of one sentence. */
function joiningWords(text: string, a: DetectedClaim, b: DetectedClaim): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

let sums = new Float64Array(0);
let marks = new Uint8Array(0);
let touchedScratch = new Int32Array(0);
let orderScratch = new Int32Array(0);
/** Per name id: the figure (`figureStamp`) that last looked it up, and whether it found it near (1) or not (0). */
let nameStamp = new Int32Array(0);
let nameFound = new Uint8Array(0);
let figureStamp = 0;

/** A zeroed array of at least `size` sums; each pass zeroes what it used (`release`). */
function scratch(size: number): Float64Array {
  if (sums.length < size) {
    sums = new Float64Array(size);
    marks = new Uint8Array(size);
    touchedScratch = new Int32Array(size);
    orderScratch = new Int32Array(size);
  }
  return sums;
}

/**
 * Sums, for every record that weighs a term of the context, its weight for each term
 * times the term's nearness, term by term in the context's order (so each record's sum
 * adds up in the order one loop per record would add it). Reading every posting once
 * in a row costs less than picking out the records that could reach a score and then
 * looking each up in every term's postings. Returns how many records were met
 * (`touchedScratch`, in no order); `release` zeroes them.
 */
function sumAll(terms: FigureTerms): number {
  // Held in constants: the module's arrays may be replaced (`scratch`), so every read of them would load them afresh.
  const met = marks;
  const touched = touchedScratch;
  const overlaps = sums;
  let count = 0;
  for (let t = 0; t < terms.postings.length; t++) {
    const { records, weights } = terms.postings[t];
    const near = terms.near[t];
    for (let i = 0; i < records.length; i++) {
      const k = records[i];
      if (met[k] === 0) {
        met[k] = 1;
        touched[count++] = k;
      }
      overlaps[k] += weights[i] * near;
    }
  }
  return count;
}

/**
 * The first index at or after `from` whose record is at least `k` in `records`
 * (ascending), or its length. A figure's agreeing records lie close together in a
 * term's postings, so the search doubles its steps from `from` before halving them.
 */
function firstFrom(records: Int32Array, from: number, k: number): number {
  const n = records.length;
  if (from >= n || records[from] >= k) return from;
  // records[lo] < k, and records[hi] >= k or hi is the end: the answer lies in (lo, hi].
  let lo = from;
  let step = 1;
  let hi = from + 1;
  while (hi < n && records[hi] < k) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > n) hi = n;
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ascending: nothing to do for a list in order already (a figure's agreeing records
 * often are), an insertion sort for the few dozen a figure keeps, the native sort beyond.
 */
function sortIndices(order: Int32Array): void {
  let ordered = true;
  for (let i = 1; i < order.length && ordered; i++) ordered = order[i - 1] < order[i];
  if (ordered) return;
  if (order.length > 64) {
    order.sort();
    return;
  }
  for (let i = 1; i < order.length; i++) {
    const k = order[i];
    let j = i - 1;
    while (j >= 0 && order[j] > k) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = k;
  }
}

/** Is any of candidate k's names near the figure? Each name is looked up once per figure, however many records share it. */
function namedNear(found: Candidates, k: number, names: string[][], terms: Map<string, number>, stamp: number): boolean {
  for (let i = found.nameStart[k]; i < found.nameStart[k + 1]; i++) {
    const id = found.nameIds[i];
    if (nameStamp[id] !== stamp) {
      nameStamp[id] = stamp;
      nameFound[id] = nameNear(names[id], terms) ? 1 : 0;
    }
    if (nameFound[id]) return true;
  }
  return false;
}

/** The context's terms that some candidate weighs (`postings[i]` for the i-th, `near[i]` its nearness), each looked up once per figure. */
interface FigureTerms {
  postings: TermPostings[];
  near: number[];
}

function figureTerms(found: Candidates, context: ClaimContext): FigureTerms {
  const terms: FigureTerms = { postings: [], near: [] };
  for (const [term, near] of context.terms) {
    const p = found.postings.get(term);
    if (p && near > 0) {
      terms.postings.push(p);
      terms.near.push(near);
    }
  }
  return terms;
}

/** Below this no differing record is ever weighed (see `judge`): with thousands of imported records, most differ. */
const LEAST_CONFLICT = Math.min(CONFLICT_THRESHOLD, CITED_CONFLICT_THRESHOLD) - MEASURED_ALLOWANCE;

/** A fresh stamp for a figure's name look-ups (`namedNear`): it forgets every name looked up before, without clearing. */
function newFigureStamp(index: DatasetIndex): number {
  if (index.names.length > nameStamp.length) {
    nameStamp = new Int32Array(index.names.length);
    nameFound = new Uint8Array(index.names.length);
  }
  if (figureStamp === 0x7fffffff) {
    nameStamp.fill(0);
    figureStamp = 0;
  }
  return ++figureStamp;
}

/** Zeroes the sums and marks of the `count` records met, for the next pass. */
function release(count: number): void {
  const met = marks;
  const touched = touchedScratch;
  const overlaps = sums;
  for (let i = 0; i < count; i++) {
    overlaps[touched[i]] = 0;
    met[touched[i]] = 0;
  }
}

let agreeingIds = new Int32Array(0);
let agreeingScores = new Float64Array(0);

/** The most any record scores (`subjectScore`): one that reaches it is the best of those not yet scored. */
const FULL_SCORE = 1;

/**
 * The records agreeing in value that reach their threshold, handed out best score
 * first, ties in list order (as a stable sort of the list by score would order them),
 * one at a time. A figure is mostly supported by the first, so each record is scored
 * only when needed: in list order, stopping at the first full score, which no record
 * after it can beat.
 */
class BestFirst {
  /** `ids[0..scored)` are scored (`scores`; -1 for one short of its threshold or already handed out). */
  private scored = 0;
  /** Per figure term, where the records after the last one scored start in its postings (ids ascend, so each only moves on). */
  private readonly cursors: Int32Array;

  constructor(
    private readonly claim: DetectedClaim,
    private readonly context: ClaimContext,
    private readonly index: DatasetIndex,
    private readonly found: Candidates,
    private readonly terms: FigureTerms,
    private readonly stamp: number,
    /** The records agreeing in value, in list order. */
    private readonly ids: Int32Array,
    private readonly scores: Float64Array,
  ) {
    this.cursors = new Int32Array(terms.postings.length);
  }

  next(): Candidate | undefined {
    const { ids, scores } = this;
    let best = -1;
    for (let i = 0; i < this.scored; i++) if (scores[i] >= 0 && (best < 0 || scores[i] > scores[best])) best = i;
    while ((best < 0 || scores[best] < FULL_SCORE) && this.scored < ids.length) {
      const i = this.scored++;
      scores[i] = this.score(ids[i]);
      if (scores[i] >= 0 && (best < 0 || scores[i] > scores[best])) best = i;
    }
    if (best < 0) return undefined;
    const score = scores[best];
    scores[best] = -1;
    return { entry: this.found.list[ids[best]], score, distance: 0 };
  }

  /** Candidate k's subject score, or -1 when it falls short of its threshold. */
  private score(k: number): number {
    const { claim, found, terms, cursors } = this;
    const entry = found.list[k];
    // A record read alike to one the figure contradicted is passed over by `judge` whatever its score (a related one is shown by then).
    if (contradicted(entry.facets)) return -1;
    // Summed in the context's term order, as `sumAll` sums them for the differing records.
    let overlap = 0;
    for (let t = 0; t < terms.postings.length; t++) {
      const { records, weights } = terms.postings[t];
      const lo = firstFrom(records, cursors[t], k);
      cursors[t] = lo;
      if (lo < records.length && records[lo] === k) overlap += weights[lo] * terms.near[t];
    }
    const norm = found.norms[k];
    const threshold = claim.value === found.values[k] && claim.max === undefined ? EXACT_SUPPORT_THRESHOLD : SUPPORT_THRESHOLD;
    // The score before its names are looked up is the most it can be: most records fall short of it already.
    if (Math.min(1, overlap / norm) < threshold) return -1;
    // An alias names the owner well enough to support the record's own figure.
    const named = found.nameStart[k] === found.nameStart[k + 1] || namedNear(found, k, this.index.names, this.context.terms, this.stamp) || (found.aliased[k] === 1 && aliasNamed(entry, this.context.terms));
    const score = subjectScore(overlap, norm, named);
    return score < threshold ? -1 : score;
  }
}

/**
 * The records agreeing in value whose subject the context matches well enough (`judge`
 * takes them best first). By value alone they lie in a range around the figure (its
 * rounding step, its range's end), each then asked `valuesAgree` itself.
 */
function agreeingCandidates(claim: DetectedClaim, context: ClaimContext, index: DatasetIndex, found: Candidates, terms: FigureTerms, stamp: number): BestFirst {
  const step = claim.hedge && claim.precision > 0 ? claim.precision : 0;
  const top = Math.max(claim.value, claim.max ?? claim.value);
  const slack = 1e-6 * (Math.abs(claim.value) + Math.abs(top) + step) + 1e-20;
  const from = claim.value - step - slack;
  const to = top + step + slack;
  const sorted = found.sortedValues;
  const first = lowerBound(sorted.length, (k) => sorted[k] >= from);
  const end = lowerBound(sorted.length, (k) => sorted[k] > to);
  if (agreeingIds.length < end - first) {
    agreeingIds = new Int32Array(Math.max(end - first, 2 * agreeingIds.length));
    agreeingScores = new Float64Array(agreeingIds.length);
  }
  let count = 0;
  if (claim.max === undefined && first < end && sorted[first] === claim.value && sorted[end - 1] === claim.value) {
    // All of the range is the figure's own value, which agrees with itself: `byValue` holds those records in list order already.
    agreeingIds.set(found.byValue.subarray(first, end));
    count = end - first;
  } else {
    // Each record stands once in `byValue`: none is met twice.
    for (let i = first; i < end; i++) if (valuesAgree(claim, sorted[i])) agreeingIds[count++] = found.byValue[i];
  }
  const ids = agreeingIds.subarray(0, count);
  sortIndices(ids);
  return new BestFirst(claim, context, index, found, terms, stamp, ids, agreeingScores);
}

/** The records differing in value that may conflict, in list order (`judge` ranks them). */
function differingCandidates(claim: DetectedClaim, context: ClaimContext, index: DatasetIndex, found: Candidates, terms: FigureTerms, stamp: number): Candidate[] {
  const { list, norms, values } = found;
  const leastConflict = LEAST_CONFLICT;
  const overlaps = scratch(list.length);
  const count = sumAll(terms);
  const touched = touchedScratch;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const k = touched[i];
    // The score before its names are looked up is the most it can be: most records fall short of it already.
    if (overlaps[k] / norms[k] < leastConflict) continue;
    orderScratch[kept++] = k;
  }
  const order = orderScratch.subarray(0, kept);
  // In list order, as a loop over the whole list would meet them (ties keep that order).
  sortIndices(order);
  const picked: Candidate[] = [];
  const perYear = claim.unit.endsWith('/year');
  for (const k of order) {
    const overlap = overlaps[k];
    const value = values[k];
    // Every agreeing record lies in the range `agreeingCandidates` reads, and was weighed in the other pass.
    if (valuesAgree(claim, value)) continue;
    // "$2.3M/yr" may quote a year's sum ("saves $2.3 million a year"); a fix could not rewrite one as the other.
    if (perYear && list[k].record.unit !== claim.unit) continue;
    // An alias names the owner well enough to support the record's own figure, never to accuse another.
    const named = found.nameStart[k] === found.nameStart[k + 1] || namedNear(found, k, index.names, context.terms, stamp);
    const score = subjectScore(overlap, norms[k], named);
    if (score < leastConflict) continue;
    // Only a differing record's distance ranks it (`byConflictRank`) and is weighed (`conflictObjection`).
    picked.push({ entry: list[k], score, distance: distance(claim.value, value) });
  }
  release(count);
  return picked;
}
