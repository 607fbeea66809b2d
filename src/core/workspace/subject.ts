import { contrastsIn } from '../judge/contrasts';
import type { DetectedClaim } from '../detect/figure';
import { bandsOf, countsThoseWhoDoNot, localSpan, weigh, writersOwn, type ClaimPlace, type RecordFacets } from '../judge/evidence';
import { countedAfter, kindsIn, perAfter, populationAfter } from '../judge/facets';
import type { ClaimContext } from '../judge/judge';
import { isBenchmark, isKnownSource, namesIn, type Name } from '../judge/names';
import { termsOf } from '../judge/terms';
import { benchmarkKey } from '../judge/vocabulary';

/**
 * Where a figure stands, as the evidence model reads it (`ClaimPlace`), cut to its
 * sentence so the index keeps little text: plain data, safe to send between threads.
 * The sentence before and the paragraph's further setting are left out (so a key
 * depends on its own block only): an owner named only there is "far" or missing,
 * which never makes two figures the same statistic anyway.
 */
export interface FigurePlace extends Omit<ClaimPlace, 'setting'> {
  figure: DetectedClaim;
}

/**
 * What a figure measures and whose it is, computed once when its note is checked.
 * Two figures state the same statistic when each, read as a dataset record, is
 * matched by the other's words through the judge's own evidence model (`weigh`):
 * this file only turns a figure's description into a record's facets.
 */
export interface SubjectKey {
  /** "percent", "money:USD"…: figures of different units are never the same statistic. */
  unit: string;
  /** Content terms of the figure's own part of its clause (the judge's weight 1). */
  zone: string[];
  /** Terms that describe the figure itself rather than a neighbouring figure: its zone, its table row and headers. */
  near: string[];
  /** The year bound to the figure, if the note binds one. */
  year?: number;
  /** The dataset record the judge matched (supported or conflicting), if any. */
  recordId?: string;
  place: FigurePlace;
}

/**
 * The judge's weight for the figure's own words (1) and its table row (0.6); lower
 * weights are a neighbouring figure's words, another clause, or another block (a
 * heading, a parent list item, the sentence before), which must not change this
 * figure's key when only they are edited.
 */
const NEAR = 0.6;

/** Fewer shared content words than this say too little to accuse anyone. */
const MIN_SHARED = 2;

/** The subject key of one detected claim, from the context the judge read it in. */
export function subjectKeyOf(claim: DetectedClaim, context: ClaimContext, recordId?: string): SubjectKey {
  const zone: string[] = [];
  const near: string[] = [];
  for (const [term, weight] of context.terms) {
    if (weight >= 1) zone.push(term);
    if (weight >= NEAR) near.push(term);
  }
  // Only cut to size here: what the words say is read when the figure is first compared, so a check pays nothing for it.
  const key: SubjectKey = { unit: claim.kind === 'score' ? `score:${claim.unit}` : claim.unit, zone: zone.sort(), near: near.sort(), place: snapshot(context.place, claim) };
  if (context.years.at !== undefined) key.year = context.years.at;
  if (recordId !== undefined) key.recordId = recordId;
  return key;
}

/**
 * The index's lookup key: only figures with the same unit, owners and kind can be the
 * same statistic, so only they are weighed against each other.
 */
export function lookupKey(key: SubjectKey): string {
  return describedBy(key).lookup;
}

export interface Described {
  /** Whose: the names beside the figure, as the dataset match reads them ("llama 2", "hugging face"), sorted. */
  owners: string[];
  /** What kind of quantity its own words say it is ("funding", "market"), sorted. */
  kinds: string[];
  lookup: string;
}

const describedCache = new WeakMap<SubjectKey, Described>();

/** Whose the figure is and what kind of quantity, read once per key. */
export function describedBy(key: SubjectKey): Described {
  let out = describedCache.get(key);
  if (out) return out;
  const local = localSpan(placeOf(key));
  const owners = [...new Set(ownerNames(key.place, local).map((n) => n.parts.join(' ')))].sort();
  const kinds = [...kindsIn(key.place.text, local[0], local[1])].sort();
  out = { owners, kinds, lookup: `${key.unit}\u0000${owners.join('|')}\u0000${kinds.join('|')}` };
  describedCache.set(key, out);
  return out;
}

/** The terms a key must be looked up by: any key `sameStatistic` accepts for it holds them all in `near`. */
export function lookupTerms(key: SubjectKey): string[] {
  return key.zone;
}

/**
 * Do two figures state the same statistic: the same measured thing and owner?
 * Conservative, since a wrong accusation is the worst error. When both matched a
 * dataset record, the judge has decided (same record or not). Otherwise: the same
 * unit, owners, kind and bound year; every qualifying word of each named beside the
 * other; and each figure, read as a record, matched by the other's words with the
 * dataset match's evidence model — its owner near, nothing missing, nothing
 * contradicted (Llama 2 is not Llama 3, "of startups" is not "of enterprises", a
 * survey of the writer's own is not an article's figure, "do not" is not "do").
 */
export function sameStatistic(a: SubjectKey, b: SubjectKey): boolean {
  if (a.unit !== b.unit) return false;
  if (a.recordId !== undefined && b.recordId !== undefined) return a.recordId === b.recordId;
  if (a.year !== b.year || lookupKey(a) !== lookupKey(b)) return false;
  if (!qualifiersNamed(a, b) || !qualifiersNamed(b, a)) return false;
  return matches(b, a) && matches(a, b);
}

/** A record's qualifying words are one facet each here: every content word of `a`'s own clause describes `b` too. */
function qualifiersNamed(a: SubjectKey, b: SubjectKey): boolean {
  const bNear = new Set(b.near);
  let shared = 0;
  for (const t of a.zone) {
    if (!bNear.has(t)) return false;
    shared++;
  }
  return shared >= MIN_SHARED;
}

/** Does `note`'s figure match `described`'s figure read as a record, as the judge would require for support? */
function matches(note: SubjectKey, described: SubjectKey): boolean {
  const ev = weigh(placeOf(note), note.place.figure, facetsOf(described));
  return ev.contradicted.length === 0 && ev.missing.length === 0 && ev.owner === 'near';
}

function placeOf(key: SubjectKey): ClaimPlace {
  return { ...key.place, setting: '' };
}

/** Facets are worked out when a figure is first compared, and kept beside its key (not in it: keys stay plain data). */
const facetCache = new WeakMap<SubjectKey, RecordFacets>();

/** A figure's own words read as a dataset record's subject, the way `recordFacets` reads one. */
export function facetsOf(key: SubjectKey): RecordFacets {
  let facets = facetCache.get(key);
  if (facets) return facets;
  const place = placeOf(key);
  const { text, claimEnd, zoneStart, zoneEnd, sentenceEnd } = place;
  const local = localSpan(place);
  const own = writersOwn(place, local, false);
  const benchmarks = namesIn(text, zoneStart, zoneEnd).concat(place.cell ? namesIn(place.around, 0, place.around.length) : []).filter(isBenchmark);
  facets = {
    fromNote: true,
    names: ownerNames(key.place, local).map((n) => n.parts),
    related: [],
    benchmarks: [...new Set(benchmarks.map((n) => benchmarkKey(n.parts.join(''))))],
    kinds: new Set(describedBy(key).kinds),
    negated: countsThoseWhoDoNot(text.slice(0, sentenceEnd), claimEnd),
    bands: bandsOf(place.cell ? text : text.slice(local[0], local[1])),
    label: text.slice(local[0], local[1]),
    terms: new Set(key.near.flatMap((t) => t.split(' '))),
    core: new Set(key.zone.flatMap((t) => t.split(' '))),
    aliases: new Set(),
    // A figure of the writer's own comes from where the writer says ("our platform survey"): another note must say so too.
    source: own ? termsOf(own).flatMap((t) => t.split(' ')) : [],
    contrasts: contrastsIn(text.slice(local[0], local[1])),
  };
  const unit = key.place.figure.unit;
  if (unit === 'count') facets.counted = countedAfter(text, claimEnd, zoneEnd);
  if (unit === 'percent') facets.population = populationAfter(text, claimEnd, sentenceEnd);
  facets.per = perAfter(text, claimEnd, zoneEnd);
  facetCache.set(key, facets);
  return facets;
}

/** Whose the figure is: the names beside it (a table row's headers too), as `weigh` reads a note's names. */
function ownerNames(place: Omit<ClaimPlace, 'setting'>, [from, to]: [number, number]): Name[] {
  const own = (n: Name): boolean => !n.reporter && !isBenchmark(n) && !isKnownSource(n);
  const names = namesIn(place.text, from, to).filter(own);
  return place.cell ? names.concat(namesIn(place.around, 0, place.around.length).filter(own)) : names;
}

/**
 * The figures of a sentence are cut from it one after another: they share its cut text
 * and each other's moved copies (keys are never changed once made), kept for the sentence last cut.
 */
let lastCut: { text: string; from: number; to: number; cut: string; moved: Map<DetectedClaim, DetectedClaim>; figures?: readonly DetectedClaim[]; shifted?: DetectedClaim[] } | undefined;

/** The place cut to the figure's sentence (and zone), offsets moved to match. */
function snapshot(place: ClaimPlace, claim: DetectedClaim): FigurePlace {
  const from = Math.min(place.sentenceStart, place.zoneStart);
  const to = Math.max(place.sentenceEnd, place.zoneEnd);
  if (!lastCut || lastCut.from !== from || lastCut.to !== to || lastCut.text !== place.text) lastCut = { text: place.text, from, to, cut: place.text.slice(from, to), moved: new Map() };
  const { moved } = lastCut;
  const shift = (c: DetectedClaim): DetectedClaim => {
    let copy = moved.get(c);
    if (!copy) moved.set(c, (copy = { ...c, start: c.start - from, end: c.end - from }));
    return copy;
  };
  const out: FigurePlace = {
    text: lastCut.cut,
    claimStart: place.claimStart - from,
    claimEnd: place.claimEnd - from,
    zoneStart: place.zoneStart - from,
    zoneEnd: place.zoneEnd - from,
    sentenceStart: place.sentenceStart - from,
    sentenceEnd: place.sentenceEnd - from,
    // A table cell's headers say whose it is; a sentence before is another block's, which may change alone.
    around: place.cell ? place.around : '',
    figures: lastCut.figures === place.figures ? lastCut.shifted! : shiftedFigures(place.figures, shift),
    index: place.index,
    // The figure as the judge read it, in the place's offsets.
    figure: { ...claim, start: place.claimStart - from, end: place.claimEnd - from },
  };
  if (place.cell) out.cell = true;
  if (place.elliptical) out.elliptical = true;
  return out;
}

/** The sentence's figures moved to its cut: one list for all of them, as in the place. */
function shiftedFigures(figures: readonly DetectedClaim[], shift: (c: DetectedClaim) => DetectedClaim): DetectedClaim[] {
  const shifted = figures.map(shift);
  lastCut!.figures = figures;
  lastCut!.shifted = shifted;
  return shifted;
}
