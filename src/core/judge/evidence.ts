import type { StatRecord } from '../dataset/types';
import type { DetectedClaim } from '../detect/figure';
import { countedAfter, kindsIn, populationAfter, wordsIn } from './facets';
import { termOf, termsOf } from './terms';
import { isBenchmark, isKnownSource, nameTokens, namesIn, sameFamily, sameName } from './names';
import { FIRST_PERSON, NEGATION_AFTER, NEGATION_BEFORE, RECEIVING, THIRD_PERSON_OWN, benchmarkKey } from './vocabulary';

/**
 * Where a figure stands, as offsets into `text` (a block's text, or a table row's):
 * its own words (the zone it shares with no other figure), its sentence, and the
 * text around (heading, headers, the sentence before) that may name its subject.
 */
export interface ClaimPlace {
  text: string;
  claimStart: number;
  claimEnd: number;
  zoneStart: number;
  zoneEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  around: string;
  /** The other figures of the sentence, in `text` offsets. */
  siblings: DetectedClaim[];
}

/** What a record's subject says, read once when the dataset is indexed. */
export interface RecordFacets {
  /** Whose the figure is: names in the subject ("Code Llama", "Llama 2"). */
  names: string[][];
  /** Names the record mentions besides (keywords, source): a note may name them too. */
  related: string[][];
  benchmarks: string[];
  /** What kind of quantity: a market, funding, a saving, growth… */
  kinds: Set<string>;
  /** What a count counts ("download", "model"). */
  counted?: string;
  /** For a share: of whom ("enterprise"). */
  population?: string[];
  /** The words of the subject as written, for the hover. */
  label: string;
  /** The terms of the subject, keywords and quote. */
  terms: Set<string>;
}

export function recordFacets(record: StatRecord): RecordFacets {
  const subject = record.subject;
  const names = namesIn(subject, 0, subject.length, false).filter((n) => !isBenchmark(n) && !isKnownSource(n)).map((n) => n.parts);
  const extra = [...(record.keywords ?? []), record.source].join(', ');
  const related = namesIn(extra, 0, extra.length, false).map((n) => n.parts);
  const benchmarks = [subject, extra].flatMap((t) => namesIn(t, 0, t.length, false)).filter(isBenchmark).map((n) => benchmarkKey(n.parts.join('')));
  const kinds = kindsIn(`${subject}, ${(record.keywords ?? []).join(', ')}`, 0, Infinity);
  const at = record.quote.indexOf(record.text);
  const terms = new Set(termsOf(`${subject} ${(record.keywords ?? []).join(' ')}`).flatMap((t) => t.split(' ')));
  const facets: RecordFacets = { names, related, benchmarks, kinds, label: subject, terms };
  if (record.unit === 'count') facets.counted = lastCounted(subject) ?? (at >= 0 ? countedAfter(record.quote, at + record.text.length) : undefined);
  if (record.unit === 'percent' && at >= 0) facets.population = populationAfter(record.quote, at + record.text.length);
  return facets;
}

function lastCounted(subject: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < subject.length; ) {
    const id = countedAfter(subject, i);
    if (id) found = id;
    const next = subject.indexOf(' ', i + 1);
    if (next < 0) break;
    i = next;
  }
  return found;
}

/**
 * How a note's words bear on one record: what they name that the record says
 * (`agreed`), what the record says that they leave out (`missing`), and what they
 * say otherwise (`contradicted`). Every judgement a hover shows comes from here.
 */
export interface Evidence {
  agreed: string[];
  missing: string[];
  contradicted: string[];
}

export function weigh(place: ClaimPlace, claim: DetectedClaim, facets: RecordFacets): Evidence {
  const ev: Evidence = { agreed: [], missing: [], contradicted: [] };
  const { text } = place;
  const [localStart, localEnd] = localSpan(place);
  const own = ownedByWriter(text, place.sentenceStart, place.sentenceEnd, localStart, localEnd);
  if (own) ev.contradicted.push(`the writer's own (${own})`);
  const before = text.slice(Math.max(place.sentenceStart, claim.start - 30), claim.start);
  if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(text.slice(claim.end, claim.end + 16))) ev.contradicted.push('a figure the sentence denies');
  owners(place, facets, localStart, localEnd, ev);
  measures(place, claim, facets, ev);
  return ev;
}

/** The words that describe the figure alone: its zone, cut at the clause marks nearest it. */
function localSpan(place: ClaimPlace): [number, number] {
  const { text, claimStart, claimEnd } = place;
  const from = Math.max(place.zoneStart, claimStart - 100);
  const to = Math.min(place.zoneEnd, claimEnd + 70);
  const left = text.slice(from, claimStart);
  const cut = /.*(?:[;:—–(]|,\s+(?:yet|but|while|whereas|compared|unlike|versus|against)\b)/su.exec(left);
  const right = /[;—(]|,\s+(?:yet|but|while|whereas|compared|unlike|versus|against|and)\b/u.exec(text.slice(claimEnd, to));
  return [cut ? from + cut[0].length : from, right ? claimEnd + right.index : to];
}

function ownedByWriter(text: string, sentenceStart: number, sentenceEnd: number, localStart: number, localEnd: number): string | undefined {
  for (const [w, at] of wordsIn(text, sentenceStart, sentenceEnd)) {
    const bare = w.replace(/['’]/g, '');
    if (!FIRST_PERSON.has(bare)) continue;
    if ((bare === 'we' || bare === 'i') && RECEIVING.test(text.slice(at + w.length, at + w.length + 24))) continue;
    return `"${w}"`;
  }
  for (const [w] of wordsIn(text, localStart, localEnd)) if (THIRD_PERSON_OWN.has(w)) return `"${w}"`;
  return undefined;
}

function display(parts: string[]): string {
  return parts.join(' ');
}

/** Whose the figure is: the record's names near it, or another name in their place. */
function owners(place: ClaimPlace, facets: RecordFacets, localStart: number, localEnd: number, ev: Evidence): void {
  const { text } = place;
  const local = namesIn(text, localStart, localEnd).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n));
  const named = (from: number, to: number): string[] | undefined => facets.names.find((r) => hasName(text, from, to, r));
  const inZone = named(localStart, localEnd) ?? named(place.zoneStart, place.zoneEnd);
  const others = local.filter((n) => !facets.names.some((r) => sameName(n.parts, r) || sameName(r, n.parts)) && !facets.related.some((r) => sameName(n.parts, r)));
  const partial = others.filter((n) => facets.names.some((r) => sameFamily(n.parts, r) && n.parts.length < r.length));
  const foreign = others.filter((n) => !partial.includes(n));
  if (foreign.length && !inZone) {
    ev.contradicted.push(`names ${display(foreign[0].parts)}${facets.names.length ? `, not ${display(facets.names[0])}` : ''}`);
    return;
  }
  if (facets.names.length === 0) return;
  const found = inZone ?? named(place.sentenceStart, place.sentenceEnd) ?? facets.names.find((r) => hasName(place.around, 0, place.around.length, r));
  if (found) {
    ev.agreed.push(display(found));
    return;
  }
  // Nobody named beside the figure: whose it is is whoever the row's headers or the sentence before name.
  const before = local.length ? [] : namesIn(place.around, 0, place.around.length).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n));
  const stranger = before.find((n) => !facets.related.some((r) => sameName(n.parts, r)) && !facets.names.some((r) => sameFamily(n.parts, r)));
  if (stranger) ev.contradicted.push(`about ${display(stranger.parts)}, not ${display(facets.names[0])}`);
  else ev.missing.push(display(facets.names[0]));
}

/** Does `text[from, to)` hold the name, word for word (any case)? */
function hasName(text: string, from: number, to: number, name: string[]): boolean {
  const parts = nameTokens(text, from, to);
  outer: for (let i = 0; i + name.length <= parts.length; i++) {
    for (let k = 0; k < name.length; k++) if (parts[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/** What the figure measures: the benchmark, the thing counted, a share's population, the kind of quantity. */
function measures(place: ClaimPlace, claim: DetectedClaim, facets: RecordFacets, ev: Evidence): void {
  const { text } = place;
  if (facets.benchmarks.length) {
    const zone = benchmarksIn(text, place.zoneStart, place.zoneEnd);
    const seen = zone.length ? zone : benchmarksIn(text, place.sentenceStart, place.sentenceEnd).concat(benchmarksIn(place.around, 0, place.around.length));
    if (seen.some((b) => facets.benchmarks.includes(b))) ev.agreed.push(facets.benchmarks[0]);
    else if (zone.length) ev.contradicted.push(`scores ${zone[0]}, not ${facets.benchmarks[0]}`);
    else ev.missing.push(facets.benchmarks[0]);
  }
  if (facets.counted) {
    const counted = countedAfter(text, claim.end);
    if (counted === facets.counted) ev.agreed.push(facets.counted);
    else if (counted) ev.contradicted.push(`counts ${counted}s, not ${facets.counted}s`);
  }
  if (claim.unit === 'percent') {
    const population = populationAfter(text, claim.end);
    if (population && !facets.population) ev.contradicted.push(`a share of ${population.join(' ')}`);
    else if (population && facets.population) {
      if (population.some((t) => facets.population!.includes(t))) ev.agreed.push(facets.population.join(' '));
      else ev.contradicted.push(`of ${population.join(' ')}, not ${facets.population.join(' ')}`);
    } else if (facets.population) ev.missing.push(facets.population.join(' '));
  }
  const qualifier = qualifierClash(text, localSpan(place), facets);
  if (qualifier) ev.contradicted.push(qualifier);
  if (facets.kinds.size) {
    const near = kindsIn(text, Math.max(place.zoneStart, claim.start - 80), Math.min(place.zoneEnd, claim.end + 80));
    const kinds = near.size ? near : kindsIn(text, place.sentenceStart, place.sentenceEnd);
    const shared = [...kinds].filter((k) => facets.kinds.has(k));
    if (shared.length) ev.agreed.push(shared.join(', '));
    else if (near.size && !facets.counted) ev.contradicted.push(`${[...near][0]}, not ${[...facets.kinds][0]}`);
    else ev.missing.push([...facets.kinds][0]);
  }
}

function benchmarksIn(text: string, from: number, to: number): string[] {
  return namesIn(text, from, to).filter(isBenchmark).map((n) => benchmarkKey(n.parts.join('')));
}

/** Words that narrow a market to no one in particular ("the global AI market"). */
const BROAD = new Set(['ai', 'global', 'total', 'overall', 'entire', 'whole', 'worldwide', 'annual', 'current', 'today', 'estimate', 'addressable', 'generative']);

/**
 * "The cloud AI infrastructure market" is not "the open-source AI tools market": a
 * market named with qualifiers of its own, none of them the record's.
 */
function qualifierClash(text: string, [from, to]: [number, number], facets: RecordFacets): string | undefined {
  if (!facets.kinds.has('market')) return undefined;
  const words = wordsIn(text, from, to);
  const at = words.findIndex(([w]) => w === 'market' || w === 'markets');
  if (at <= 0) return undefined;
  const qualifiers: string[] = [];
  let first = at;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = termOf(words[k][0]);
    if (!t) break;
    first = k;
    for (const part of t.split(' ')) if (!BROAD.has(part)) qualifiers.push(part);
  }
  if (qualifiers.length === 0 || qualifiers.some((q) => facets.terms.has(q))) return undefined;
  return `the ${words.slice(first, at + 1).map(([w]) => w).join(' ')}, not the ${facets.label}`;
}
