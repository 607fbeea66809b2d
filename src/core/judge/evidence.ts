import type { StatRecord } from '../dataset/types';
import type { DetectedClaim } from '../detect/figure';
import { CHANGES, MEASURE_KINDS, SHARED_HEAD, countedAfter, countedEnd, kindsIn, perAfter, populationAfter, populationBefore, wordAt, wordSpans, wordsIn } from './facets';

import { termOf, termsOf } from './terms';
import { CJK, TRANSLATED } from './translations';
import { contrastClash, contrastsIn, tokenSideOfHeader, type Contrasts } from './contrasts';
import { abbreviates, isBenchmark, isKnownSource, nameTokens, namesIn, sameFamily, sameName, type Name } from './names';
import { GENERIC_CAPITALS, BENCHMARKS, MEASURE_NOUNS, ATTRIBUTED, FIRST_PERSON, REPORTING_WORDS, NEGATION_AFTER, OWNED_NOUNS, OWNING_VERBS, deniedBefore, THIRD_PERSON_OWN, WHEN_OR_WHICH_WAY, benchmarkKey } from './vocabulary';

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
  /** Further off: the paragraph's earlier sentences, the section heading, the enclosing list item. */
  setting: string;
  /**
   * The figures of the sentence, in `text` offsets and in order, this one at `index`: one
   * list shared by all of them (a copy per figure would be quadratic). None in a table cell.
   */
  figures: readonly DetectedClaim[];
  index: number;
  /** A table cell: `text` is its row, `around` its headers, which say whose the figure is. */
  cell?: boolean;
  /** A table cell's row header, its row's first cell (none for a cell of the first column). */
  rowHeader?: string;
  /** The zone names nothing of its own or points back ("the same slide"): its subject is the one before. */
  elliptical?: boolean;
  /** The sentence opens with a pronoun ("It has been downloaded …") for the subject of the paragraph's sentence before (`around`). */
  pronounOpening?: boolean;
  /** The heading of the section the figure stands in ("O'Reilly State of AI Adoption 2024"). */
  section?: string;
  /** The enclosing list item labels its items as the writer's own ("- our numbers (P's harness, NOT the article):"), in its words. */
  ownedByParent?: string;
}

/** What a record's subject says, read once when the dataset is indexed. */
export interface RecordFacets {
  /** Read from another note's figure, not from a dataset record. */
  fromNote?: boolean;
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
  /** What the figure is per ("model" in "$10 billion per model"). */
  per?: string;
  /** The record counts those who do not ("61% of CIOs do not grow budgets"). */
  negated: boolean;
  /** The size bands the record cuts its group out by ("10 or more"): a figure for another band is another group's. */
  bands: ReadonlySet<string>;
  /** For a comparison ("3.2x faster than API-based services"): the terms of what it is compared with. */
  than?: string[];
  /** The words of the subject as written, for the hover. */
  label: string;
  /** The period the record's change is over ("year" for "156% year-over-year"), if its quote gives one after the figure. */
  period?: string;
  /** The terms of the subject and keywords. */
  terms: Set<string>;
  /**
   * For a record that names no one: the subject's qualifying terms ("open", "source",
   * "tool" of the open-source AI tools market), which a note about it repeats.
   */
  core: Set<string>;
  /** For a record that names its owner: the keywords' other words for it ("hub", "platform"). */
  aliases: Set<string>;
  /** The terms of the record's source ("platform", "survey"), without its year. */
  source: string[];
  /** The period its sum is counted over, the side of a token price (contrasts.ts). */
  contrasts: Contrasts;
}

/** Subject words that qualify nothing: what almost every record is about. */
const UNQUALIFYING = new Set([
  'ai', 'model', 'models', 'using', 'use', 'used', 'per', 'count', 'total', 'average', 'annual', 'forecast', 'opportunity', 'versus', 'score', 'size', 'value',
  // Verbs an imported subject keeps from its clause ("representing growth", "while requiring less compute"): what happens, not what is measured.
  'represent', 'represents', 'representing', 'require', 'requires', 'requiring', 'approach', 'approaches', 'approaching', 'include', 'includes', 'including',
  'enable', 'enables', 'enabling', 'reach', 'reaches', 'reaching', 'exceed', 'exceeds', 'exceeding', 'achieve', 'achieves', 'achieving', 'outperform', 'outperforms',
]);

/** Keywords that name an owner by what it is ("hub", "platform", "company"), not by name. */
const ALIAS_WORDS = /^(?:the\s+)?(?:hub|platform|company|startup|lab|library|project|license|licence)$/i;

/** The kinds' words as terms ("capital" and "invested" are both "invest"): what is measured, never whose. */
const KIND_TERMS = new Set([...MEASURE_KINDS.keys()].flatMap((w) => termsOf(w)));

export function recordFacets(record: StatRecord): RecordFacets {
  const subject = record.subject;
  // A hand-written subject capitalises names only; one the import read from a sentence keeps its opening word's capital ("Raised strategic funding").
  const subjectNames = namesIn(subject, 0, subject.length, record.derived === true).filter((n) => !isBenchmark(n) && !isKnownSource(n));
  // "Meta's Llama 2": the model is whose the figure is; its maker is a related name a note may add.
  const maker = (n: Name, i: number): boolean => n.possessive === true && i + 1 < subjectNames.length && /^[ \u00a0]$/.test(subject.slice(n.end + 2, subjectNames[i + 1].start));
  const names = subjectNames.filter((n, i) => !maker(n, i)).map((n) => n.parts);
  const extra = [...(record.keywords ?? []), record.source].join(', ');
  const related = [...subjectNames.filter(maker), ...namesIn(extra, 0, extra.length, false)].map((n) => n.parts);
  const benchmarks = [subject, extra].flatMap((t) => namesIn(t, 0, t.length, false)).filter(isBenchmark).map((n) => benchmarkKey(n.parts.join('')));
  const kinds = kindsIn(`${subject}, ${(record.keywords ?? []).join(', ')}`, 0, Infinity);
  const at = record.quote.indexOf(record.text);
  const terms = new Set(termsOf(`${subject} ${(record.keywords ?? []).join(' ')}`).flatMap((t) => t.split(' ')));
  const qualifying = wordsIn(subject, 0, subject.length).filter(([w]) => !UNQUALIFYING.has(w) && !MEASURE_KINDS.has(w));
  const core = new Set(qualifying.flatMap(([w]) => termsOf(w)).flatMap((t) => t.split(' ')).filter((t) => !KIND_TERMS.has(t)));
  // "vertical models" for "domain-specific model": a keyword phrase sharing the subject's words names it otherwise.
  const subjectTerms = new Set(termsOf(subject));
  for (const phrase of record.keywords ?? []) {
    const own = wordsIn(phrase, 0, phrase.length).filter(([w]) => !UNQUALIFYING.has(w) && !MEASURE_KINDS.has(w));
    const terms = own.flatMap(([w]) => termsOf(w)).filter((t) => !KIND_TERMS.has(t));
    if (own.length < wordsIn(phrase, 0, phrase.length).length || !terms.some((t) => subjectTerms.has(t))) continue;
    for (const t of terms) core.add(t);
  }
  const aliases = new Set(names.length ? (record.keywords ?? []).filter((k) => ALIAS_WORDS.test(k)).flatMap((k) => termsOf(k)) : []);
  const negated = at >= 0 && countsThoseWhoDoNot(record.quote, at + record.text.length);
  const facets: RecordFacets = { names, related, benchmarks, kinds, label: subject, terms, core, aliases, source: termsOf(record.source).flatMap((t) => t.split(' ')), negated, bands: bandsOf(subject, record.quote), contrasts: contrastsIn(`${subject} ${record.quote}`) };
  const period = at >= 0 ? periodIn(record.quote.slice(at + record.text.length, at + record.text.length + PERIOD_REACH)) : undefined;
  if (period) facets.period = period;
  if (record.unit === 'count') facets.counted = lastCounted(subject) ?? (at >= 0 ? countedAfter(record.quote, at + record.text.length) : undefined);
  // "4.7x more contributions": what a multiplier compares, so "4.7x more forks" is another statistic.
  else if (record.unit === 'x' && at >= 0) facets.counted = countedAfter(record.quote, at + record.text.length);
  if (record.unit === 'percent' && at >= 0) facets.population = populationAfter(record.quote, at + record.text.length);
  // ("$0.03 per 1,000 tokens": a rate's unit says what it is per, whatever its quote says after it.)
  const per = (at >= 0 ? perAfter(record.quote, at + record.text.length) : undefined) ?? rateBasis(record.unit);
  if (per) facets.per = per;
  if (at >= 0 && record.unit === 'x') facets.than = comparedWith(record.quote, at + record.text.length);
  return facets;
}

/** "61% of CIOs do not grow budgets": the figure after `end` counts those who do not (its population may stand between). */
export function countsThoseWhoDoNot(text: string, end: number): boolean {
  return NEGATION_AFTER.test(text.slice(end).replace(/^\s*of\s+[\p{L}\s-]{0,40}?(?=\s(?:do|does|did|are|is|were|was|have|has)\b)/u, ''));
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
  /** Where the note says whose the figure is: beside it, only further off, or nowhere. */
  owner: 'near' | 'far' | 'none';
  /** The note names what the record measures beside the figure (its benchmark, the thing counted, the kind of quantity). */
  measure: boolean;
}

/**
 * What a figure's words say whatever the record: read once per figure, however many
 * records are weighed against it (with thousands of imported records, dozens may be).
 * A figure's records are weighed one after another, so only the place last read is
 * remembered: a place read again later is read afresh, to the same readings.
 */
let lastPlace: ClaimPlace | undefined;
let lastReadings: Map<string, unknown> | undefined;

function readingsOf(place: ClaimPlace): Map<string, unknown> {
  if (place === lastPlace) return lastReadings!;
  lastPlace = place;
  lastReadings = new Map();
  return lastReadings;
}

/**
 * Readings of a figure's sentence and the text around it (not of its own words):
 * the same for every figure of the sentence, so they are kept for the sentence last read.
 */
const SENTENCE_WIDE = new Set(['says built on', 'sentence opening', 'terms sentence', 'attributed sentence', 'terms sentence around setting', 'attributed sentence around setting', 'around names', 'sentence benchmarks', 'sentence kinds', 'tokens around', 'tokens setting', 'terms around', 'attributed around', 'around market qualifiers', 'sentence trials']);
let lastSentence: { text: string; start: number; end: number; around: string; setting: string; memo: Map<string, unknown> } | undefined;

function sentenceReadingsOf(place: ClaimPlace): Map<string, unknown> {
  const s = lastSentence;
  if (s && s.start === place.sentenceStart && s.end === place.sentenceEnd && s.text === place.text && s.around === place.around && s.setting === place.setting) return s.memo;
  lastSentence = { text: place.text, start: place.sentenceStart, end: place.sentenceEnd, around: place.around, setting: place.setting, memo: new Map() };
  return lastSentence.memo;
}

function once<T>(place: ClaimPlace, key: string, read: () => T): T {
  const memo = SENTENCE_WIDE.has(key) ? sentenceReadingsOf(place) : readingsOf(place);
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = read();
  memo.set(key, value);
  return value;
}

/** The figure's texts by name, so that a reading of one can be remembered. */
type Which = 'text' | 'around' | 'setting';

/** The name tokens of `place[which]` from `from` to `to`, by `which`, then `from`, then `to`: no key to build per record weighed. */
const TOKENS_KEY: Record<Which, string> = { text: 'tokens text', around: 'tokens around', setting: 'tokens setting' };

function tokensIn(place: ClaimPlace, which: Which, from: number, to: number): readonly string[] {
  const byFrom = once(place, TOKENS_KEY[which], () => new Map<number, Map<number, readonly string[]>>());
  let byTo = byFrom.get(from);
  if (!byTo) byFrom.set(from, (byTo = new Map()));
  let tokens = byTo.get(to);
  if (!tokens) byTo.set(to, (tokens = nameTokens(place[which], from, to)));
  return tokens;
}

/** The texts made from the figure's words whose terms are read (`termSet`), and their keys. */
type TermsOf = 'zone' | 'zone before contrast' | 'sentence' | 'local' | 'sentence around setting' | 'clauses around setting' | 'before figure' | 'around';
const TERMS_KEY: Record<TermsOf, string> = { zone: 'terms zone', 'zone before contrast': 'terms zone before contrast', sentence: 'terms sentence', local: 'terms local', 'sentence around setting': 'terms sentence around setting', 'clauses around setting': 'terms clauses around setting', 'before figure': 'terms before figure', around: 'terms around' };
const ATTRIBUTED_KEY: Record<TermsOf, string> = { zone: 'attributed zone', 'zone before contrast': 'attributed zone before contrast', sentence: 'attributed sentence', local: 'attributed local', 'sentence around setting': 'attributed sentence around setting', 'clauses around setting': 'attributed clauses around setting', 'before figure': 'attributed before figure', around: 'attributed around' };

/** The split terms of a text made from the figure's words (`key` names how it was made). */
function termSet(place: ClaimPlace, key: TermsOf, text: () => string): Set<string> {
  // `termsOf` gives a phrase's words one by one already ("hugging face" as two terms).
  return once(place, TERMS_KEY[key], () => new Set(termsOf(text())));
}

/**
 * `firstObjection`: the caller only asks whether the note contradicts the record, so
 * the weighing stops at the first contradiction found (the rest would not be shown).
 */
export function weigh(place: ClaimPlace, claim: DetectedClaim, facets: RecordFacets, firstObjection = false): Evidence {
  const ev: Evidence = { agreed: [], missing: [], contradicted: [], owner: 'none', measure: false };
  const { text } = place;
  const [localStart, localEnd] = once(place, 'local', () => localSpan(place));
  // Another note's figure read as a record (the cross-note comparison) says whose it is in its own clause only.
  const own = facets.fromNote ? once(place, 'own clause', () => writersOwn(place, [localStart, localEnd], false)) : once(place, 'own', () => writersOwn(place, [localStart, localEnd]));
  // ("Our WizardMath-70B model achieves 81.6": a model card's own model is the record's; it may support, never accuse: "our Llama 2 70B model" may be a run of the writer's.)
  const ownModel = own !== undefined && ourModelIsRecords(place, facets);
  // ("Our GitHub repository draws 4.7x more contributions": the source named inside the writer's own words hands nothing to it.)
  // ("Code Llama's own figure is over 45 million": the record's owner's own is the record's.)
  if (own && !possessedByRecordsOwner(place, facets) && !(handedToSource(place, 'zone before contrast', place.zoneStart, beforeContrast(place), facets) && (facets.fromNote || !termsOf(own).some((t) => facets.source.includes(t)))) && !namesRecordsOwner(own, facets) && !ownModel && !ARTICLES_FIGURE.test(text.slice(Math.max(0, place.claimStart - 40), place.claimStart))) ev.contradicted.push(`the writer's own (${own})`);
  // "respond about 3.2x faster …, in line with the article's 3.2x": a figure set beside the source's own is another measurement.
  const beside = once(place, 'set beside', () => setBesideSources(place));
  if (beside) ev.contradicted.push(`set beside ${beside}, so another measurement`);
  // "… at 23 %; this is unrelated to the article's salary premium": the writer sets the figure apart from the source's.
  const apart = once(place, 'set apart', () => setApartFrom(place));
  // ("That is not the IDC forecast, which puts … at $87 billion …; the coincidence has confused …": the figure handed
  // to the record's own source before it is the source's; the coincidence is the other figure's.)
  if (apart && !(apart.startsWith(COINCIDES) && sourceNamedBefore(place, facets))) ev.contradicted.push(apart);
  // "a 62% chance of topping HumanEval": a probability someone gives, not the measure it is about.
  if (claim.unit === 'percent' && once(place, 'chance', () => CHANCE_AFTER.test(text.slice(place.claimEnd, place.claimEnd + 24)))) ev.contradicted.push('a chance someone gives, not a measurement');
  // "rose 64% quarter over quarter" against a record's year-over-year growth: a change over another period.
  const period = facets.period ? once(place, 'period', () => periodIn(text.slice(place.claimEnd, Math.min(place.sentenceEnd, place.claimEnd + PERIOD_REACH)))) : undefined;
  if (period && period !== facets.period) ev.contradicted.push(`a change ${period} over ${period}, the record's is ${facets.period} over ${facets.period}`);
  // "3.2× faster onboarding": a multiple of another activity's speed than the record's.
  if (claim.unit === 'x') {
    const activity = once(place, 'faster what', () => FASTER_ACTIVITY.exec(text.slice(place.claimEnd, place.claimEnd + 32))?.[1]);
    if (activity && !facets.terms.has(termOf(activity))) ev.contradicted.push(`a speed of ${activity.toLowerCase()}, not of what the record measures`);
  }
  // "Solutions engineering re-ran Llama 2 70B last month and got 30.5": what a run repeated measured, not what the source reports.
  if (once(place, 'rerun', () => RERUN_GOT.test(text.slice(Math.max(place.sentenceStart, place.claimStart - 120), place.claimStart)))) ev.contradicted.push('the result of a run someone repeated, not the source\'s figure');
  // "Caseworkers reported drafting correspondence 40% faster": the speed of an activity the writer names, not the record's.
  if (claim.unit === 'x' || claim.unit === 'percent') {
    const doing = once(place, 'activity before', () => activityBefore(text, Math.max(place.sentenceStart, place.claimStart - 40), place.claimStart, place.claimEnd));
    if (doing && !facets.terms.has(termOf(doing))) ev.contradicted.push(`a speed of ${doing.toLowerCase()}, not of what the record measures`);
  }
  const denied = once(place, 'denied', () => deniedBefore(text.slice(Math.max(place.sentenceStart, place.claimStart - 30), place.claimStart)));
  if (denied) ev.contradicted.push('a figure the sentence denies');
  // "73% do, 27% do not": the part that does not, unless the record counts those who do not too.
  else if (once(place, 'negated', () => NEGATION_AFTER.test(text.slice(place.claimEnd, place.claimEnd + 32))) !== facets.negated) ev.contradicted.push(facets.negated ? 'the part that does, where the record counts those who do not' : 'the part that does not');
  // "In Germany, engineers … earn a premium of 23 per cent": one country's figure, where the record's is no country's.
  // ("| Germany, ministry estimate (2025) |": a cell's column header may say whose country the figure is.)
  // ("In France, our barometer finds 41 % … and 58 % …": a region opening the sentence is every figure's in it.)
  // ("Whisper's 78 million downloads are more than the population of the UK": the other side of a comparison is no one's region.)
  const region = once(place, 'region near', () => regionIn(text, Math.max(place.sentenceStart, localStart - REGION_REACH), Math.min(localEnd, once(place, 'comparator', () => comparatorAfter(text, place.claimEnd, place.sentenceEnd))), place.claimStart, place.claimEnd) ?? openingRegion(place) ?? (place.cell ? columnRegion(place.around) : undefined));
  if (region && !recordIsOf(region, facets)) ev.contradicted.push(`a figure for ${region}, the record's is for no one country or region`);
  // "41% of businesses with 10 or more employees", a row "All businesses (10 or more)": a group cut out by its size.
  const band = once(place, 'size band', () => sizeBandIn(place.cell ? text : text.slice(localStart, localEnd)));
  if (band && !facets.bands.has(band)) ev.contradicted.push(`of a group cut out by its size ("${band}"), which the record does not name`);
  // "Pilots cut p95 latency 3.2x", "From the March load test: … 2.9x lower": a trial someone ran, never a source's population.
  // (The sentence's trials are found once for all its figures; most sentences name none.)
  const trials = once(place, 'sentence trials', () => trialsIn(text, place.sentenceStart, place.sentenceEnd));
  const trial = trials.length ? once(place, 'trial', () => trialBefore(text, trials, place.sentenceStart, place.claimStart, afterFigure(place))) : undefined;
  if (trial && !facets.terms.has(termOf(trial.split(/[\s-]/)[0]))) ev.contradicted.push(`a result of the ${trial.toLowerCase()}, not what the record measures`);
  // "One client reports $1.1 million in annual savings": one party's own figure, where the record names no one (an average, a population).
  // ("One vendor deck claims 78% of enterprises …": a share of a population the party passes on is the population's, and may misquote it.)
  // ("| Halden (March 2026) |" beside "| Industry |": a column headed by one party's name holds that party's figures.)
  const columnOf = place.cell ? once(place, 'column party', () => columnParty(place.around)) : undefined;
  // ("**Ferrule** had a strong quarter. … Its customers report responses 3.2x faster": the possessive is the party just named's.)
  const party = facets.names.length === 0 ? (place.cell ? columnOf : once(place, 'one party', () => indefiniteOwner(text.slice(place.sentenceStart, place.claimStart))?.[1] ?? (place.pronounOpening ? possessedByPartyBefore(place) : undefined))) : undefined;
  // (The record's own source heading its column, "| Forrester |", is no other party.)
  const sourcesColumn = party !== undefined && place.cell === true && termsOf(party).some((t) => facets.source.includes(t));
  if (party && !sourcesColumn && !notedPopulation(place)) ev.contradicted.push(`the figure of ${party}, where the record's is no one party's`);
  // "| Llama 2 70B (AWQ) | 2× H100 | … | 3.2× |" under "Speedup vs API": one model's row, where the record's figure is no model's.
  const rowModel = place.cell && facets.names.length === 0 && place.rowHeader ? once(place, 'row model', () => ROW_MODEL.exec(place.rowHeader!)?.[0]) : undefined;
  if (rowModel) ev.contradicted.push(`a figure of ${place.rowHeader!.replace(/[*_]/g, '').trim()}'s row, where the record's is no one model's`);
  // "| Enterprise customers on open models | 68% | 73% |": a vendor's customers are its own count, not a source's population.
  if (facets.population && claim.unit === 'percent') {
    // (In prose only a figure that names no population of its own: "For business customers …, 73% of enterprises" is the enterprises'.)
    const customers = once(place, 'customers', () => (place.cell ? CUSTOMER_GROUP.exec(place.rowHeader ?? '')?.[0] : notedPopulation(place) ? undefined : CUSTOMER_GROUP.exec(text.slice(localStart, localEnd))?.[0]));
    if (customers) ev.contradicted.push(`a share of ${customers.toLowerCase()}, not ${facets.population.join(' ')}`);
  }
  // "Respondents that replaced an API … report average annual savings of $2.3 million": a survey's sample, not the record's population.
  if (claim.unit !== 'percent') {
    const sample = once(place, 'sample subject', () => SAMPLE_SUBJECT.exec(text.slice(place.zoneStart, place.claimStart))?.[1]);
    if (sample && !SAMPLE_SUBJECT.test(facets.label) && !handedToSource(place, 'zone', place.zoneStart, place.zoneEnd, facets)) ev.contradicted.push(`a figure of a survey's sample ("${sample}"), not the record's`);
  }
  // "adopting firms report 40% faster time-to-market (Table 5)", "Section 4.4 reports a wage premium of 23%": a place in the
  // document under discussion (a paper reviewed, a report summarised) holds the figure; the record's source is named nowhere near.
  // (A named model's score is the model's, whoever reports it: "Section 5.1 reports that Llama 2 70B scores 67.5".)
  // (Only where the paragraph speaks of such a document, "the authors", "the paper": a note's own "Table 1" or "Section 2" holds the article's figures too.)
  const locator = facets.names.length === 0 && once(place, 'reviewed document', () => REVIEWED_DOCUMENT.test(place.around) || REVIEWED_DOCUMENT.test(text)) ? once(place, 'locator', () => LOCATOR.exec(text.slice(place.zoneStart, place.zoneEnd))?.[0]) : undefined;
  if (locator && !handedToSource(place, 'zone', place.zoneStart, place.zoneEnd, facets)) ev.contradicted.push(`a figure of the document that "${locator.trim()}" points into, not the record's source`);
  if (firstObjection && ev.contradicted.length) return ev;
  owners(place, facets, localStart, localEnd, ev);
  if (ownModel && ev.owner === 'near') ev.owner = 'far';
  if (firstObjection && ev.contradicted.length) return ev;
  measures(place, claim, facets, ev, [localStart, localEnd]);
  const reversed = claim.unit === 'x' ? comparedTheOtherWay(place, facets) : undefined;
  if (reversed) ev.contradicted.push(reversed);
  return ev;
}

/**
 * Whether the note says the figure is the writer's own ("our pilot", "we measured"), and
 * in which words; `local` is `localSpan(place)`. Shared with the cross-note comparison,
 * which reads the figure's own clause only (`sentenceOpening` false): there both notes
 * must say whose it is beside the figure.
 */
export function writersOwn(place: ClaimPlace, [localStart, localEnd]: [number, number], sentenceOpening = true): string | undefined {
  // A table row's header says whose its figures are ("Llama 2 70B (ours, 0-shot)").
  const [zoneStart, zoneEnd] = place.cell ? cellClause(place) : [place.zoneStart, place.zoneEnd];
  // "Halvard's own savings come to $2.3 million": a named party's own.
  // ("In the Office's own testing in March 2026, self-hosted models answered … 2.4 times faster": a fronted clause that says whose test it was.)
  const own = ownedByWriter(place.text, zoneStart, zoneEnd, localStart, localEnd, place.claimStart) ?? namedOwn(place.text, localStart, localEnd) ?? (place.cell ? undefined : namedOwn(place.text, place.sentenceStart, localStart)) ?? possessedBy(place.text, place.claimStart) ?? (place.cell ? ownedByWriter(place.around, 0, place.around.length, 0, 0) ?? ownColumn(place.around) ?? ownRow(place.text) : undefined);
  return own ?? place.ownedByParent ?? weHave(place.text, localStart, place.claimStart) ?? yourOwn(place.text, localStart, place.claimStart) ?? ownTestSet(place.text, zoneStart, place.claimStart) ?? toldTheWriter(place.text, zoneStart, place.claimStart) ?? translatedOwn(place.text, zoneStart, place.cell ? zoneEnd : Math.min(zoneEnd, clausesEnd(place))) ?? (sentenceOpening && !place.cell ? openedByWriter(place) ?? coordinatedOwn(place) ?? resultsLabel(place) : undefined);
}

/** The marks that may stand right before a share whose population is named before it ("개발자의 80%", "開発者の80%"). */
const CJK_BEFORE = /[의の]/;

/** The population the figure is a share of ("73% of enterprises"), read once per figure. */
function notedPopulation(place: ClaimPlace): string[] | undefined {
  return once(place, 'population', () => populationAfter(place.text, place.claimEnd, place.sentenceEnd) ?? (CJK_BEFORE.test(place.text[place.claimStart - 1] ?? '') || CJK_BEFORE.test(place.text[place.claimStart - 2] ?? '') ? populationBefore(place.text, place.claimStart) : undefined));
}

/** "our channel checks", "our 200-prompt set", "my eval set": the writer's own checks or test set, written as one phrase after "our". */
function ownTestSet(text: string, from: number, to: number): string | undefined {
  const m = from < to ? OWN_TEST_SET.exec(text.slice(from, to)) : null;
  return m ? `"${m[0]}"` : undefined;
}

/** Customers named by what they are ("enterprise customers", "paying accounts"): someone's customers, counted by that someone. */
const CUSTOMER_GROUP = /\b(?:enterprise|business|corporate|paying|active)\s+(?:customers|clients|accounts|subscribers|tenants)\b/i;

/** How far after a figure its period is read ("64% quarter over quarter", "156% year-over-year"). */
const PERIOD_REACH = 32;
const PERIOD = /\b(year|quarter|month|week)[- ](?:on|over)[- ]\1\b|\b(YoY|YOY|QoQ|QOQ|MoM|WoW)\b/gi;
const PERIOD_ABBREVIATIONS: Readonly<Record<string, string>> = { yoy: 'year', qoq: 'quarter', mom: 'month', wow: 'week' };

/**
 * The period a change is measured over ("quarter over quarter", "QoQ" → "quarter"), if the words give one and do not deny
 * it ("not month-over-month but year-over-year" gives "year"). The abbreviations count only as written ("wow" is no week).
 */
function periodIn(text: string): string | undefined {
  for (const m of text.matchAll(PERIOD)) {
    if (m[2] !== undefined && !/^(?:YoY|YOY|QoQ|QOQ|MoM|WoW)$/.test(m[2])) continue;
    if (/\bnot\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    return m[1]?.toLowerCase() ?? PERIOD_ABBREVIATIONS[m[2].toLowerCase()];
  }
  return undefined;
}

/**
 * "Design partners told us their costs fell by 80%", "An internal i.AI evaluation found …":
 * what someone told the writer of their own, or measured in-house, is theirs, not a source's
 * population ("a founder told me 90% of enterprises …" passes a claim about the population on).
 */
function toldTheWriter(text: string, from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const span = text.slice(from, to);
  // (Each pattern runs only where its word stands: most clauses hold none of them.)
  const told = span.includes('tel') || span.includes('told') ? TOLD_THE_WRITER.exec(span) : null;
  // ("Hugging Face told us its hub …": a named party telling of its own is a source reporting, judged as any is.)
  if (told && !/\p{Lu}[\p{L}\p{N}.-]*\s+$/u.test(span.slice(Math.max(0, told.index - 24), told.index))) return `"${told[0].trim()}"`;
  const internal = (span.includes('nternal') ? INTERNAL_STUDY.exec(span) : null) ?? (span.includes(' us') ? COSTS_US.exec(span) : null);
  return internal ? `"${internal[0].trim()}"` : undefined;
}

/** "Hiring for open-source skills costs us a 19% premium", "open models made us 40% faster": what the writer's side pays, saves, gets or becomes. */
const COSTS_US = /\b(?:costs?|saved?|saves|made|makes|make)\s+us\s+(?:an?\s+|about\s+|around\s+|roughly\s+)?(?:[$€£\d]|$)/i;

const TOLD_THE_WRITER = /\b(?:told|tell|tells|telling)\s+(?:us|me)\s+(?:that\s+)?(?:their|its|his|her)\b/i;
/** "An internal i.AI evaluation found": a study in-house, the subject of its finding. */
const INTERNAL_STUDY = /\b(?:an?|our|the|one)\s+internal\s+(?:[\p{L}.-]+\s+){0,2}?(?:evaluations?|evals?|benchmarks?|tests?|testing|stud(?:y|ies)|reviews?|audits?|assessments?|analys[ie]s|trials?|pilots?|measurements?)\s+(?:found|finds|showed|shows|measured|reported|concluded|put|puts)\b/iu;

// ("Across all four runs the median speed-up was 1.4x": a statistic over counted runs is the measurer's.)
const OWN_TEST_SET = /\b(?:our|my)\s+(?:own\s+)?(?:[\d,]+-prompt\s+sets?|channel\s+checks?|(?:prompt|test|eval|evaluation|benchmark|sample)\s+sets?)\b|\bacross\s+(?:all\s+)?(?:the\s+|our\s+|these\s+|those\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:runs|trials|seeds|configurations|setups|repetitions)\b/i;

/** "En mi caso, el modelo local tardó 3,2 veces más", "notre enquête": a translated note's first person's own. */
function translatedOwn(text: string, from: number, to: number): string | undefined {
  const span = from < to ? text.slice(from, to) : '';
  const m = TRANSLATED_OWN.exec(span) ?? (span.length > 0 && CJK.test(span) ? CJK_OWN.exec(span) : null) ?? (CYRILLIC.test(span) ? RUSSIAN_OWN.exec(span) : null);
  return m ? `"${m[0]}"` : undefined;
}

/** "우리 측정값", "저희 팀", "자체 서버"; "我们的测试", "实测"; "当社", "社内": the writer's own, in Korean, Chinese or Japanese. */
const CJK_OWN = /(?:우리|저희)\s*(?:팀|회사|측정|서버|결과|데이터|조사|그룹)|자체\s*(?:서버|측정|조사|테스트|벤치마크)|我们的|我們的|我们(?:团队|公司|实测|测试)|实测|實測|自测|当社|弊社|社内|我々の/u;

/** "наша команда", "по нашему опросу", "мы измерили", "опрошенных нами": the writer's own, in Russian. */
const RUSSIAN_OWN = /(?<![\p{L}])(?:наш(?:а|е|и|ей|его|ему|им|ими|у|ем|их)?|мы|нами|нас|мой|моя|мои|моей|моего|моих)(?![\p{L}])/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

// Possessives that are no English or other-language word as well ("mes", "ma" are left out; French "nos" before a noun of this list is no Spanish pronoun), before a noun of one's own data or party.
const TRANSLATED_OWN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:mi|mis|nuestro|nuestra|nuestros|nuestras|mon|notre|nos|mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|mio|mia|miei|nostro|nostra|nostri|nostre|mijn|onze)\s+` +
    String.raw`(?:caso|casos|cas|fall|geval|prueba|pruebas|test|tests|encuesta|enquête|umfrage|pesquisa|sondaggio|onderzoek|equipo|equipos|équipe|équipes|team|equipe|squadra|empresa|entreprise|firma|unternehmen|azienda|bedrijf|clientes|clients|kunden|clienti|klanten|piloto|pilote|pilot|pilota|medición|mediciones|mesure|mesures|messung|messungen|medição|medições|misurazione|misurazioni|meting|metingen|datos|données|daten|dados|dati|gegevens|portátil|ordenador|portable|rechner|computador|laptop|entorno|consultora|run|runs|prova|prove|carico|carga|configurazione|configuración|configuração|setup|experimento|esperimento|experiment|tráfego|tráfico|trafic|traffico|despliegue|despliegues|déploiement|implantação|implantación|bereitstellung|implementazione|infraestructura|infrastructure|infrastruktur|infraestrutura|infrastruttura|servidor|servidores|serveur|serveurs|servidor)(?![\p{L}\p{N}])`,
  'iu',
);

/** "measured by us", "run by us", "we measured": the writer's own doing, in a header's bracket. */
const BY_US = /\b(?:(?:measured|run|tested|evaluated|benchmarked)\s+by\s+(?:us|me)|we\s+(?:measured|ran|tested))\b/i;

/** "…, and we have 2.4 million": the figure the writer's side has, written straight after "we have". */
function weHave(text: string, from: number, to: number): string | undefined {
  const m = from < to ? WE_HAVE.exec(text.slice(Math.max(from, to - 60), to)) : null;
  return m ? `"${m[0].trim()}"` : undefined;
}

// ("As we have seen, 73% …" puts a word between "have" and the figure; a hedge alone may stand there.)
// ("we got 58.2 for Llama 2 70B": a result of the writer's own, the verb right before the figure; not "I got these numbers from …".)
const WE_HAVE = /(?<![\p{L}\p{N}])(?:we|I)\s+(?:(?:now|currently|already|still|only)\s+)?(?:have|had|employ|employed|got|get|obtained|obtain)\s+(?:(?:about|around|roughly|nearly|almost|over|under|just|only|some|more than|fewer than|less than)\s+)?$/iu;

/** "Your own survey in Chapter 4 then finds that nearly three quarters …": the one addressed's own, as "our" is the writer's. */
function yourOwn(text: string, from: number, to: number): string | undefined {
  const m = from < to ? YOUR_OWN.exec(text.slice(from, to)) : null;
  return m ? `"${m[0]}"` : undefined;
}

// ("Your open-source AI engineers earn 9% above …": in a note addressed to a client, the addressee's people are its own.)
const YOUR_OWN = /\byour\s+own\s+(?:survey|study|studies|data|numbers|figures|results|measurements?|tests?|benchmarks?|sample|research|paper|thesis|analysis|estimates?|pilot)\b|\byour\s+(?:[\p{L}-]+\s+){0,3}?(?:engineers|developers|team|teams|staff|employees|customers|clients|users)\s+(?:now\s+|already\s+)?(?:earn|earned|make|made|get|got|are|were|have|had|run|ran|saw|see|use|used|spend|spent|save|saved)\b/iu;

/**
 * "Results in the first year: 58% lower inference cost, 3.2x faster first responses": a case's own
 * results, labelled so; "**Results.** The median reduction … was 31%": an abstract's own.
 */
function resultsLabel(place: ClaimPlace): string | undefined {
  const m = RESULTS_LABEL.exec(place.text.slice(place.sentenceStart, place.claimStart)) ?? RESULTS_HEADING_BEFORE.exec(place.text.slice(Math.max(0, place.sentenceStart - 24), place.sentenceStart));
  return m ? `"${m[1].trim()}"` : undefined;
}

/** An abstract's "Results." (or "Findings.") run in before the sentence, as its own little heading (a soft break reads as a space). */
const RESULTS_HEADING_BEFORE = /(?:^|[.!?:]\s+|\n)[\s*_]*((?:results?|findings?|outcomes?))[\s*_]*\.[\s*_]*$/i;

const RESULTS_LABEL = /^[\s*_]*((?:key\s+|first-year\s+|measured\s+)?(?:results?|outcomes?)(?:\s+(?:in|after|over)\s+[^:]{1,30})?)\s*:/i;

/**
 * "we measured 2.1x at p50 and only 1.4x at p95": a figure joined to the one before it
 * by "and" or a comma shares its verb, and so whose it is.
 */
function coordinatedOwn(place: ClaimPlace): string | undefined {
  const previous = place.index > 0 ? place.figures[place.index - 1] : undefined;
  if (!previous || previous.end <= place.sentenceStart || !COORDINATED.test(place.text.slice(previous.end, place.claimStart))) return undefined;
  const from = Math.max(place.sentenceStart, previous.start - COORDINATED_REACH);
  return ownedByWriter(place.text, from, previous.start, 0, 0);
}

/** Between two figures that share a verb: a short qualifier of the first ("at p50", "of mid-sized companies"), then "and", "or" or a comma, and a hedge. */
const COORDINATED = /^(?:\s+(?:at|on|in|for)\s+[\w.@-]+|\s+of\s+[^.;:!?]{1,60}?)?\s*(?:,\s*(?:and|or|but)?|and|or|but)\s+(?:only|just|about|nearly|roughly|around|almost)?\s*$/i;
/** How far before the first figure its verb and subject are looked for ("we measured", "our pilot saw"). */
const COORDINATED_REACH = 40;

/** "| Llama 2 weights alone are 138 GB; our mirror already holds 41 TB. |": a cell's clause, between its semicolons. */
function cellClause(place: ClaimPlace): [number, number] {
  const { text, zoneStart, zoneEnd, claimStart, claimEnd } = place;
  // Within the cell only: a row of thousands of cells stays linear.
  const before = text.slice(zoneStart, claimStart).lastIndexOf(';');
  const after = text.slice(claimEnd, zoneEnd).indexOf(';');
  return [before >= 0 ? zoneStart + before + 1 : zoneStart, after >= 0 ? claimEnd + after : zoneEnd];
}

/** "| Annual savings (finance estimate) | Our KPIs | $2.3M |": a row labelled as the writer's own figures (a capitalised label in one of its cells). */
function ownRow(row: string): string | undefined {
  const m = OWN_ROW_LABEL.exec(row);
  return m ? `"${m[0].trim()}"` : undefined;
}

// (Capitalised, as a cell's label opens: "feeds our estimates", "not our data" in a notes column say nothing of the row.)
const OWN_ROW_LABEL = /(?<![\p{L}\p{N}])(?:Our|My)\s+(?:KPIs?|[Mm]etrics|[Nn]umbers|[Ff]igures|[Dd]ata|[Ee]stimates?|[Mm]easurements?)(?![\p{L}\p{N}])/u;

/**
 * "| Our band |", "| Ours |": a column the writer heads as their own holds their own
 * figures; "| Tessel (our spinout) |": so does a row they mark as theirs. `around` is the
 * cell's column header, then (after a newline) its row header.
 */
function ownColumn(around: string): string | undefined {
  const newline = around.indexOf('\n');
  const column = newline >= 0 ? around.slice(0, newline) : around;
  // ("| Us (measured, FY2026) |", "| We |": the writer's side, as a comparison table heads it; "| US |" is a country.)
  const m = /^\s*(?:\*\*)?((?:our|my)\s+[\p{L}-]+|ours|mine)\b/iu.exec(column) ?? /^\s*(?:\*\*)?(Us|We|us|we)\b(?!['’.-])/u.exec(column);
  if (m) return `"${m[1]}"`;
  // "| HumanEval measured |" beside "| HumanEval reported |": what the writer measured, set against what was reported.
  const measured = MEASURED_COLUMN.exec(column);
  if (measured) return `"${measured[0].trim()}"`;
  const own = newline >= 0 ? /\((?:our|my)\s+[\p{L}-]+\)/iu.exec(around.slice(newline + 1)) : null;
  if (own) return `"${own[0]}"`;
  // "| HumanEval pass@1 (nostro run) |", "| HumanEval (measured by us) |": a header saying, in brackets, the writer ran it.
  const bracket = /\(([^()]*)\)/.exec(column);
  const ours = bracket ? TRANSLATED_OWN.exec(bracket[1]) ?? BY_US.exec(bracket[1]) : null;
  return ours ? `"${ours[0]}"` : undefined;
}

/**
 * A column headed by a party's name, "| Halden (March 2026) |", "| Acme Corp |": one to three
 * capitalised words, with perhaps a bracket after them, none a generic word, a measure, a
 * benchmark or a translated noun, and not a word a comparison table heads its columns with.
 */
function columnParty(around: string): string | undefined {
  const newline = around.indexOf('\n');
  return partyLabel(newline >= 0 ? around.slice(0, newline) : around);
}

/** A table label that names one party ("Halden (March 2026)", "Openhold"), or undefined (see `columnParty`). */
function partyLabel(label: string): string | undefined {
  let column = label.replace(/[*_`]/g, '').trim();
  // ("Halden (March 2026)": the bracket after the name says when, not who.)
  if (column.endsWith(')') && column.lastIndexOf('(') > 0) column = column.slice(0, column.lastIndexOf('(')).trim();
  const words = column.split(/\s+/);
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(w))) return undefined;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (lower.some((w) => GENERIC_CAPITALS.has(w) || MEASURE_NOUNS.has(w) || TRANSLATED.has(w) || TABLE_HEADINGS.has(w) || BENCHMARKS.has(benchmarkKey(w)))) return undefined;
  const names = namesIn(` ${column}`, 0, column.length + 1);
  if (names.some((n) => n.reporter || isBenchmark(n) || isKnownSource(n))) return undefined;
  return column;
}

/** Words a comparison table heads its columns with that name no party ("| Industry | Reported | Target |"). */
const TABLE_HEADINGS: ReadonlySet<string> = new Set(
  ('industry market sector global worldwide overall peers peer competitors competitor article report study survey reported claimed actual target targets ' +
    'baseline forecast forecasts estimate estimates value values figure figures metric metrics result results claim claims quoted stated correct corrected ' +
    'official benchmark delta change difference comparison us them nwcast before after old original revised current previous proposed draft final was then ' +
    'comment comments remark remarks explanation evidence verdict reason rationale observation finding findings description details response answer ' +
    'assessment check quote correction fix expected observed measured projected plan planned goal goals budget budgeted ' +
    'input output prompt completion cached mean median average min max low high range total status notes note ' +
    // The same headings as translated tables write them ("| Indicador | Valor | Fuente |", "| Indicateur | Valeur | Source |").
    'valor valores valeur valeurs wert werte valore valori waarde waarden cifra cifras chiffre chiffres zahl zahlen dato datos donnée données ' +
    'fuente fuentes fonte fontes quelle quellen bron indicador indicadores indicateur indicateurs indikator kennzahl kennzahlen indicatore ' +
    'importe monto montant betrag importo bedrag cantidad quantité menge anteil cuota part estimación estimation schätzung stima ' +
    'prognose previsión prévision previsione objetivo objectif ziel obiettivo resultado résultat ergebnis risultato').split(' '),
);

const RERUN_GOT = /\b(?:re-?ran|re-?run|re-?running|reproduced|reproducing|re-?evaluated|re-?tested|re-?benchmarked|re-?measured)\b[^.;:!?]*(?:\band|,)\s+(?:got|measured|scored|saw|obtained|landed\s+at|came\s+out\s+at)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|exactly\s+)?$/i;

/** The activity named right before a figure that says how much faster it went ("drafting correspondence 40% faster"). */
function activityBefore(text: string, from: number, claimStart: number, claimEnd: number): string | undefined {
  if (!FASTER_AFTER.test(text.slice(claimEnd, claimEnd + 10))) return undefined;
  const m = GERUND_BEFORE.exec(text.slice(from, claimStart));
  // (Only after a verb that reports what was done: "reported drafting …"; "bring products 40% faster to market" names no activity.)
  if (m && !REPORTED_BEFORE.test(text.slice(from, from + m.index))) return undefined;
  // ("vendors keep saying up to 10x faster": a gerund with no object of its own reports or hedges, it names no activity.)
  if (!m || SERVING_GERUNDS.has(m[1].toLowerCase()) || NOT_AN_OBJECT.has(m[2].toLowerCase())) return undefined;
  return m[1];
}

const REPORTED_BEFORE = /\b(?:reported|reports?|said|says|saw|see|found|finds|noticed|described)\s+$/i;
const FASTER_AFTER = /^\s*(?:faster|quicker)\b/i;
// (Its object one word: "Adopting firms report 40% faster" is a report of firms that adopt.)
const GERUND_BEFORE = /\b(\p{L}{2,}ing)\s+([\p{L}-]+)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+)?$/u;
/** Words no activity's object is: what follows a gerund that reports, compares or hedges ("saying up to", "getting it"). */
const NOT_AN_OBJECT: ReadonlySet<string> = new Set(['report', 'reports', 'say', 'says', 'see', 'sees', 'find', 'finds', 'found', 'up', 'to', 'about', 'around', 'roughly', 'nearly', 'almost', 'it', 'that', 'this', 'them', 'is', 'are', 'was', 'were', 'at', 'by', 'a', 'an', 'the', 'of', 'as', 'and', 'or', 'than', 'more', 'over', 'only', 'just', 'even', 'still', 'consistently', 'reliably']);
/** Doing what a model's speed is measured by, or no activity at all ("being 3x faster"). */
const SERVING_GERUNDS: ReadonlySet<string> = new Set(['saying', 'claiming', 'reporting', 'quoting', 'citing', 'showing', 'finding', 'suggesting', 'seeing', 'measuring', 'noting', 'promising', 'touting', 'advertising', 'benchmarking', 'testing', 'hitting', 'achieving', 'reaching', 'delivering', 'clocking', 'averaging', 'being', 'getting', 'becoming', 'making', 'running', 'responding', 'answering', 'serving', 'generating', 'processing', 'inferencing', 'performing', 'operating', 'working', 'executing', 'computing', 'returning', 'replying', 'completing', 'streaming', 'decoding', 'predicting']);

/** After a multiple: "faster onboarding", "quicker setup" — an activity other than serving or answering. */
const FASTER_ACTIVITY = /^\s*(?:faster|quicker|shorter)\s+(onboarding|setup|set-up|hiring|builds?|compilation|boot|startup|start-up|shipping|delivery|releases?|iterations?|indexing|uploads?|checkout|payments?|migrations?|provisioning|approvals?)\b/i;

/** "Your CTO's $2.3 million", "our vendor's 5x": the figure of a party the writer or the reader has, written as theirs. */
function possessedBy(text: string, claimStart: number): string | undefined {
  const before = text.slice(Math.max(0, claimStart - 72), claimStart);
  // "The advertisement's figure is not 3.2x but 10x": the figure is the party's, set against the source's.
  const m = POSSESSED_FIGURE.exec(before.slice(-48)) ?? PARTYS_FIGURE.exec(before);
  return m ? `"${m[0].trim()}"` : undefined;
}

const PARTYS_FIGURE = /\b(?:the|this|that|their|its)\s+(?:advertisement|advert|ad|slide|deck|brochure|pitch|vendor|company|press\s+release|campaign|website|landing\s+page)['’]s\s+(?:own\s+)?(?:figure|number|claim|statistic)\s+(?:is|was)\s+(?:not\s+[^,;]{1,24}?\s+but\s+)?(?:~|about\s+|roughly\s+)?[$€£]?$/i;

const POSSESSED_FIGURE = /(?<![\p{L}\p{N}])(?:your|our|my)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s\s+(?:own\s+)?(?:~|about\s+|roughly\s+)?[$€£]?$/iu;

/** "Halvard's own savings": a name's own, then what it owns. */
const NAMED_OWN = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*['’]s\s+own\s+(?:(?:19|20)\d\d\s+)?\p{L}+/u;

/** Does the writer's-own phrase name the record's owner ("Code Llama's own figure")? */
/** "For our media team, Whisper's 78 million downloads …", "our largest model, Llama 2 70B, whose 138 GB of weights": the record's owner's possessive right before the figure says whose it is, whoever quotes it. */
function possessedByRecordsOwner(place: ClaimPlace, facets: RecordFacets): boolean {
  const m = POSSESSIVE_BEFORE.exec(place.text.slice(Math.max(place.zoneStart, place.claimStart - 40), place.claimStart));
  return m !== null && namesOwnerIn(m[1], facets);
}

/** Do `words` ("Code Llama", "Meta") hold every part of one of the record's names? (`owned`: or is the record's name what they own.) */
function namesOwnerIn(words: string, facets: RecordFacets, owned = ''): boolean {
  const said = new Set(words.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean));
  return facets.names.some((r) => r.every((p) => said.has(p)) || r[0] === owned);
}

/** A name of one to three words, its last possessive, right before the figure ("Code Llama's ", "Llama 2 70B, whose "). */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}\p{N}.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,2})(?:['’]s|,\s+whose)\s+$/u;

/**
 * "Our **WizardMath-70B-V1.0** model achieves 81.6 pass@1": a model card's own model, named as the record's is, is that
 * model; its score is the model's ("our Llama 2 70B deployment scored 29.9" is a run of the writer's, no model of theirs).
 */
function ourModelIsRecords(place: ClaimPlace, facets: RecordFacets): boolean {
  // (A score only: "Our Code Llama models have been downloaded 45 million times" counts the writer's own downloads.)
  if (facets.names.length === 0 || facets.benchmarks.length === 0) return false;
  const m = OUR_MODEL.exec(place.text.slice(place.zoneStart, place.claimStart));
  return m !== null && namesOwnerIn(m[1], facets);
}

const OUR_MODEL = /\b(?:our|my)\s+[*_]*([\p{L}\p{N}.-]+(?:\s[\p{L}\p{N}.-]+){0,2})[*_]*\s+models?\b/iu;

function namesRecordsOwner(own: string, facets: RecordFacets): boolean {
  const m = /^"(.+?)['’]s\s+own\b\s*([^"\s]*)/u.exec(own);
  // ("Meta's own Llama 2 licence": what is owned is the record's model, so the figure is its.)
  return m !== null && namesOwnerIn(m[1], facets, m[2].toLowerCase() || undefined);
}

function namedOwn(text: string, from: number, to: number): string | undefined {
  // Most clauses say no "own": the pattern need not run (and the search stays in the span, not the block's rest).
  const span = text.slice(from, to);
  if (!span.includes(' own ')) return undefined;
  const m = NAMED_OWN.exec(span);
  // ("But Meta's own paper reports 29.9 for Llama 2 70B": a party's own paper reports a figure; it owns none, unless
  // the sentence says the figure is the party's, "its job postings".)
  return m && !(OWN_DOCUMENT.test(m[0]) && !/\b(?:its|their)\b/i.test(span.slice(m.index))) ? `"${m[0]}"` : undefined;
}

const OWN_DOCUMENT = /\sown\s+(?:(?:19|20)\d\d\s+)?(?:paper|papers|report|reports|technical|study|blog|post|announcement|model|documentation|docs|release|filing|filings|disclosure|website|site|page|preprint|publication|research)$/i;

/** A column of the writer's own runs: "HumanEval measured", "Reproduced", "Our re-run". */
const MEASURED_COLUMN = /\b(?:measured|reproduced|re-?run|replicated)\s*$/i;

/** Words a sentence's opening may take before the writer's own word ("On our benchmark", "Locally we're"). */
const OPENING_WORDS = 4;
/** Words after it that say what is theirs ("our stricter harness"). */
const OWNED_WORDS = 4;

/**
 * "Our snapshot has 262,418 repos and 2.29 billion downloads", "Our run gave Llama 2 70B
 * 29.9 and GPT-4 67.0": a sentence the writer's own opens speaks for every figure of it,
 * unless someone is said to report one between.
 */
function openedByWriter(place: ClaimPlace): string | undefined {
  if (place.zoneStart <= place.sentenceStart + 1) return undefined;
  if (SET_AGAINST_BEFORE.test(place.text.slice(Math.max(place.zoneStart, place.claimStart - 48), place.claimStart))) return undefined;
  // Counted in words, not characters, so what a sentence opens with does not depend on where it sits.
  // The sentence's first words and first reporting word are read once for all its figures (a long line stays linear).
  const opening = once(place, 'sentence opening', () => sentenceOpening(place));
  const words = opening.words.filter(([, at]) => at < place.claimStart);
  const first = words.findIndex(([w], k) => k <= OPENING_WORDS && FIRST_PERSON_OPENING.test(w));
  if (first < 0) return undefined;
  const openEnd = first + OWNED_WORDS < words.length ? words[first + OWNED_WORDS][1] : place.claimStart;
  const owner = ownedByWriter(place.text, words[first][1], openEnd, 0, 0);
  if (!owner || opening.reportedBy <= place.claimStart) return undefined;
  return owner;
}

/** The words `openedByWriter` may read (enough for `OPENING_WORDS` then `OWNED_WORDS`), and where a reporting word first ends. */
function sentenceOpening(place: ClaimPlace): { words: Array<[string, number]>; reportedBy: number } {
  const { text, sentenceStart, sentenceEnd } = place;
  const all = wordsIn(text, sentenceStart, Math.min(sentenceEnd, sentenceStart + OPENING_REACH));
  const reported = REPORTED_BETWEEN.exec(text.slice(sentenceStart, sentenceEnd));
  return { words: all.slice(0, OPENING_WORDS + OWNED_WORDS + 1), reportedBy: reported ? sentenceStart + reported.index + reported[0].length : Infinity };
}

/** Characters enough for a sentence's first ten words. */
const OPENING_REACH = 200;

const FIRST_PERSON_OPENING = /^(?:our|my|we|we're|we’re|i)$/;

const REPORTED_BETWEEN = /\b(?:says?|said|reports?|reported|according|per|cites?|cited|found|finds|estimates?|claims?)\b/i;

const FRONTED = /^\s*["“*_]*(?:since|when|after|while|although|though|as|if|unlike|compared|despite|because|before|once|until|following|per|according|by|in|for)\b[^,]{0,80},/i;

/** The words that describe the figure alone: its zone, cut at the clause marks nearest it. */
export function localSpan(place: ClaimPlace): [number, number] {
  const { text, claimStart, claimEnd } = place;
  const from = Math.max(place.zoneStart, claimStart - 100);
  const to = Math.min(place.zoneEnd, claimEnd + 70);
  const left = text.slice(from, claimStart);
  const hard = afterLastClauseMark(left);
  // "Since Meta released LLaMA in 2023, adoption has climbed to 73%": a fronted clause says when, not whose.
  const fronted = FRONTED.exec(left.slice(hard));
  // ("The Gartner opportunity ($23 billion) overlaps with the tools market": a bracket holding the figure closes its clause.)
  // (A spaced en dash sets a clause apart as an em dash does: "3,2-mal so schnell wie API-basierte Dienste – ein Vorteil, den Brenner & Voigt …".)
  const right = /[;—()]|\s–\s|,\s+(?:yet|but|while|whereas|compared|unlike|versus|against|and|which)\b/u.exec(text.slice(claimEnd, to));
  return [from + hard + (fronted ? fronted[0].length : 0), right ? claimEnd + right.index : to];
}

/** A closed bracket holding a figure alone ("(175B)", "(2023)", "(n = 1,140)"). */
const ANNOTATION = /^\((?:n\s?=\s?)?[\d.,]+\s?[A-Za-z%]{0,3}\)/;

/** A figure written as a bare number, as a score is ("67.5"). */
const BARE_SCORE = /^\d{1,3}(?:[.,]\d+)?$/;
/** ", while", ", whereas", ", but", ", unlike": where a clause set against the figure's starts after it. */
const SET_AGAINST_AFTER = /,\s+(?:while|whereas|but|unlike)\b/u;
/** ", while Llama 2 70B manages 67.0": a name and, within a few words, a number of its own. */
const OWN_NUMBER_AFTER_NAME = /^,\s+(?:while|whereas|but|unlike)\s+(?:[\p{Lu}\d][\p{L}\p{N}.-]*\s+){1,4}(?:[\p{Ll}]+\s+){1,2}\d/u;
const JOINED_AGAINST = /,\s+(?:yet|but|while|whereas|compared|unlike|versus|against)\b/gu;

/**
 * Where the figure's clause starts in `left`: after its last ";", ":", dash or "(",
 * else after its last ", yet" (", but", ", while"…), else 0. Read once from the end,
 * not by a backtracking `.*` from every offset.
 */
function afterLastClauseMark(left: string): number {
  for (let i = left.length - 1; i >= 0; i--) {
    const c = left[i];
    // A colon between digits is a time ("09:31"), not a clause mark.
    if (c === ':' && /\d/.test(left[i - 1] ?? '') && /\d/.test(left[i + 1] ?? '')) continue;
    // "GPT-3 (175B) on most benchmarks": a bracketed size or year only annotates the word before it.
    if (c === '(' && ANNOTATION.test(left.slice(i))) continue;
    if (c === ';' || c === ':' || c === '—' || c === '–' || c === '(') return i + 1;
  }
  let end = 0;
  JOINED_AGAINST.lastIndex = 0;
  for (let m = JOINED_AGAINST.exec(left); m; m = JOINED_AGAINST.exec(left)) end = m.index + m[0].length;
  return end;
}

/**
 * Where the words after the figure set it against another ("…scored 29.9 on HumanEval, far below the 67.5 NWCast
 * gives"): a source named past there is the one compared with, not the one the figure is handed to.
 */
function beforeContrast(place: ClaimPlace): number {
  const after = place.text.slice(place.claimEnd, place.zoneEnd);
  const m = CONTRASTED_AFTER.exec(after);
  // (Only a contrast with another figure, "far below the 67.5 …", "lontano dal valore": "compared to proprietary-only peers,
  // according to McKinsey" is how the claim itself is worded, and the source named after it is still the figure's.)
  return m && OTHER_FIGURE_AFTER.test(after.slice(m.index + m[0].length, m.index + m[0].length + 40)) ? place.claimEnd + m.index : place.zoneEnd;
}

const OTHER_FIGURE_AFTER = /^\s*(?:(?:the|its|their|a|an|il|lo|la|el|le|o|a)\s+)?(?:[\p{Lu}][\p{L}-]*(?:['’]s)?\s+)?(?:\d|(?:figure|number|value|estimate|score|one|valore|dato|valor|cifra|chiffre|valeur|Wert|Zahl)\b)/u;

// ("ben lontano dal 67,5 che NWCast attribuisce", "lejos del", "loin du", "longe do", "weit unter": the same, translated.)
const CONTRASTED_AFTER = /\s(?:(?:far|well|way|much)\s+(?:below|above|short\s+of|behind|ahead\s+of|from|off)|below|short\s+of|behind|unlike|compared\s+(?:with|to)|against|versus|vs\.?|whereas|(?:ben\s+)?lontan[oa]\s+d\p{L}*|lejos\s+d\p{L}*|loin\s+d\p{L}*|longe\s+d\p{L}*|weit\s+(?:unter|über|entfernt))(?![\p{L}])/iu;

/**
 * "according to our own platform survey" for a record of that survey, "…, according to
 * the article": the writer gives the figure to the record's source, whoever else it concerns.
 */
function handedToSource(place: ClaimPlace, key: TermsOf, from: number, to: number, facets: RecordFacets): boolean {
  if (attributed(place, key, from, to)) return true;
  const named = termSet(place, key, () => place.text.slice(from, to));
  // Every qualifying term of the source named, and at least one.
  let any = false;
  for (const t of facets.source) {
    if (UNQUALIFYING.has(t)) continue;
    if (!named.has(t)) return false;
    any = true;
  }
  return any;
}

/** Does the record's subject say what it measures: a kind of quantity, a thing counted, a benchmark, a population, a "per" or a comparison? */
export function namesAMeasure(facets: RecordFacets): boolean {
  if (facets.kinds.size > 0 || facets.counted !== undefined || facets.benchmarks.length > 0 || facets.population !== undefined || facets.per !== undefined || facets.than !== undefined || facets.fromNote === true) return true;
  // Else a word of the subject besides its names ("weights size" of "Llama 2 weights size"; none in "GitHub").
  let known = measureSaid.get(facets);
  if (known === undefined) {
    const named = new Set([...facets.names, ...facets.related].flat());
    known = termsOf(facets.label).flatMap((t) => t.split(' ')).some((t) => !named.has(t) && t.length > 1 && !NO_MEASURE.has(t));
    measureSaid.set(facets, known);
  }
  return known;
}

const measureSaid = new WeakMap<RecordFacets, boolean>();

/** For a benchmark's score: does the record name whose it is, besides the benchmark? (Any other record: yes.) */
export function scoreHasOwner(facets: RecordFacets): boolean {
  return facets.benchmarks.length === 0 || facets.names.some((n) => !facets.benchmarks.includes(benchmarkKey(n.join(''))));
}
/** Subject words that say when or which way, or which round ("seed", "series"), never what is measured. */
const NO_MEASURE: ReadonlySet<string> = new Set([...WHEN_OR_WHICH_WAY, 'seed', 'series']);

/**
 * Does the record's subject say whose figure it is: a name, or a word that qualifies
 * what it measures beyond the measure itself ("open-source" tools, "frontier" training;
 * not an imported "downloads", "users" or "M")?
 */
export function subjectHasOwner(facets: RecordFacets): boolean {
  let known = ownerSaid.get(facets);
  if (known === undefined) {
    const words = wordsIn(facets.label, 0, facets.label.length).map(([w]) => w);
    // ("where it, market share": a function word qualifies nothing.)
    known = facets.names.length > 0 || words.some((w) => w.length >= 3 && /^\p{L}/u.test(w) && !UNQUALIFYING.has(w) && !MEASURE_KINDS.has(w) && !MEASURE_NOUNS.has(w) && !TIME_UNITS.has(w) && termOf(w) !== '');
    ownerSaid.set(facets, known);
  }
  return known;
}

const ownerSaid = new WeakMap<RecordFacets, boolean>();
const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/**
 * Does the figure's sentence (a cell's row) name the record's source by a word of its
 * own ("Gartner" of "Gartner's enterprise AI sovereignty report")? For a record whose
 * subject names no owner, its source is the only owner a note can name.
 */
/** Is the record's source named in the figure's sentence before it ("the IDC forecast, which puts … at")? */
function sourceNamedBefore(place: ClaimPlace, facets: RecordFacets): boolean {
  // (Read only for a figure said to coincide, which few are.)
  return namesSource(new Set(termsOf(place.text.slice(place.sentenceStart, place.claimStart)).flatMap((t) => t.split(' '))), facets);
}

/** Do `terms` hold a word of the record's source's own name (not "report", "unknown publisher")? */
function namesSource(terms: ReadonlySet<string>, facets: RecordFacets): boolean {
  return facets.source.some((t) => !UNQUALIFYING.has(t) && !SOURCE_KINDS.has(t) && terms.has(t));
}

const COINCIDES = "said to coincide with the source's figure only";

export function sourceNamed(place: ClaimPlace, facets: RecordFacets): boolean {
  return namesSource(termSet(place, 'sentence', () => place.text.slice(place.sentenceStart, place.sentenceEnd)), facets);
}

/** Words that say what kind of source it is, not whose: "unknown publisher", "the 2026 report". */
const SOURCE_KINDS: ReadonlySet<string> = new Set(termsOf('unknown publisher report survey study research article blog paper data index analysis press release readme').flatMap((t) => t.split(' ')));

/** "according to …": `place.text[from, to)` (the text `key` names) gives the figure to someone. */
function attributed(place: ClaimPlace, key: TermsOf, from: number, to: number): boolean {
  return once(place, ATTRIBUTED_KEY[key], () => ATTRIBUTED.test(place.text.slice(from, to)));
}

/** "below the article's 3.2x", "the report's own 67.5": the figure given as the source's, beside the writer's own. */
const ARTICLES_FIGURE = /\b(?:the|this|that)\s+(?:article|piece|report)['’]s\s+(?:own\s+|headline\s+|quoted\s+)?(?:up\s+to\s+|about\s+|around\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+)?$/i;

const SAYS_IT = /\b(?:says|said|claims|claimed|reports|reported|states|stated|pitch|pitches|pitched|promise|promises|promised|boast|boasts|boasted)\s+(?:that\s+)?(?:it|they)\s/;

/** "One employer claims its open-model teams ship 40% faster", "Agencies pitch that they fill roles …": an organisation named by its kind, speaking of its own. */
const KIND_SPEAKS_OF_ITS_OWN = /\b(?:(?:one|an?|the|this|that|another|some|many|most)\s+)?(?:employers?|compan(?:y|ies)|vendors?|firms?|startups?|agenc(?:y|ies)|providers?|customers?|clients?|banks?|insurers?|retailers?|hospitals?|competitors?|rivals?|suppliers?)\s+(?:also\s+)?(?:says|say|said|claims?|claimed|pitch|pitches|pitched|promises?|promised|boasts?|boasted)\s+(?:that\s+)?(?:its|their|they)\s/i;
const SPEAKS_OF_ITS_OWN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:also|now|further|again))?\s+(?:says|said|claims|claimed|reports|reported|states|stated)\s+(?:that\s+)?(?:(?:its|their)\s|it\s+(?!(?:expects|expected|predicts|predicted|estimates|estimated|forecasts|projects|sees|thinks|believes|will|would)\b)\p{L}+)/u;

/** The words after "our": a vendor, supplier or the like of the writer's, then a verb that says it speaks ("our inference vendor claims"). */
function thirdPartySpeaks(next: string[]): boolean {
  const k = next.findIndex((w) => THIRD_PARTIES.has(w.replace(/['’]s$/, '')));
  return k >= 0 && k + 1 < next.length && REPORTING_WORDS.has(next[k + 1]);
}

const THIRD_PARTIES: ReadonlySet<string> = new Set(
  'vendor vendors supplier suppliers provider providers partner partners consultant consultants analyst analysts adviser advisers advisor advisors reseller resellers contractor contractors agency auditor auditors investor investors lawyer lawyers counsel broker brokers competitor competitors rival rivals'.split(' '),
);

/** "we're about 2.6x faster", "we're paying $0.021": what follows "we're" when it states the writer's own figure. */
const WE_ARE_AT = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'now', 'still', 'already', 'at', 'seeing', 'getting', 'paying', 'spending', 'running', 'hosting', 'serving', 'measuring']);

const ADVERBS = new Set(['also', 'then', 'just', 'now', 'already', 'recently', 'actually', 'only', 'still', 'once']);

/**
 * Every word `ownedByWriter` looks for is one of these, with apostrophes anywhere inside
 * ("we're", "i've") and perhaps an "'s" after: "we", "we've", "we're", "my", "mine",
 * "her", "his" and "I", "I've", "I'm" end their word (a letter, number or "-" would go on
 * with it: "were", "million", "here", "is" are none of them); "our…", "its", "their"
 * only start it. Most zones hold none, and one search finds that out without splitting
 * the zone into words.
 */
const MAY_OWN = /(?<![\p{L}\p{N}@])(?:o['’]*u['’]*r|w['’]*e(?:['’]*v['’]*e|['’]r['’]*e)?(?![\p{L}\p{N}-])|m['’]*(?:y|i['’]*n['’]*e)(?![\p{L}\p{N}-])|her(?![\p{L}\p{N}-])|his(?![\p{L}\p{N}-])|its|their|i[vme'’]*(?:['’]s)?(?![\p{L}\p{N}@'’-]))/iu;

/** Could a word starting in `text[from, to)` be one `ownedByWriter` looks for? (Never false when one is.) */
function mayOwn(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  // Up to the end of the word running past `to`: a word is read whole when it starts before `to`.
  let end = to;
  while (end < text.length && text.charCodeAt(end) > 32) end++;
  return MAY_OWN.test(text.slice(from, end));
}

/** The words of `text[from, to)` as spans: a word is made (`word(k)`) only when its first letter passes a screen. */
function spansOf(text: string, from: number, to: number): { count: number; at: (k: number) => number; word: (k: number) => string; startsWith: (k: number, starts: Parameters<typeof startsAs>[1]) => boolean } {
  const spans = wordSpans(text, from, to);
  return {
    count: spans.length / 2,
    at: (k) => spans[2 * k],
    word: (k) => wordAt(text, spans[2 * k], spans[2 * k + 1]),
    startsWith: (k, starts) => startsAs(text.charCodeAt(spans[2 * k]), starts),
  };
}

/** "our Llama 2 70B deployment", "my **Mistral 7B** setup", "our quantized Llama 2": the writer's copy or run of a named model. */
const OUR_NAMED_COPY = /^(?:[Oo]ur|[Mm]y)\s+(?:(?:quantized|quantised|fine-tuned|finetuned|distilled|self-hosted|pruned|merged)\s+[*_]*[\p{Lu}\p{N}][\p{L}\p{N}.-]*|(?:[*_]*[\p{Lu}\p{N}][\p{L}\p{N}.-]*[*_]*\s){1,4}(?:deployments?|setups?|runs?|copy|instances?|clusters?|fine-tunes?|finetunes?|builds?|checkpoints?|models?|endpoints?|servers?|tests?|evals?|benchmarks?|variants?|versions?))\b/u;

/** "our pilot", "we measured", "her developers": the zone says the figure is the writer's (or a person's) own. */
function ownedByWriter(text: string, zoneStart: number, zoneEnd: number, localStart: number, localEnd: number, figureStart = -1): string | undefined {
  // "Fernhill says it cut costs by 80%": "it" is too common a word to screen for; the saying verb before it is not.
  if (!mayOwn(text, zoneStart, zoneEnd) && !mayOwn(text, localStart, localEnd) && !(localEnd > zoneStart && SAYS_IT.test(text.slice(zoneStart, localEnd)))) return undefined;
  // "Fernhill says its platform cuts costs by 80%": a company speaking of its own, as "we" does.
  const speaker = localEnd > zoneStart ? SPEAKS_OF_ITS_OWN.exec(text.slice(zoneStart, localEnd)) ?? KIND_SPEAKS_OF_ITS_OWN.exec(text.slice(zoneStart, localEnd)) : null;
  // ("The figure as NWCast reports it is $2.3 million": "as … reports it is" gives the figure to a source, no party speaking of its own.)
  if (speaker && !AS_REPORTED_IT.test(text.slice(zoneStart, localEnd))) return `"${speaker[0].trim()}"`;
  // Only a word starting as the writer's words do is made and read, with the few after it.
  const { count, at, word, startsWith } = spansOf(text, zoneStart, zoneEnd);
  for (let k = 0; k < count; k++) {
    if (!startsWith(k, FIRST_PERSON_STARTS)) continue;
    const w = word(k);
    // "The 3.2x speed-up … describes local deployment in general; what we get depends on our hardware": a clause of its own after the figure.
    if (figureStart >= 0 && at(k) > figureStart && CLAUSE_BREAK.test(text.slice(figureStart, at(k)))) continue;
    // "we're about 2.6x faster": what the writer's side is.
    if ((w === "we're" || w === 'we’re') && WE_ARE_AT.has(k + 1 < count ? word(k + 1) : '')) return `"${w} ${word(k + 1)}"`;
    // "we'd save", "we'll spend": the writer's side, in a conditional or a plan.
    const bare = w.replace(/['’](?:d|ll)$/, '').replace(/['’]/g, '');
    if (!FIRST_PERSON.has(bare)) continue;
    // "Whisper, which powers our endpoint, has 87 million downloads": an aside on the subject, not whose the figure is.
    if (inRelativeAside(text, at(k), zoneStart, figureStart)) continue;
    // "Our registry mirrors 1,200 models, a rounding error next to the 250,000 the Hub hosts": the figure set against the writer's is the other side's.
    if (figureStart > at(k) && SET_AGAINST_BEFORE.test(text.slice(Math.max(at(k), figureStart - 48), figureStart))) continue;
    // 'sold as "on our own servers"': words in quotation marks that close before the figure are someone else's (a quotation holding the figure is its speaker's).
    if (figureStart > at(k) && quotedBefore(text, zoneStart, at(k), figureStart)) continue;
    const next: string[] = [];
    for (let j = k + 1; j < Math.min(k + 4, count); j++) next.push(word(j));
    const possessive = bare === 'our' || bare === 'my';
    // "Our inference vendor claims local is up to 5x faster": a third party of the writer's, speaking; the figure is its claim.
    if (possessive && thirdPartySpeaks(next)) continue;
    const verb = ADVERBS.has(next[0] ?? '') ? next[1] : next[0];
    const owns = bare === 'ours' || bare === 'mine' || (possessive ? next.some((n) => OWNED_NOUNS.has(n)) : verb !== undefined && OWNING_VERBS.has(verb));
    if (owns) return `"${[w, ...next.slice(0, 2)].join(' ')}"`;
    // "Our Llama 2 70B deployment", "our quantized Llama 2 70B": a model's name between "our" and what the writer has of it.
    const named = possessive ? OUR_NAMED_COPY.exec(text.slice(at(k), Math.min(zoneEnd, at(k) + 80))) : null;
    if (named) return `"${named[0].replace(/[*_]/g, '')}"`;
  }
  // "her team", "his pilot": a person's own, as "our" is the writer's; "the slide behind her" is not.
  const { count: localCount, word: localWord, startsWith: localStartsWith } = spansOf(text, localStart, localEnd);
  for (let k = 0; k < localCount; k++) {
    if (!localStartsWith(k, THIRD_PERSON_STARTS)) continue;
    const w = localWord(k);
    if (THIRD_PERSON_OWN.has(w)) {
      for (let j = k + 1; j < Math.min(k + 3, localCount); j++) if (OWNED_NOUNS.has(localWord(j))) return `"${w} ${localWord(k + 1)}"`;
    }
    // "in their own load tests": whoever "their" is, their own measurement, not the article's.
    if (w === 'their' && k + 1 < localCount && localWord(k + 1) === 'own') {
      for (let j = k + 2; j < Math.min(k + 4, localCount); j++) if (OWNED_NOUNS.has(localWord(j))) return `"their own ${localWord(k + 2)}"`;
    }
    // "told your team its own time-to-market improved by about 40%": a party's own, whatever it measured.
    if (w === 'its' && k + 2 < localCount && localWord(k + 1) === 'own') return `"its own ${localWord(k + 2)}"`;
  }

  return undefined;
}

const AS_REPORTED_IT = /\bas\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,3}(?:reports|reported|puts|put|gives|gave|states|stated)\s+it\s+(?:is|was|at)\b/u;

// (Not "versus", "against": "We measured 71.0 … versus 67.5 for the base Llama 2 70B" sets the writer's two figures side by side.)
const SET_AGAINST_BEFORE = /(?<![\p{L}])(?:next\s+to|dwarfed\s+by)\s+(?:(?:the|its|their)\s+)?(?:(?:more\s+than|over|about|nearly|roughly|some|almost|around)\s+)?$/iu;
// ("… 138 GB of weights and most of our customers are …": a clause of its own, with a subject of its own; not ", but only on our own
// hardware", which says whose the figure is.)
// (", which matches what we're seeing", ", which is consistent with what we paid": the writer's own set beside the figure, not its owner.)
const CLAUSE_BREAK = /[;\u2014]|\s(?:and|but)\s+(?:most|many|some|all|half|none|few)\s+of\s+$|,\s*which\s+(?:is\s+|was\s+)?(?:consistent|in\s+line|matches|matched|echoes|mirrors|lines\s+up|tracks|agrees)\b[^.;]{0,30}\bwhat\s+$/;

/** Does `at` stand inside quotation marks opened after `from` that close before `before`? */
function quotedBefore(text: string, from: number, at: number, before: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === '\u201c') curly++;
    else if (c === '\u201d' && curly > 0) curly--;
  }
  if (straight % 2 === 1) {
    const close = text.indexOf('"', at);
    return close >= 0 && close < before;
  }
  if (curly > 0) {
    const close = text.indexOf('\u201d', at);
    return close >= 0 && close < before;
  }
  return false;
}

/** Does the word at `at` stand in a relative clause set off by commas (", which … ,") that closes before the figure? */
function inRelativeAside(text: string, at: number, zoneStart: number, figureStart: number): boolean {
  if (at > figureStart) return false;
  const open = text.lastIndexOf(',', at);
  if (open < zoneStart || !RELATIVE_OPENING.test(text.slice(open, open + 10))) return false;
  const close = text.indexOf(',', at);
  return close >= 0 && close < figureStart;
}

const RELATIVE_OPENING = /^,\s*(?:which|who|whose)\b/i;

/** The first letters, in either case, of the writer's words ("we", "our", "my", "I"…) and of "her", "his" and "their". */
const FIRST_PERSON_STARTS = 'WwOoMmIi';
const THIRD_PERSON_STARTS = 'HhTtIi';

/** Could a word starting with char code `c` be, in lower case, one starting with one of `letters`? (Beyond ASCII, always: a capital may lower to more than one letter.) */
function startsAs(c: number, letters: string): boolean {
  return c >= 128 || letters.includes(String.fromCharCode(c));
}

function display(parts: string[]): string {
  return parts.join(' ');
}

/** A score or share in a row's text: what stands between a name and a later cell of the same row's figures. */
const ROW_FIGURE = /\d%|\d\.\d|\d{2,}/;

/**
 * Whose a cell's figure is when its row names models in several cells: the name nearest
 * before it ("| Mistral Large 3 | ~92% | GPT-4 | ~92% |"). `other` when that is another
 * model than the record's, found elsewhere in the row (after the figure, or before another
 * figure); `joint` when the record's model shares the name with another ("GPT-4/Claude 3.5").
 * Undefined when the layout says nothing against the record's name.
 */
function rowOwner(place: ClaimPlace, facets: RecordFacets): { other?: string[]; joint?: true } | undefined {
  if (facets.names.length === 0) return undefined;
  const { text } = place;
  const names = rowNames(text);
  if (names.length < 2) return undefined;
  const isRecord = (n: Name): boolean => facets.names.some((r) => sameName(n.parts, r)) || facets.related.some((r) => sameName(n.parts, r));
  const record = names.filter(isRecord);
  if (record.length === 0) return undefined;
  let last = -1;
  for (let i = 0; i < names.length && names[i].end <= place.zoneStart; i++) last = i;
  if (last < 0) return undefined;
  const nearest = names[last];
  // "GPT-4/Claude 3.5": names joined by slashes give one figure for all of them.
  const joined = (i: number): boolean => i > 0 && /^\s*\/\s*$/.test(text.slice(names[i - 1].end, names[i].start));
  let first = last;
  while (joined(first)) first--;
  const group = names.slice(first, last + 1);
  if (group.some(isRecord)) return group.length > 1 ? { joint: true } : undefined;
  if (isAliasName(nearest, facets)) return undefined;
  // The record's name stands after the figure, or before another figure of the row: the layout gives it no part in this one.
  const apart = record.every((n) => n.start >= place.zoneEnd || ROW_FIGURE.test(text.slice(n.end, nearest!.start)));
  return apart ? { other: nearest.parts } : undefined;
}

/** The names of a row, read once for all its cells: cells are judged row by row, so one row is remembered. */
let lastRow: { text: string; names: Name[] } | undefined;

function rowNames(text: string): Name[] {
  if (lastRow?.text !== text) lastRow = { text, names: namesIn(text, 0, text.length).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n)) };
  return lastRow.names;
}

function isAliasName(name: Name, facets: RecordFacets): boolean {
  return name.parts.length === 1 && isAlias(name.parts[0], facets);
}

/** Whose the figure is: the record's names near it, or another name in their place. */
function owners(place: ClaimPlace, facets: RecordFacets, localStart: number, ownEnd: number, ev: Evidence): void {
  const { text } = place;
  // "45 million, the same as Code Llama's": what the figure is set beside is not whose it is.
  const cut = once(place, 'comparator', () => comparatorAfter(text, place.claimEnd, place.sentenceEnd));
  const localEnd = Math.min(ownEnd, cut);
  const zoneEnd = Math.min(place.zoneEnd, cut);
  const sentenceEnd = Math.min(place.sentenceEnd, cut);
  const local = once(place, 'local names', () => namesIn(text, localStart, localEnd).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n) && !isExample(text, n)));
  const named = (from: number, to: number): string[] | undefined => facets.names.find((r) => hasName(tokensIn(place, 'text', from, to), r));
  const inAround = (r: string[]): boolean => hasName(tokensIn(place, 'around', 0, place.around.length), r);
  // A table row's headers say whose every figure of the row is, as a sentence's subject does.
  const inZone = named(localStart, localEnd) ?? named(place.zoneStart, zoneEnd) ?? (place.cell ? facets.names.find(inAround) : undefined);
  // "The Hub" is the record's own word for its owner (an alias), not another name.
  // "GPT-4 Turbo" beside GPT-4's record: a versioned model's name going on with a word is another model, not a variant size.
  const isOtherModel = (n: Name): boolean => facets.names.some((r) => r.some((p) => /\d/.test(p)) && sameName(n.parts, r) && n.parts.length > r.length && n.parts.slice(r.length).some((p) => !/\d/.test(p)));
  // ("- GPT-4 Turbo: $0.01 …, $0.03 …": a label before the figure's clause names whose it is too.)
  // (Read only where a colon stands before the figure's clause: most sentences have no label.)
  const labelFrom = place.cell ? place.zoneStart : place.sentenceStart;
  const labelled = text.lastIndexOf(':', localStart) >= labelFrom;
  // ("| GPT-4 Turbo (128k) | $0.01 | $0.03 |": a row headed by a versioned model's name going on with a word is that model's.)
  const otherModel = local.find(isOtherModel) ?? (place.rowHeader ? once(place, 'row header names', () => namesIn(place.rowHeader!, 0, place.rowHeader!.length)).find(isOtherModel) : undefined) ?? (!labelled || named(localStart, localEnd) ? undefined : once(place, 'label names', () => namesIn(text, labelFrom, localStart)).find((n) => n.end <= localStart && isOtherModel(n)));
  if (otherModel) {
    ev.contradicted.push(`names ${display(otherModel.parts)}, another model than ${display(facets.names[0])}`);
    return;
  }
  // ("…, as Amodei keeps saying" of a record whose source is "Dario Amodei": a person's surname alone is that person; a first
  // name is too common to say which person: "My colleague Dario reckons …".)
  const personNamed = (n: Name, r: string[]): boolean => n.parts.length === 1 && r.length === 2 && !/\d/.test(r.join('')) && r[1] === n.parts[0];
  const isOther = (n: Name): boolean => !facets.names.some((r) => sameName(n.parts, r) || sameName(r, n.parts)) && !facets.related.some((r) => sameName(n.parts, r) || abbreviates(text, n, r) || personNamed(n, r)) && !(n.parts.length === 1 && isAlias(n.parts[0], facets));
  // "| LLaMA-2-7B | 14.6 |" under a paragraph about WizardMath: a row that names another model, and not the record's, is that model's.
  const rowOther = place.cell && facets.names.length > 0 && !named(0, text.length) ? rowNames(text).find((n) => n.end <= place.claimStart && isOther(n)) : undefined;
  if (rowOther) {
    ev.contradicted.push(`names ${display(rowOther.parts)}, not ${display(facets.names[0])}`);
    return;
  }
  // "| Openhold | private model registry | models hosted | 250,000 |": a row headed by a party's name is that party's,
  // though its name, opening the row, reads as no name to the sentence reader.
  const rowParty = place.cell && facets.names.length > 0 && !named(0, text.length) ? partyLabel(place.around.split('\n')[1] ?? '') : undefined;
  if (rowParty && !facets.related.some((r) => sameName(rowParty.toLowerCase().split(/\s+/), r))) {
    ev.contradicted.push(`in a row for ${rowParty}, not ${display(facets.names[0])}`);
    return;
  }
  const others = local.filter(isOther);
  const partial = others.filter((n) => facets.names.some((r) => sameFamily(n.parts, r) && n.parts.length < r.length));
  const foreign = others.filter((n) => !partial.includes(n));
  // "NWCast gives 67.5 for Llama 2 70B and 67.0 for GPT-4": the name a figure is given "for" is whose it is, whatever else the clause names.
  // ("| 67.0 (Llama 2 70B) |": in a cell, only a name in the bracket right after the figure.)
  const givenFor = place.cell ? once(place, 'given for', () => nameInBracketAfter(text, place.claimEnd, place.zoneEnd)) : once(place, 'given for', () => nameGivenFor(text, place.claimEnd, localEnd, BARE_SCORE.test(text.slice(place.claimStart, place.claimEnd))) ?? nameButFor(text, place.claimEnd, place.sentenceEnd) ?? nameInBracketAfter(text, place.claimEnd, zoneEnd) ?? nameJustBefore(text, bracketed(text, place.claimStart) ? place.sentenceStart : labelledBefore(text, place.claimStart, BARE_SCORE.test(text.slice(place.claimStart, place.claimEnd))) ? place.zoneStart : localStart, place.claimStart) ?? bracketPairName(place) ?? scorelineName(place));
  // Unless the clause's own subject is someone else's ("Phind's fine-tune reaches 72.0 for Llama 2 70B"): a name before
  // the figure that is not itself given a figure ("… 67.5 for Llama 2 70B and 67.0 for GPT-4").
  // ("Llama 2 70B scored 67.5 against 67.0 for GPT-4": a name before another figure is that figure's.)
  const previous = place.index > 0 ? place.figures[place.index - 1].end : -1;
  const subjectBefore = foreign.some((n) => n.end <= place.claimStart && n.start > previous && !GIVEN_FOR_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)));
  // A family name only ("for Llama 2" against Llama 2 70B) is no more than partial: it neither names the record nor another.
  const givenTo = givenFor && !subjectBefore ? facets.names.find((r) => sameName(givenFor.parts, r)) : undefined;
  if (givenTo) {
    ev.agreed.push(display(givenTo));
    ev.owner = 'near';
    return;
  }
  const partialFor = givenFor !== undefined && facets.names.some((r) => sameName(r, givenFor.parts));
  if (givenFor && !partialFor && !facets.related.some((r) => sameName(givenFor.parts, r)) && !(givenFor.parts.length === 1 && isAlias(givenFor.parts[0], facets))) {
    ev.contradicted.push(`given for ${display(givenFor.parts)}${facets.names.length ? `, not ${display(facets.names[0])}` : ''}`);
    return;
  }
  if (foreign.length && !named(localStart, localEnd) && !(place.cell && inZone)) {
    ev.contradicted.push(`names ${display(foreign[0].parts)}${facets.names.length ? `, not ${display(facets.names[0])}` : ''}`);
    return;
  }
  // "Alibaba's Qwen family hit 700 million Hugging Face downloads": the subject before the figure is whose it is;
  // the record's name after it only says where they were counted.
  // ("Qwen downloads on Hugging Face reached 700 million": the record's name after "on" says where, as after the figure.)
  const subject = place.cell ? undefined : foreign.find((n) => n.end <= place.claimStart);
  if (subject && facets.names.length && (!named(localStart, place.claimStart) || namedOnlyAsPlace(text, local, facets, subject, place.claimStart))) {
    ev.contradicted.push(`names ${display(subject.parts)}, not ${display(facets.names[0])}`);
    return;
  }
  if (facets.names.length === 0) return qualifiers(place, facets, ev);
  // "WizardMath, … fine-tuned by Microsoft based on LLaMA2, has only 70 billion parameters": the model built on the record's is whose the figure is.
  const builtBefore = place.cell || !once(place, 'says built on', () => BUILT_ON_IN.test(text.slice(place.sentenceStart, place.sentenceEnd))) ? undefined : once(place, 'built on', () => namesBuiltOn(text, place.sentenceStart, place.claimStart));
  const mentions = builtBefore?.names.filter((n) => facets.names.some((r) => sameName(n.parts, r)));
  const builtOn = mentions?.length && mentions.every((n) => builtBefore!.based.includes(n)) ? mentions[0] : undefined;
  // ("… built on Code Llama, which has been downloaded over 45 million times": a clause on the base model is its own.)
  if (builtOn && !named(place.claimEnd, localEnd) && !RELATIVE_CLAUSE.test(text.slice(builtOn.end, place.claimStart))) {
    ev.contradicted.push(`a model built on ${display(builtOn.parts)}, not ${display(facets.names[0])} itself`);
    return;
  }
  // "Distil-Whisper: 78 million downloads": a project named after the record's model, written as a name.
  const zoneFrom = Math.min(localStart, place.zoneStart);
  // Most clauses name no such project: the names are read only where a prefix and a hyphen are written.
  const derivedName = !once(place, 'derived prefix', () => DERIVED_IN.test(text.slice(zoneFrom, localEnd))) ? undefined : once(place, 'zone names', () => namesIn(text, zoneFrom, localEnd)).find((n) => DERIVED_PREFIXES.has(n.parts[0]) && facets.names.some((r) => n.parts.length === r.length + 1 && r.every((p, i) => n.parts[i + 1] === p)));
  if (derivedName && !named(zoneFrom, derivedName.start) && !named(derivedName.end, localEnd)) {
    ev.contradicted.push(`names ${display(derivedName.parts)}, not ${display(facets.names[0])}`);
    return;
  }
  const derived = derivedProject(tokensIn(place, 'text', localStart, localEnd), facets.names);
  if (derived && !named(localStart, localEnd)) {
    ev.contradicted.push(`names ${derived}, not ${display(facets.names[0])}`);
    return;
  }
  // "| HumanEval | Mistral Large 3 | ~92% | GPT-4/Claude 3.5 | ~92% |": a row of several models' figures gives each to the name before it.
  const laidOut = place.cell && !inZone ? rowOwner(place, facets) : undefined;
  if (laidOut) {
    if (laidOut.other) ev.contradicted.push(`given in its row for ${display(laidOut.other)}, not ${display(facets.names[0])}`);
    else ev.missing.push(`${display(facets.names[0])}, one of the names given jointly in its row`);
    return;
  }
  const inSentence = inZone ?? named(place.sentenceStart, sentenceEnd);
  // "it scores 67.5 on HumanEval, while Llama 2 70B manages 67.0": a name only in a clause set against the figure's is that clause's subject.
  // (A score only, and only where that clause gives the name a number of its own: "…, but that is the figure for GPT-4" does not.)
  if (inSentence && !place.cell && BARE_SCORE.test(text.slice(place.claimStart, place.claimEnd)) && !named(localStart, localEnd)) {
    const against = once(place, 'set against after', () => SET_AGAINST_AFTER.exec(text.slice(place.claimEnd, sentenceEnd)));
    if (against && !named(place.sentenceStart, place.claimEnd + against.index) && OWN_NUMBER_AFTER_NAME.test(text.slice(place.claimEnd + against.index, sentenceEnd))) {
      ev.contradicted.push(`${display(inSentence)} named only in the clause set against it ("${against[0].replace(/^,\s*/, '')}")`);
      return;
    }
  }
  const found = inSentence ?? facets.names.find((r) => inAround(r) || hasName(tokensIn(place, 'setting', 0, place.setting.length), r));
  // "The Llama 3 release … based on the Llama 2 architecture. They come in 8B and 70B": the sentence before names
  // another version of the record's model too, so which one the figure is about is not sure.
  let pointedTo = false;
  if (found && !inSentence && !place.cell) {
    const sibling = once(place, 'around names', () => namesIn(place.around, 0, place.around.length).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n)));
    const other = sibling.find((n) => sameFamily(n.parts, found) && !sameName(n.parts, found) && !sameName(found, n.parts));
    if (other) {
      ev.missing.push(`${display(found)}, not ${display(other.parts)}`);
      return;
    }
    // "Llama 2's clause applies to companies with more than 700 million monthly active users, and we have 2.4 million": a
    // sentence that names another owner before the figure speaks of that one; the record's owner named further off is no longer sure.
    // (Only an elliptical figure, which takes its subject from the clause before it, is read so.)
    // ("The Hub also tracks …": a single word after "the" points back to what was named, as an alias does.)
    // (The names are read once per figure; only which of them is another's depends on the record.)
    // ("Mistral 7B, in our talks the most named model, lists 45 million downloads too": a model named as the sentence's
    // subject, at its opening, is whose the figure is, however far the figure's own clause runs from it.)
    const before = place.elliptical || OPENING_MODEL.test(text.slice(place.sentenceStart, place.sentenceStart + 24)) ? once(place, 'names before figure', () => namesIn(text, place.sentenceStart, place.claimStart).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n) && !isExample(text, n) && !(n.parts.length === 1 && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start))))) : [];
    const rival = place.elliptical ? before.find(isOther) : before.find((n) => n.start <= place.sentenceStart + 4 && isOther(n) && OPENING_MODEL.test(n.parts.join(' ')));
    if (rival) {
      ev.missing.push(`${display(found)}, named only outside a sentence that names ${display(rival.parts)}`);
      return;
    }
    // "Code Llama is the model her team leans on most. It has been downloaded …": the pronoun is the one name before it.
    pointedTo = place.pronounOpening === true && inAround(found) && sibling.every((n) => facets.names.some((r) => sameName(n.parts, r) || sameName(r, n.parts)) || facets.related.some((r) => sameName(n.parts, r)));
  }
  // "This week a new 8B fine-tune announced the very same 81.6%": the sentence's own subject, unnamed, is another model.
  const unnamed = found && !inSentence && !place.cell ? indefiniteOwner(text.slice(place.sentenceStart, place.claimStart)) : null;
  if (unnamed) {
    ev.contradicted.push(`about ${unnamed[1].trim()}, not ${display(found!)}`);
    return;
  }
  if (found) {
    ev.agreed.push(display(found));
    ev.owner = inZone || place.cell || (inSentence && place.figures.length <= 1) || pointedTo ? 'near' : 'far';
    return;
  }
  // "the hub", "the platform": the record's own words for its owner, which a note may use in place of the name.
  // A table row's other cells stand beside the figure ("| Hub downloads | 2.1 billion |").
  const aliasNear = sharedTerms(place.cell ? termSet(place, 'sentence', () => place.text.slice(place.sentenceStart, place.sentenceEnd)) : termSet(place, 'local', () => place.text.slice(localStart, localEnd)), facets.aliases);
  // Further off, as for names: the sentence ("The hub logged …, from 5 million developers"), the sentence before, the setting.
  const alias = aliasNear.length ? aliasNear : sharedTerms(termSet(place, 'sentence around setting', () => widerText(place, place.sentenceEnd)), facets.aliases);
  if (alias.length) {
    ev.agreed.push(alias.join(' '));
    ev.owner = aliasNear.length ? 'near' : 'far';
    return;
  }
  // Nobody named beside the figure: whose it is is whoever the row's headers or the sentence before name.
  const before = local.length ? [] : once(place, 'around names', () => namesIn(place.around, 0, place.around.length).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n)));
  const stranger = before.find((n) => !facets.related.some((r) => sameName(n.parts, r)) && !facets.names.some((r) => sameFamily(n.parts, r)));
  if (stranger) ev.contradicted.push(`about ${display(stranger.parts)}, not ${display(facets.names[0])}`);
  else ev.missing.push(display(facets.names[0]));
}

/** An indefinite subject before its verb: "a new 8B fine-tune announced", "another vendor claims", "one startup reports". */
/** `INDEFINITE_OWNER`, or Chinese "某" ("a certain") before a party: "国内某开源社区最近也宣布", "某券商研报称". */
function indefiniteOwner(before: string): RegExpExecArray | null {
  return INDEFINITE_OWNER.exec(before) ?? (before.includes('某') ? CJK_INDEFINITE_OWNER.exec(before) : before.includes('한 ') ? KOREAN_INDEFINITE_OWNER.exec(before) : null);
}

const CJK_INDEFINITE_OWNER = /(某(?!些|种|種)\p{Script=Han}{1,8})/u;
/** Korean "한 증권사 리포트는" ("one brokerage's report"): a party named by its kind ("한 가지 이유는", "one reason", is none). */
const KOREAN_INDEFINITE_OWNER = /(?:^|[\s,(])(한\s+(?:증권사|회사|기업|업체|스타트업|고객사|고객|은행|기관|연구소|연구진|벤더|공급사|매체|언론사)(?:\s+[가-힣]{1,8})?(?:는|은|이|가))(?=\s)/u;
const INDEFINITE_OWNER = /(?:^|[\s,;:(])((?:a|an|another|one)\s+(?:(?:new|rival|competing|different|smaller|larger|small|large|big|major|stealth|mid-?sized?|medium-sized|mid-market|regional|single|[\d.]+[bmk]|open|closed)\s+){0,3}(?:fine-?tunes?|models?|startups?|labs?|vendors?|compan(?:y|ies)|firms?|teams?|competitors?|rivals?|releases?|checkpoints?|variants?|clients?|customers?|members?|banks?|retailers?|insurers?|hospitals?|agenc(?:y|ies)|organi[sz]ations?|enterprises?|businesses))\s+(?:\w+\s+){0,2}(?:announced|announces|claimed|claims|reported|reports|posted|posts|published|hit|hits|reached|reaches|scored|scores|got|gets|achieved|achieves|saved|saves|spent|spends)\b/i;

const GIVEN_FOR = /^\s+(?:for|by|from|pour|para|voor)\s+(?:the\s+|le\s+|la\s+|el\s+|het\s+)?/;
/** Model families as a name opens with them, for the readings that ask whether a word names a model (a row, a score's owner). */
const MODEL_FAMILY_WORDS = String.raw`llama|code\s?llama|mistral|mixtral|qwen\d*(?:\.\d)?|gemma|phi|falcon|deepseek|gpt|claude|gemini|whisper|wizard(?:math|coder|lm)|starcoder\d?|bloom|mpt|olmo|yi`;
/** A sentence (or a name) that opens on a model family's name, perhaps after markup. */
const OPENING_MODEL = new RegExp(String.raw`^[\s*_"“(]*(?:${MODEL_FAMILY_WORDS})(?![\p{L}])`, 'iu');
const MODEL_AFTER_OF = new RegExp(String.raw`^[*_]*(?:${MODEL_FAMILY_WORDS})(?![\p{L}])|^[*_]*[\p{Lu}][\p{L}]*[- ]?\d+(?:\.\d+)?[a-z]?(?![\p{L}@])`, 'iu');
const SCORE_OF = /^\s+(?:for|by|from|pour|para|voor|of|de|do|da|di|del|dello|della|du|des|von|van)\s+(?:the\s+|le\s+|la\s+|el\s+|het\s+|o\s+|il\s+|lo\s+)?/;

const GIVEN_FOR_BEFORE = /(?:\b(?:for|by|from)\s+(?:the\s+)?|\(\s*)$/i;

/** "67.0 for GPT-4", "45 million by Code Llama": a name right after the figure and "for", "by" or "from". */
function nameGivenFor(text: string, from: number, to: number, score = false): Name | undefined {
  // (Translated: "81,6 % pour Llama 2", "para GPT-4", "voor GPT-4"; not German "für", before nouns all capitalised.)
  // ("contra 67,0 do GPT-4", "67.0 of GPT-4": a bare score's model after "of" and its translations; a share "of" a name is the name's population.)
  const m = (score ? SCORE_OF : GIVEN_FOR).exec(text.slice(from, Math.min(to, from + 16)));
  if (!m) return undefined;
  const at = from + m[0].length;
  // ("67,5 de Pass@1 sur HumanEval": after "de" or "of" only a model's name is whose the score is.)
  if (score && !/^(?:for|by|from|pour|para|voor)$/.test(m[0].trim().split(/\s+/)[0]) && !MODEL_AFTER_OF.test(text.slice(at, at + 24))) return undefined;
  // Read from the figure on, so that the name after "for" does not open the text read, where an ordinary capitalised word ("Rust") would count as a sentence's first.
  const names = namesIn(text, from, to);
  let k = names.findIndex((n) => n.start === at);
  // "67.0 for OpenAI's GPT-4": the maker's possessive stands before the model it is given for.
  if (k >= 0 && names[k].possessive && names[k + 1] && names[k + 1].start - names[k].end <= 3) k++;
  const name = names[k];
  return name && !name.reporter && !isBenchmark(name) && !isKnownSource(name) ? name : undefined;
}

/** "finds the same 23% wage premium, but for Rust developers": the name a figure is given for after "but", past its own clause. */
function nameButFor(text: string, from: number, to: number): Name | undefined {
  const m = BUT_FOR.exec(text.slice(from, Math.min(to, from + BUT_FOR_REACH)));
  return m ? nameGivenFor(text, from + m[0].length, to) : undefined;
}

/** Up to the "but" that opens "but for …": a few words of the figure's own phrase, no clause mark but a comma or dash. */
const BUT_FOR = /^[^.;:!?()]*?(?:,|\s[-\u2013\u2014])\s*but(?:\s+only)?(?=\s+for\s)/i;
const BUT_FOR_REACH = 60;

/** "over $100M (Llama 3 405B)": a name alone in the bracket right after the figure, whose the figure is. */
function nameInBracketAfter(text: string, from: number, to: number): Name | undefined {
  const m = /^\s*\(\s*/.exec(text.slice(from, Math.min(to, from + 4)));
  if (!m) return undefined;
  const at = from + m[0].length;
  // Looked for within a name's length only: a search on through the text would make a long line quadratic.
  const inside = text.slice(at, Math.min(to, at + 49)).indexOf(')');
  if (inside < 0) return undefined;
  const close = at + inside;
  const names = namesIn(text, at, close);
  const name = names.length === 1 && names[0].start === at && /^\s*$/.test(text.slice(names[0].end, close)) ? names[0] : undefined;
  return name && !name.reporter && !isBenchmark(name) && !isKnownSource(name) ? name : undefined;
}

/** "Llama 2 70B (67.5) edges out GPT-4": a figure opening a bracket, whose clause (the bracket) names no one; the name before it does. */
function bracketed(text: string, claimStart: number): boolean {
  let k = claimStart;
  while (k > 0 && text[k - 1] === ' ') k--;
  return text[k - 1] === '(';
}

/** "GPT-4 (67.0)", "list GPT-4 at 67.5", "Llama 2 70B: 67.5": a name the figure is set right after. */
/**
 * "GPT-4: 86.6", "Zephyr: 67.5": a name and a colon right before a bare score say whose it is, though its clause has no
 * verb (a speaker's "PRIYA RAMAN:", "TL;DR:" or a list's "Markt für Open-Source-KI-Tools:" before other figures say no owner).
 */
// (A bare score's only: "OpenAI Whisper: 78 million downloads" is read as before, by the figure's own words.)
function labelledBefore(text: string, claimStart: number, score: boolean): boolean {
  const m = score ? MODEL_LABEL.exec(text.slice(Math.max(0, claimStart - 40), claimStart)) : null;
  return m !== null && ((/\d/.test(m[1]) && /\p{L}/u.test(m[1])) || ROW_MODEL.test(m[1]) || /^\p{Lu}\p{Ll}/u.test(m[1]));
}

const MODEL_LABEL = /([\p{L}\p{N}.-]+)[*_]{0,2}:\s?$/u;

function nameJustBefore(text: string, from: number, claimStart: number): Name | undefined {
  const start = Math.max(from, claimStart - 48);
  const m = /(?:\s*\(|\s+at\s+|:\s*)$/.exec(text.slice(start, claimStart));
  if (!m) return undefined;
  const end = start + m.index;
  const names = namesIn(text, start, end);
  const name = names[names.length - 1];
  return name && name.end === end && !name.reporter && !isBenchmark(name) && !isKnownSource(name) ? name : undefined;
}

/**
 * "surpassing Claude Instant 1 (81.6 vs. 80.9)": the second figure of a scoreline in a
 * bracket after a name is given with the first to that name; which side is whose the
 * bracket does not say, so neither is the other model's.
 */
function bracketPairName(place: ClaimPlace): Name | undefined {
  const previous = place.figures[place.index - 1];
  if (!previous || place.index < 0 || !SCORELINE_JOIN.test(place.text.slice(previous.end, place.claimStart)) || !bracketed(place.text, previous.start)) return undefined;
  return nameJustBefore(place.text, place.sentenceStart, previous.start);
}

/** Between the two figures of a scoreline: "67.5 to 67.0", "67.5 vs 67.0", "67.5–67.0". */
const SCORELINE_JOIN = /^\s*(?:to|vs\.?|versus|-|\u2013)\s*$/;

/** A verb ranking the name before it against the name after it ("GPT-4 leads Llama 2 70B"). */
const RANKS = /^\s+(?:(?:still|now|narrowly|easily|just|clearly|comfortably|barely|slightly)\s+)?(?:leads|led|beats|beat|tops|topped|edges(?:\s+out)?|edged(?:\s+out)?|outscores|outscored|outperforms|outperformed|trails|trailed|bests|surpasses|surpassed|overtakes|overtook)\s+$/i;

/**
 * "GPT-4 leads Llama 2 70B on HumanEval, 67.5 to 67.0": a scoreline after two ranked names
 * gives its first figure to the first name and its second to the second.
 */
function scorelineName(place: ClaimPlace): Name | undefined {
  const { figures, index, text } = place;
  if (index < 0) return undefined;
  const next = figures[index + 1];
  const previous = figures[index - 1];
  const first = next && SCORELINE_JOIN.test(text.slice(place.claimEnd, next.start)) ? 0 : previous && SCORELINE_JOIN.test(text.slice(previous.end, place.claimStart)) ? 1 : -1;
  if (first < 0) return undefined;
  const pairStart = first === 0 ? place.claimStart : previous!.start;
  const from = Math.max(place.sentenceStart, pairStart - 100);
  const names = namesIn(text, from, pairStart).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n));
  for (let k = names.length - 1; k > 0; k--) if (RANKS.test(text.slice(names[k - 1].end, names[k].start))) return names[k - 1 + first];
  return undefined;
}

/** "Hub" for a record whose keywords call its owner "hub" (the alias kept as its term, "host"). */
function isAlias(word: string, facets: RecordFacets): boolean {
  return facets.aliases.has(word) || termsOf(word).some((t) => facets.aliases.has(t));
}

/** The source whose own figure, later in the sentence, this one is said to agree with ("in line with the article's 3.2x"), or undefined. */
function setBesideSources(place: ClaimPlace): string | undefined {
  const next = place.figures[place.index + 1];
  if (!next || next.start > place.sentenceEnd || next.start - place.claimEnd > 160) return undefined;
  const m = BESIDE_SOURCES.exec(place.text.slice(place.claimEnd, next.start));
  return m ? m[1] : undefined;
}

const BESIDE_SOURCES = /^[^.;!?]{0,100}?,?\s+(?:(?:roughly|broadly|almost|very)\s+)?(?:in\s+line\s+with|consistent\s+with|matching|echoing|close\s+to|similar\s+to|comparable\s+to|on\s+par\s+with|in\s+the\s+same\s+(?:range|ballpark|region)\s+as)\s+((?:the\s+)?(?:article|piece|report|paper|study|survey|source|\p{Lu}[\p{L}.-]*)['’]s)\s+(?:own\s+|headline\s+)?$/iu;

/**
 * Why the sentence, after the figure, says it is not the source's: it is set apart from it
 * ("unrelated to the article's …"), or set beside it as a measurement of its own ("dropped
 * 3.2x, which she noted is the same multiple NWCast gives"); undefined when it says neither.
 */
function setApartFrom(place: ClaimPlace): string | undefined {
  const after = place.text.slice(place.claimEnd, Math.min(place.sentenceEnd, place.claimEnd + NEAR_AFTER));
  // (The patterns run only where one of their words stands: most figures are followed by none.)
  const apart = APART_WORDS.test(after) ? SET_APART.exec(after) : null;
  if (apart) return `set apart from ${apart[1]}`;
  // ("…, qu'il ne faut pas confondre avec celui de Code Llama", "…とは別物": the same in French, Spanish, German, Japanese, Chinese, Korean.)
  const translatedApart = TRANSLATED_APART.exec(place.text.slice(place.claimEnd, place.sentenceEnd));
  if (translatedApart) return `set apart ("${translatedApart[0].trim()}")`;
  // "around 40–60%, which swamps any \"open-source premium\"": a figure weighed against another thing is not that thing's.
  const outweighs = OUTWEIGHS_WORDS.test(after) ? OUTWEIGHS.exec(after) : null;
  if (outweighs) return `set against ${outweighs[1].trim()}`;
  // "58% said they run … in production. That is a different population, asked a different question": the next sentence says so.
  const next = place.cell ? null : DIFFERENT_NEXT.exec(place.text.slice(place.sentenceEnd, place.sentenceEnd + 80));
  if (next) return `in the next sentence, ${next[1].toLowerCase()}`;
  // "Same ratio as the article, different measurement.": the next sentence calls it the same figure of another thing.
  const sameButOther = place.cell ? null : SAME_BUT_OTHER_NEXT.exec(place.text.slice(place.sentenceEnd, place.sentenceEnd + 80));
  if (sameButOther) return `in the next sentence, ${sameButOther[0].trim().toLowerCase()}`;
  // "$12.4bn (H&Co. est.) — not the VC figure below", "40% — same number, our own portfolio": a dash's aside on the figure.
  // (Read to the line's end: "(H&Co. est.)" stops no aside.)
  const dash = place.text.includes(' —', place.claimEnd) || place.text.includes(' –', place.claimEnd) ? DASH_APART.exec(place.text.slice(place.claimEnd, place.claimEnd + 100)) : null;
  if (dash) return `set apart after a dash ("${dash[1].trim()}")`;
  // "(same number as the NWCast one, pure coincidence)", "matching the NWCast number by coincidence", and the next
  // sentence's "Same number as … in the NWCast piece; nothing to do with it.": the writer says the two only coincide.
  // (Up to the next figure: "250,000 models; … about 250,000 datasets too, a coincidence" says it of the second. And a next
  // sentence with a figure of its own before the words says them of that one.)
  const nextSentence = place.cell || place.index + 1 < place.figures.length ? '' : place.text.slice(place.sentenceEnd, place.sentenceEnd + COINCIDENCE_NEXT);
  const coincides = coincidence(afterFigure(place), true) ?? coincidence(nextSentence);
  if (coincides && !(coincides.input === nextSentence && /\d/.test(nextSentence.slice(0, coincides.index)))) return `${COINCIDES} ("${coincides[0].trim()}")`;
  // "Slide 5, our own numbers. … Local inference came out about 2.4x faster … The article says 3.2x faster": told among
  // the writer's own words, and set against the source's own figure in the next sentence, the figure is the writer's.
  // (Without the writer's words before it, "The deck says 2.5 million. The article says 5.2 million." is a misquote.)
  const sourceNext = place.cell || place.index + 1 < place.figures.length ? null : SOURCE_GIVES_NEXT.exec(place.text.slice(place.sentenceEnd, place.sentenceEnd + 80));
  if (sourceNext && anotherFigureOfItsKind(sourceNext[2], place.figures[place.index]) && !SOURCE_WORDS.test(place.text.slice(place.sentenceStart, place.claimStart)) && writerSpeaksBefore(place)) {
    return `the writer's own, set against ${sourceNext[1].toLowerCase()}'s ${sourceNext[2].trim()} in the next sentence`;
  }
  // "puts enterprise spending on generative AI applications at $4.6 billion, a different market altogether".
  const apposed = DIFFERENT_AFTER.exec(after);
  if (apposed) return apposed[1].toLowerCase();
  const same = after.includes('same') ? SAME_AS_SOURCE.exec(after) : null;
  return same ? `set beside ${same[1]}'s, so another measurement` : undefined;
}

/**
 * The next sentence calls the figure another thing ("That is a different population"), sets it
 * short of the source's ("That is well short of the article's general figure") or beside it
 * ("That is the same number as the 40% McKinsey finds"): another measurement, either way.
 */
const DIFFERENT_NEXT = /^\s*((?:that|this|it)\s+(?:is|was)\s+(?:(?:a\s+)?(?:different|another|separate)\s+(?:population|group|measure|question|market|survey|sample|metric|thing|statistic)|(?:well\s+|far\s+|just\s+)?(?:short\s+of|below|above)\s+(?:the\s+)?(?:article|piece|report|source|study|survey)['’]s|the\s+same\s+(?:number|figure|share|multiple|ratio)\s+as))\b/i;

/** "The article says 3.2x faster …", "But the report gives 73%": a next sentence that opens on the source's own figure. */
const SOURCE_GIVES_NEXT = /^\s*(?:but\s+|while\s+)?(?:the\s+)?(article|piece|report|source|paper|study|NWCast)(?:['’]s\s+(?:figure|number))?\s+(?:says|gives|reports|puts\s+it\s+at|has|claims|cites|quotes|states|found|finds)\s+(?:about\s+|roughly\s+|only\s+|just\s+|over\s+|around\s+)?([$€£]?\d[\d.,]{0,12}\s?(?:x\b|×|%|percent\b|per\s+cent\b|(?:million|billion)\b))/i;
/** Words in a figure's own sentence, before it, that make it the source's. */
const SOURCE_WORDS = /\b(?:article|NWCast|report|according)\b/i;

/**
 * The next sentence's figure (as written) is of the figure's kind (a multiple, a share, a sum or a count) and near it
 * but not equal: the source's own figure for the same thing ("2.4x … The article says 3.2x"), not its figure of
 * another thing (250,000 models, then 2.1 billion downloads) nor a "3.2x too".
 */
function anotherFigureOfItsKind(written: string, figure: DetectedClaim | undefined): boolean {
  if (!figure) return false;
  const kind = /x$|×$/.test(written.trim()) ? 'multiplier' : /%|percent|per\s+cent/.test(written) ? 'percent' : /^[$€£]/.test(written) ? 'money' : 'count';
  if (kind !== figure.kind) return false;
  const scale = /billion/.test(written) ? 1e9 : /million/.test(written) ? 1e6 : 1;
  const value = Number(written.replace(/[^\d.]/g, '')) * scale;
  return value > 0 && value !== figure.value && Math.abs(Math.log10(value / figure.value)) < NEAR_FIGURE;
}
/** The paragraph's sentences before the figure's say the writer measured ("our own numbers", "We benchmarked …"). */
function writerSpeaksBefore(place: ClaimPlace): boolean {
  return WRITER_MEASURED.test(place.around) || WRITER_MEASURED.test(place.setting);
}

const WRITER_MEASURED = /\b(?:our\s+own|our\s+(?:numbers|figures|measurements?|benchmarks?|tests?|runs?|pilot|results|data)|we\s+(?:measured|ran|benchmarked|tested|observed|clocked|timed|profiled)|I\s+(?:measured|ran|benchmarked|tested|timed))\b/i;

/** How far (in orders of magnitude) the source's own figure may be from the note's: a misquote's distance. */
const NEAR_FIGURE = Math.log10(5);

/** "Same ratio as the article, different measurement.", "Same number as NWCast's, but our own sample.": a next sentence's. */
const SAME_BUT_OTHER_NEXT = /^\s*(?:the\s+)?same\s+(?:number|figure|ratio|multiple|share|percentage)\s+as\s+[^.;]{1,40}?,\s*(?:but\s+)?(?:(?:a|an)\s+)?(?:different|another|separate|unrelated)\s+(?:measurement|measure|population|thing|metric|sample|survey|question)\b|^\s*(?:the\s+)?same\s+(?:number|figure|ratio|multiple|share)\s+as\s+[^.;]{1,40}?,\s*(?:but\s+)?our\s+own\b/i;
/** A dash after the figure, then "not the … figure" or "same number, our own …". */
const DASH_APART = /^[^;!?\n]{0,60}?\s[—–]\s*((?:not\s+the\s+[\p{L}\s&.-]{1,30}?\s(?:figure|number|one|stat)|(?:the\s+)?same\s+(?:number|figure|ratio|multiple)\b[^.;]{0,30}?\bour\s+own\s+\p{L}+))/iu;

/** Words saying two equal figures only coincide; "nothing to do with" only beside "the same number" (`coincidence`). */
// ("…, which is funny because that's exactly the article's number", "happens to match the article's": said of an own figure.)
const COINCIDENCE = /\b(?:(?:pure|mere|a|by)\s+)?coincidence\b|\bcoincidentally\b|\bcoincides?\s+with\b|\bnothing\s+to\s+do\s+with\b|\bwhich\s+is\s+funny\b|\bhappens?\s+to\s+(?:match|equal)\b/i;
/** Before the words: "no", "not", "hardly" or "never" say the opposite ("not a coincidence", "Not coincidentally", "no mere coincidence"). */
const DENIED_COINCIDENCE = /\b(?:no|not|hardly|never)\s+(?:(?:a|by|mere|pure)\s+)?$/i;
const SAME_NUMBER = /\bsame\s+(?:number|figure|value|percentage|share|multiple)\b/i;

/** The words in `text` that say the figure only coincides with the source's, unless denied. */
function coincidence(text: string, sameSentence = false): RegExpExecArray | null {
  // (Most figures are followed by neither word: a search for their letters is cheaper than the pattern.)
  if (!text.includes('oincid') && !text.includes('OINCID') && !text.includes('othing') && !text.includes('funny') && !text.includes('appen')) return null;
  const m = COINCIDENCE.exec(text);
  if (!m || DENIED_COINCIDENCE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
  // ("the 23% automation rate: nothing to do with the salary premium": in the figure's own sentence, of a thing it names.)
  const ownSentence = sameSentence && /^nothing\s+to\s+do\s+with\s+(?:the|a|an|any)\b/i.test(text.slice(m.index));
  return /^nothing/i.test(m[0]) && !SAME_NUMBER.test(text) && !ownSentence ? null : m;
}
/** How far into the next sentence such words are read. */
const COINCIDENCE_NEXT = 120;

/** Right after the figure, the writer calls it another thing: ", a different market altogether". */
const DIFFERENT_AFTER = /^\s*[,—–(-]\s*((?:a|an)\s+(?:quite\s+|very\s+|entirely\s+)?(?:different|another|separate|unrelated)\s+(?:population|group|measure|question|market|survey|sample|metric|thing|statistic|figure|number))\b/i;

const SAME_AS_SOURCE = /^[^.;!?]{0,80}?\bthe\s+same\s+(?:multiple|figure|number|share|percentage|rate|ratio|factor|margin|speed-?up|saving|gain|result)\s+(?:as\s+)?(?:the\s+one\s+)?((?:the\s+)?(?:article|piece|report|paper|study|survey|source)|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s)?\s+(?:gives|reports|cites|quotes|claims|found|finds|puts|published)\b/iu;

/** After a share: the chance, odds or probability of something. */
const CHANCE_AFTER = /^\s+(?:chance|odds|probability|likelihood)\b/i;

const APART_WORDS = /unrelated|confused|different|distinct|separate|same\s+as|short\s+of|below|above|behind|ahead/i;
const TRANSLATED_APART = /no\s+es\s+(?:la\s+cifra|el\s+(?:número|dato))\s+de|n['’]est\s+pas\s+le\s+(?:chiffre|nombre)\s+de|(?:ne\s+(?:faut|doit)\s+pas|à\s+ne\s+pas)\s+(?:le\s+|la\s+|les\s+)?confondre\s+avec|no\s+(?:hay\s+que\s+|debe\s+)?confundir(?:se|lo|la)?\s+con|nicht\s+zu\s+verwechseln\s+mit|とは別物|とは別の|とは異なる|とは違う|不同于|不同於|并非同一|並非同一|不是同一|[와과]는?\s?다른/i;
const OUTWEIGHS_WORDS = /swamp|dwarf|eclips|outweigh/i;
/** "…, which swamps any open-source premium", "dwarfing the article's figure": what the figure is weighed against, after it. */
const OUTWEIGHS = /^[^.!?]{0,60}?\b(?:swamps?|swamping|swamped|dwarfs?|dwarfing|dwarfed|eclipses?|eclipsing|eclipsed|outweighs?|outweighing|outweighed)\s+((?:any|the|that|this|an?)\s+[^.;!?]{1,48})/i;

const SET_APART = /^[^.!?]{0,80}?\b(?:unrelated\s+to|not\s+to\s+be\s+confused\s+with|(?:quite\s+|very\s+)?different\s+from|distinct\s+from|separate\s+from|not\s+the\s+same\s+as|(?:well\s+|far\s+|just\s+)?short\s+of|(?:well\s+|far\s+)?(?:below|above|behind|ahead\s+of))\s+((?:the\s+)?(?:article|piece|report|paper|study|survey|source|\p{Lu}[\p{L}.-]*)['’]s)\s/iu;

/** Words after a figure that set it beside another's ("the same as", "the same number Whisper reports", "are more than"). */
const COMPARATOR = /,?\s+(?:the\s+same(?:\s+(?:number|figure|count|amount|share|total))?(?:\s+as)?|as\s+(?:much|many)\s+as|(?:are|is|was|were)\s+(?:more|fewer|less|bigger|larger|smaller|greater)\s+than|just\s+like|unlike|compared\s+(?:to|with)|(?:essentially\s+|effectively\s+|almost\s+|nearly\s+|roughly\s+|well\s+|just\s+|far\s+)?(?:on\s+par\s+with|level\s+with|ahead\s+of|beating|surpassing|outscoring|outperforming|trailing|(?:tying|ties|matching|matches|equalling|equaling|equals|behind)(?=\s[^.;,]{0,30}?(?:['’]s\s|\d)))\s|which\s+is\s+(?=\p{Lu}[\p{L}\p{N} .-]{0,30}['’]s\s+(?:own\s+)?(?:number|figure|count|total)\b))/iu;

/** Where a comparison's other side starts after the figure, or `end`. */
function comparatorAfter(text: string, from: number, end: number): number {
  // The phrase follows the figure closely; looking no further keeps a long sentence linear.
  const m = COMPARATOR.exec(text.slice(from, Math.min(end, from + NEAR_AFTER)));
  return m ? from + m.index : end;
}

/** How far after or before a figure the words that set it beside another, or open its clause, are looked for. */
const NEAR_AFTER = 160;

/** Words pointing back to a benchmark named before ("on the same benchmark", "on that test"). */
const SAME_BENCHMARK = /\b(?:the\s+same|that|this)\s+(?:benchmark|test|eval|evaluation|task|suite|leaderboard)\b/i;

/** Any of `BUILT_ON`'s phrases: most sentences have none, and their names are not read for it. */
const BUILT_ON_IN = /\b(?:based|built|fine-?tuned|derived|distilled|trained|top|derivative|fine-?tune|distillation)\s+(?:on|from|of)\b/i;

/** A relative clause opening right after a name and holding the figure: what it says is of that name. */
const RELATIVE_CLAUSE = /^\s*,?\s*(?:which|whose|that|who)\b[^,;:.()\u2014]*$/i;

/** "based on", "fine-tuned from", "a derivative of": what comes after names the model another is built on. */
const BUILT_ON = /\b(?:based\s+on|built\s+on|built\s+from|fine-?tuned\s+(?:from|on)|derived\s+from|distilled\s+from|trained\s+from|on\s+top\s+of|derivative\s+of|fine-?tune\s+of|distillation\s+of)\s+(?:the\s+|Meta['’]s\s+)?$/i;

/** The names before a figure in its sentence, and those of them named as what another model is built on ("… based on LLaMA2, has …"). */
function namesBuiltOn(text: string, from: number, to: number): { names: Name[]; based: Name[] } {
  const names = namesIn(text, from, to);
  return { names, based: names.filter((n) => builtOnBySubject(text, from, n)) };
}

function builtOnBySubject(text: string, from: number, name: Name): boolean {
  const window = Math.max(from, name.start - 30);
  const m = BUILT_ON.exec(text.slice(window, name.start));
  // "Based on Hugging Face's usage, …" opening a sentence says where a figure comes from, not what a model is built on.
  return m !== null && /\p{L}/u.test(text.slice(from, window + m.index));
}

/** Words that make a model's name another, smaller or faster project's ("Distil-Whisper", "Tiny-Llama"). */
const DERIVED_PREFIXES: ReadonlySet<string> = new Set(['distil', 'distill', 'distilled', 'faster', 'fast', 'tiny', 'mini', 'nano', 'micro', 'lite', 'quantized', 'quantised']);
const DERIVED_IN = new RegExp(`\\b(?:${[...DERIVED_PREFIXES].join('|')})-`, 'i');

/** "faster-whisper", "tiny-llama" beside the figure: a project named after the record's model, not the model. */
function derivedProject(tokens: readonly string[], names: string[][]): string | undefined {
  for (const token of tokens) {
    const dash = token.indexOf('-');
    if (dash < 0 || token.includes(' ')) continue;
    const pieces = token.split('-');
    if (names.some((r) => pieces.includes(r[0]))) return token;
  }
  return undefined;
}

/** "models such as BloombergGPT": a name given as an example of what the figure is about, not its owner. */
function isExample(text: string, name: Name): boolean {
  // "Med-PaLM-style domain models": a name that gives a kind ("-style", "-like", "-class") is an example of it, not whose the figure is.
  // ("Domain models (BloombergGPT, Med-PaLM) need 10x less compute": names in brackets after a plural noun are examples of it.)
  // ("… the NWCast article The Rise of Open-Source AI Models": the title of a work is no one's name.)
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  // ("총경제효과(TEI) 조사": Latin capitals in brackets right after Chinese, Japanese or Korean words spell those words out.)
  return /\b(?:such as|like|e\.g\.,?|including|for example,?|for instance,?)\s+$/i.test(before.slice(-20)) || KIND_OF_NAME.test(text.slice(name.end, name.end + 10)) || EXAMPLES_IN_BRACKETS.test(before) || TITLE_OF_WORK.test(before) || (/[(（]$/.test(before) && CJK.test(before.slice(-2, -1)));
}

/** "Domain models (BloombergGPT, Med-PaLM)": names in brackets after a kind of model are examples of it ("Early adopters (Shopify, …)" are whose). */
const EXAMPLES_IN_BRACKETS = /\b(?:models|LLMs|checkpoints|variants|systems|tools|frameworks|assistants|chatbots|libraries)\s+\((?:[^()]{0,40},\s*)?$/u;
/** "the NWCast article The Rise of Open-Source AI Models": a work's title, capitalised words and the small words between them. */
const TITLE_OF_WORK = /\b(?:article|report|paper|piece|post|book|study|essay|whitepaper|blog)\s+(?:(?:titled|entitled|called|named)\s+)?["“'‘*_]*\p{Lu}[\p{L}\p{N}'’-]{0,30}:?\s{1,3}(?:(?:\p{Lu}[\p{L}\p{N}'’-]{0,30}|of|the|and|an?|to|for|in|on|with|from):?\s{1,3}){0,9}$/u;

const KIND_OF_NAME = /^-(?:style|like|class|type|inspired|esque|flavou?red)\b/i;

/**
 * "Its customers", "Their team" opening the sentence, with the sentence before naming one party (not a source, a
 * benchmark or a model family): that party's customers or team, as written; else undefined.
 */
function possessedByPartyBefore(place: ClaimPlace): string | undefined {
  const m = POSSESSIVE_OPENING.exec(place.text.slice(place.sentenceStart, place.sentenceStart + 40));
  if (!m || !OWNED_NOUNS.has(m[2].toLowerCase())) return undefined;
  const names = namesIn(place.around, 0, place.around.length).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n));
  // ("Their" is a plural's as often: "Open models run well …, as Ollama has shown. Their responses …"; only the sentence's subject.)
  const plural = m[1].toLowerCase() === 'their';
  const party = names.find((n) => !OPENING_MODEL.test(n.parts.join(' ')) && (!plural || n.start <= 2));
  if (party) return `${display(party.parts)}'s ${m[2]}`;
  // ("Ferrule had a strong quarter. …": a portfolio's or case study's paragraph opens on its party's name, which, first
  // in its sentence, no name reading takes for one; a capitalised word the note never writes in lower case is one.)
  const lead = LEAD_WORD.exec(place.setting || place.around);
  if (!lead || COMMON_OPENINGS.has(lead[1].toLowerCase()) || OPENING_MODEL.test(lead[1])) return undefined;
  const lower = lead[1].toLowerCase();
  return place.text.includes(lower) || place.around.includes(lower) || place.setting.includes(lower) ? undefined : `${lead[1]}'s ${m[2]}`;
}

const LEAD_WORD = /^\s*(\p{Lu}\p{Ll}{2,})\s+(?:had|has|is|was|grew|closed|raised|signed|saw|posted|reported|doubled|tripled|added|launched|shipped|won)\b/u;
/** Openers that are no party's name: pronouns, and the groups a share is of ("Enterprises had a good year. Their savings …"). */
const COMMON_OPENINGS: ReadonlySet<string> = new Set(
  ('this that these those there here revenue growth everyone nobody adoption usage demand nothing everything each every which what who ' +
    'enterprises enterprise companies company organisations organizations organisation organization firms firm businesses business banks ' +
    'engineers developers startups teams vendors customers users researchers analysts governments hospitals insurers retailers universities ' +
    'schools agencies specialists employers employees workers people buyers investors labs models platforms').split(' '),
);

const POSSESSIVE_OPENING = /^[\s"“(*_]*(its|their)\s+(?:own\s+)?([\p{L}-]+)/iu;

/** A cell's contrasts, with the side of a price its column header says where the cell says none. */
function cellSide(contrasts: Contrasts, place: ClaimPlace): Contrasts {
  if (!place.cell || contrasts.tokens) return contrasts;
  const newline = place.around.indexOf('\n');
  const side = tokenSideOfHeader(newline >= 0 ? place.around.slice(0, newline) : place.around);
  return side ? { ...contrasts, tokens: side } : contrasts;
}

/** What a rate is per, as a term, from its unit ("USD/token" is per token), or undefined for a figure that is no rate. */
function rateBasis(unit: string): string | undefined {
  const slash = unit.indexOf('/');
  return slash > 0 ? termOf(unit.slice(slash + 1)) || undefined : undefined;
}

/** For a record that names no one: does the note repeat what qualifies its subject ("open-source", "tools")? */
function qualifiers(place: ClaimPlace, facets: RecordFacets, ev: Evidence): void {
  if (facets.core.size === 0) {
    ev.owner = 'near';
    return;
  }
  const near = sharedTerms(termSet(place, 'zone', () => place.text.slice(place.zoneStart, place.zoneEnd)), facets.core);
  // Further off: the sentence up to the figure's clause's end, and the sentences before. A clause after a ";"
  // speaks of something else ("'up to 10x cheaper' … rests on no experiment; the tenfold saving concerns domain-specific models").
  const far = near.length ? near : sharedTerms(termSet(place, 'clauses around setting', () => widerText(place, clausesEnd(place))), facets.core);
  if (far.length) {
    ev.agreed.push(far.join(' '));
    // A cell's row says whose its figure is, as a clause does; a column header alone ("Open-Source Gap") only suggests it.
    const inRow = place.cell && sharedTerms(termSet(place, 'sentence', () => place.text.slice(place.sentenceStart, place.sentenceEnd)), facets.core).length > 0;
    // "Frontier training is approaching $1 billion per model. It could reach $10 billion …": the pronoun is the sentence before's subject.
    const pointedTo = !near.length && place.pronounOpening === true && far.every((t) => termSet(place, 'around', () => place.around).has(t));
    ev.owner = near.length || inRow || pointedTo ? 'near' : 'far';
    // "73% of organizations worldwide are using or piloting AI": a share of adopters of any AI, where the record counts those running
    // open-source models in production; one of the two must be said, in the clause or around it.
    // (Only where the clause says "AI" itself: "enterprise adoption is not 73% but 37%" leaves what is adopted to the note.)
    if (facets.population && facets.core.has(PRODUCTION) && facets.core.has(OPEN) && !far.includes(OPEN) && !far.includes(PRODUCTION) && termSet(place, 'zone', () => place.text.slice(place.zoneStart, place.zoneEnd)).has(AI) && !termSet(place, 'clauses around setting', () => widerText(place, clausesEnd(place))).has(OPEN)) ev.contradicted.push('a share of those using any AI, not open-source models in production');
  } else ev.missing.push([...facets.core].join(' '));
}

const OPEN = termOf('open');
const AI = termOf('ai');

/** The figure's sentence up to `end`, the sentence before and the setting: where an owner named further off is read. */
function widerText(place: ClaimPlace, end: number): string {
  return `${place.text.slice(place.sentenceStart, end)}\n${place.around}\n${place.setting}`;
}

/** Where the figure's sentence stops speaking of it: the first ";" or dash after the figure, else the sentence's end. */
function clausesEnd(place: ClaimPlace): number {
  const { text, claimEnd, sentenceEnd } = place;
  for (let i = claimEnd; i < sentenceEnd; i++) {
    const c = text[i];
    if (c === ';' || c === '—') return i;
  }
  return sentenceEnd;
}

function sharedTerms(terms: Set<string>, core: Set<string>): string[] {
  // Most records have no aliases, and most a note's words never meet: the record's few terms are looked up first.
  if (core.size === 0) return [];
  let any = false;
  for (const t of core) {
    if (terms.has(t)) {
      any = true;
      break;
    }
  }
  // In the note's order, as the hover says them.
  return any ? [...terms].filter((t) => core.has(t)) : [];
}

/** Does `text[from, to)` hold the name, word for word (any case)? */
function hasName(parts: readonly string[], name: string[]): boolean {
  // The family and version in a row ("Llama 2"); a variant may stand apart ("Llama 2 … the 70B model").
  const head = name.length > 2 && VARIANT.test(name[name.length - 1]) ? name.slice(0, -1) : name;
  outer: for (let i = 0; i + head.length <= parts.length; i++) {
    for (let k = 0; k < head.length; k++) if (parts[i + k] !== head[k]) continue outer;
    return head === name || parts.includes(name[name.length - 1]);
  }
  return false;
}

/** A variant size ending a model's name ("70b"). */
const VARIANT = /^\d+(?:\.\d)?[bmk]$/;

/** "3.2x faster than API-based services …": the terms of what a multiplier compares with. */
function comparedWith(text: string, end: number): string[] | undefined {
  const m = THAN.exec(text.slice(end, end + 100));
  return m ? termsOf(m[1]).flatMap((t) => t.split(' ')) : undefined;
}

const THAN = /^[^.;:]{0,30}?\bthan\s+(?:the\s+)?([^.;:,]{1,60})/i;

/**
 * "its API is up to 5x faster than self-hosting" against "local deployment 3.2x faster than
 * API-based services": what the record compares with stands before the note's figure,
 * and not after its "than": the comparison the other way round.
 */
function comparedTheOtherWay(place: ClaimPlace, facets: RecordFacets): string | undefined {
  if (!facets.than?.length) return undefined;
  const before = termSet(place, 'before figure', () => place.text.slice(place.zoneStart, place.claimStart));
  const thanSide = once(place, 'than side', () => comparedWith(place.text.slice(0, place.zoneEnd), place.claimEnd));
  // "grew external contributions 4.7x in 18 months": a growth over time, where the record compares with another thing.
  if (!thanSide && once(place, 'grew by', () => GREW_BY.test(place.text.slice(Math.max(place.zoneStart, place.claimStart - 48), place.claimStart)) && OVER_TIME.test(place.text.slice(place.claimEnd, Math.min(place.zoneEnd, place.claimEnd + 32))))) {
    return "a growth over time, not the record's comparison with another thing";
  }
  // "This 3.2x year-over-year increase", "a 4.7x jump": a growth, named right after the multiple, not the record's comparison with another thing.
  // ("a 3.2x increase in response speed over API-based services" sets it against another thing after all.)
  if (!thanSide && once(place, 'growth after', () => grownAfter(place.text.slice(place.claimEnd, place.zoneEnd)))) {
    return "a growth over time, not the record's comparison with another thing";
  }
  // "p95 latency 3.2x better than the Q1 baseline", "4.7x more contributions than in Q1": set against its own past, not another thing.
  const earlier = once(place, 'than earlier', () => THAN_EARLIER.exec(place.text.slice(place.claimEnd, Math.min(place.zoneEnd, place.claimEnd + 120))));
  if (earlier) return `compared with its own earlier figure ("${earlier[0].trim()}"), not with another thing`;
  // "3.2x faster than the old assistant", "than our previous API-based setup", "than its predecessor": one system before and after, not the record's comparison of kinds.
  const replaced = once(place, 'than replaced', () => THAN_REPLACED.exec(place.text.slice(place.claimEnd, Math.min(place.zoneEnd, place.claimEnd + 120))));
  if (replaced) return `compared with the system it replaced ("${replaced[0].trim()}"), not with another kind of thing`;
  if (!thanSide) return undefined;
  const swapped = facets.than.find((t) => before.has(t) && !thanSide.includes(t));
  return swapped ? `compared the other way round ("${swapped}" before the figure)` : undefined;
}

// (The figure's own comparison, a few words on with no comma; a time or a baseline, not an adjective of the thing compared: "than prior API-based services".)
const THAN_EARLIER = /^\s*(?:[\p{L}-]+\s+){0,7}?than\s+(?:(?:in|at|during|before)\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:q[1-4]|h[12]|fy\s?\d{2,4})\b|(?:19|20)\d\d(?![\d-])|(?:last|previous|prior|earlier)\s+(?:year|quarter|month|week|release|version|run|period|baseline)\b|baseline\b|before(?=\s*[.;,)]|$)|(?:a|one)\s+(?:year|quarter|month|week)\s+ago\b)/iu;

// (The figure's own "than", with "the" or "our", and one earlier system: not "than prior API-based services", the record's own
// comparison of kinds, nor "the existing … platform" or "the legacy … architecture" it is set against.)
const THAN_REPLACED = /^\s*(?:(?!than\b)[\p{L}-]+\s+){0,4}?than\s+(?:the|our|its|their)\s+(?:previous|prior|old|older|former|original|earlier)\s+(?:[\p{L}-]+\s+){0,1}?(?:assistant|system|setup|stack|pipeline|solution|provider|vendor|deployment|chatbot|bot)(?![\p{L}-])|^\s*(?:(?!than\b)[\p{L}-]+\s+){0,4}?than\s+(?:its|their|the)\s+predecessors?\b/iu;

function grownAfter(after: string): boolean {
  const m = GROWTH_AFTER.exec(after.slice(0, 40));
  return m !== null && !AGAINST_ANOTHER.test(after.slice(m[0].length).replace(PERIOD_OVER_PERIOD, ''));
}

const PERIOD_OVER_PERIOD = /\b(?:year|quarter|month)[-\s]over[-\s](?:year|quarter|month)\b/gi;
const AGAINST_ANOTHER = /\b(?:over|than|versus|vs\.?|compared|relative|against|instead|beside|beats?|outpac\w*)\b/i;
const GROWTH_AFTER = /^\s*(?:(?:year[-\s]over[-\s]year|year[-\s]on[-\s]year|yoy|annual|annualized|quarter[-\s]over[-\s]quarter|qoq|sequential)\s+)?(?:increase|growth|jump|rise|surge|gain|leap|spike)\b|^\s*(?:year[-\s]over[-\s]year|year[-\s]on[-\s]year|yoy|quarter[-\s]over[-\s]quarter|qoq)\b/i;
const GREW_BY = /\b(?:grew|grow|grows|grown|increased|rose|jumped|multiplied|expanded)\b[^.;:]*$/i;
const OVER_TIME = /^\s*(?:in|over|within|across)\s+(?:the\s+(?:last|past)\s+)?(?:\d+|a|one|two|three|four|five|six|twelve|eighteen)\s+(?:months?|years?|quarters?|weeks?)\b/i;

/** What the figure measures: the benchmark, the thing counted, a share's population, the kind of quantity. */
/** `local`: the figure's own words, as `localSpan` finds them (worked out once per record weighed). */
function measures(place: ClaimPlace, claim: DetectedClaim, facets: RecordFacets, ev: Evidence, local: [number, number]): void {
  const { text } = place;
  if (facets.benchmarks.length) {
    // "WizardMath also reports results on the harder MATH benchmark; its 22.7% there …": "there" is the benchmark the clause before names.
    if (THERE_AFTER.test(text.slice(place.claimEnd, place.claimEnd + 8)) && local[0] > place.sentenceStart) {
      const before = once(place, 'benchmarks before clause', () => benchmarksIn(text, place.sentenceStart, local[0]));
      if (before.length && !before.some((b) => facets.benchmarks.includes(b))) {
        ev.contradicted.push(`scores ${before[before.length - 1]} ("there"), not ${facets.benchmarks[0]}`);
        return;
      }
    }
    // "The MMLU panel shows … 67.5, which looks copied from the HumanEval column": the figure's own clause first.
    const own = once(place, 'local benchmarks', () => benchmarksIn(text, local[0], local[1]));
    const zone = own.length ? own : once(place, 'zone benchmarks', () => benchmarksIn(text, place.zoneStart, place.zoneEnd));
    // ("On MMLU, Llama 2 70B: 67.5, GPT-4: 67.0": the figure's own sentence, when it names a benchmark, before the sentences around.)
    const sentenceOnly = zone.length ? zone : once(place, 'sentence benchmarks only', () => benchmarksIn(text, place.sentenceStart, place.sentenceEnd));
    const seen = sentenceOnly.length ? sentenceOnly : once(place, 'sentence benchmarks', () => benchmarksIn(text, place.sentenceStart, place.sentenceEnd).concat(benchmarksIn(place.around, 0, place.around.length)));
    if (seen.some((b) => facets.benchmarks.includes(b))) {
      ev.agreed.push(facets.benchmarks[0]);
      ev.measure = true;
    }
    else if (zone.length) ev.contradicted.push(`scores ${zone[0]}, not ${facets.benchmarks[0]}`);
    else if (sentenceOnly.length && !place.cell) ev.contradicted.push(`in a sentence about ${sentenceOnly[0]}, not ${facets.benchmarks[0]}`);
    // "OpenMed-Clin scores 71.4 on MedQA. … Llama 2 70B scores 67.5 on the same benchmark": the benchmark pointed back to.
    else if (seen.length && SAME_BENCHMARK.test(text.slice(local[0], local[1]))) ev.contradicted.push(`scores ${seen[0]}, not ${facets.benchmarks[0]}`);
    else ev.missing.push(facets.benchmarks[0]);
  } else if (claim.unit === 'percent' || claim.unit === 'score') {
    // "the HumanEval score of StarCoder rose from 34% to over 40%": a benchmark's score, where the record measures none.
    // (The later end of "from 34% to 40%" opens a zone of its own; its clause starts where the earlier end's does.)
    const from = once(place, 'pair start', () => pairedFrom(place, local[0]));
    const own = from === local[0] ? once(place, 'local benchmarks', () => benchmarksIn(text, local[0], local[1])) : once(place, 'paired benchmarks', () => benchmarksIn(text, from, local[1]));
    if (own.length) ev.contradicted.push(`a score on ${own[0]}, where the record measures no benchmark`);
  }
  if (facets.counted) {
    const counted = once(place, 'counted', () => countedAfter(text, place.claimEnd, place.zoneEnd));
    const narrowing = counted ? once(place, 'counted names', () => namesIn(text, place.claimEnd, countedEnd(text, place.claimEnd, place.zoneEnd), false)) : [];
    const narrowed = narrowing.find((n) => !facets.names.some((r) => sameName(n.parts, r)));
    if (narrowed) ev.contradicted.push(`counts only ${narrowed.parts.join(' ')} ${counted}s`);
    else if (counted === facets.counted) {
      // "2.1 billion downloads of Hugging Face *datasets*": downloads of another kind of thing than the record's.
      const object = once(place, 'counted object', () => countedObject(text, countedEnd(text, place.claimEnd, place.zoneEnd), place.zoneEnd) ?? artifactIn(text, place.claimEnd, Math.min(place.zoneEnd, place.claimEnd + 40)));
      const otherThing = object ? otherObject(object, counted, facets) : undefined;
      if (otherThing) ev.contradicted.push(otherThing);
      else {
        ev.agreed.push(facets.counted);
        ev.measure = true;
      }
    }
    else if (counted) ev.contradicted.push(`counts ${counted}s, not ${facets.counted}s`);
    else {
      // "The Hub's catalogue of datasets passed 250,000 entries": no noun after the figure, but its subject counts another thing.
      const other = once(place, 'zone counted', () => countedIn(text, place.zoneStart, place.claimStart));
      // "| Downloads of released models on Hugging Face | 1.1 million |": a cell counts what its headers' head nouns name.
      const headed = place.cell && other.size === 0 ? headersCountOther(place, facets.counted) : undefined;
      if (headed) ev.contradicted.push(`counts ${headed}s, not ${facets.counted}s`);
      if (other.size && !other.has(facets.counted)) ev.contradicted.push(`about ${[...other][0]}s, not ${facets.counted}s`);
      else if (other.size) {
        // "dataset downloads have also passed 2.1 billion": the record's count, of another kind of thing.
        const object = once(place, 'zone counted object', () => artifactIn(text, place.zoneStart, place.claimStart));
        const otherThing = object ? otherObject(object, facets.counted, facets) : undefined;
        if (otherThing) ev.contradicted.push(otherThing);
      }
    }
  }
  if (claim.unit === 'percent') {
    const population = notedPopulation(place);
    // "41% see their development costs decrease": the subject of its verb, a share of those who do, never a change.
    // ("a further 40% were exploring", "42% had deployed": a share of those the verb after its auxiliary tells of.)
    const sharing = !population && !facets.population && [...facets.kinds].some((k) => CHANGES.has(k)) ? once(place, 'share verb', () => { const after = text.slice(place.claimEnd, place.claimEnd + 40); const aux = SHARE_AUX_AFTER.exec(after); return SHARE_VERB_AFTER.exec(after)?.[1] ?? aux?.[1] ?? aux?.[2]; }) : undefined;
    if (sharing) ev.contradicted.push(`a share of those who ${sharing}, not a change`);
    // ("WizardMath gets 81.6% of GSM8K problems right", "81,6 Prozent der GSM8K-Matheaufgaben": a share of a benchmark's problems is the score on it.)
    else if (population && !facets.population && !facets.benchmarks.some((b) => population.some((t) => t === b || t.startsWith(`${b}-`)))) ev.contradicted.push(`a share of ${population.join(' ')}`);
    else if (population && facets.population) {
      const head = population.indexOf(SHARED_HEAD);
      // Of a coordination's shared head ("… of enterprise and 27% of startup deployments"): that head must be the record's.
      const agrees = head >= 0 ? population.slice(head + 1).every((t) => facets.population!.includes(t)) : population.some((t) => facets.population!.includes(t)) && sameHead(population, facets.population);
      // "28% of the organisations sampled": one survey's sample, not the population the record counts.
      const sample = population.find((t) => SAMPLE_TERMS.has(t) && !facets.population!.includes(t));
      // "90% of enterprises are experimenting with open models": those trying them, not those running them in production.
      const trying = agrees && facets.terms.has(PRODUCTION) ? once(place, 'trying', () => { const m = TRYING_AFTER.exec(text.slice(place.claimEnd, Math.min(place.sentenceEnd, place.claimEnd + 80))); return m ? m[1] ?? m[2] : undefined; }) : undefined;
      if (sample) ev.contradicted.push(`of a survey's sample ("${population.join(' ')}"), not ${facets.population.join(' ')}`);
      else if (trying) ev.contradicted.push(`a share of those ${trying}, not of those in production`);
      else if (agrees) ev.agreed.push(facets.population.join(' '));
      else ev.contradicted.push(`of ${population.join(' ')}, not ${facets.population.join(' ')}`);
    } else if (facets.population) {
      // "the 85% forecast for enterprise AI workloads": the population named without "of" — in
      // the figure's clause, its table row, or the clause it points back to ("the article says 73%").
      // "…in production: 73% do, 27% do not": a clause naming nothing but the figure speaks of its sentence's subject.
      const wide = place.cell || place.elliptical || termSet(place, 'local', () => text.slice(local[0], local[1])).size === 0;
      const [from, to] = wide ? [place.sentenceStart, place.sentenceEnd] : local;
      const key = wide ? 'sentence' : 'local';
      const named = termSet(place, key, () => text.slice(from, to));
      if (facets.population.every((t) => named.has(t))) ev.agreed.push(facets.population.join(' '));
      // "…85% of enterprise AI workloads by 2028. The note puts that same 85% in 2026.": pointing back, it counts whom the sentence before counts.
      else if (place.elliptical && facets.population.every((t) => termSet(place, 'sentence around setting', () => widerText(place, place.sentenceEnd)).has(t))) ev.agreed.push(facets.population.join(' '));
      // "the platform survey's 41%": the record's own source, named, says whose share it is.
      else if (handedToSource(place, key, from, to, facets) && !attributed(place, key, from, to)) ev.agreed.push(facets.source.join(' '));
      else ev.missing.push(facets.population.join(' '));
    }
  }
  const qualifier = facets.kinds.has('market') ? qualifierClash(marketNamed(place, local), facets) : facets.kinds.has('cost') ? qualifierClash(once(place, 'cost qualifiers', () => (COST_HEAD_IN.test(text.slice(local[0], local[1])) ? headQualifiers(wordsIn(text, local[0], local[1]), COST_HEADS, text) : undefined)), facets) : undefined;
  if (qualifier) ev.contradicted.push(qualifier);
  // "Robotics startups raised $12.4 billion": startups of another field than the record's ("open-source AI startups").
  else if (FIRM_HEAD_TERMS.some((t) => facets.terms.has(t))) {
    const field = once(place, 'field of firms', () => (FIRM_HEAD_IN.test(text.slice(local[0], local[1])) ? fieldOfFirms(wordsIn(text, local[0], local[1])) : undefined));
    if (field && !facets.terms.has(termOf(field))) ev.contradicted.push(`${field.toLowerCase()} firms, not the ${facets.label}`);
  }
  // (A cell's column header says its side of a price too: "| Output price ($/1K tokens) |".)
  const contrast = contrastClash(once(place, 'contrasts', () => cellSide(contrastsIn(text.slice(local[0], local[1])), place)), facets.contrasts);
  if (contrast) ev.contradicted.push(contrast);
  // ("$0.3 per 1,000 tokens": a rate's own span says what it is per; not a range's, which holds a record's figure only loosely.)
  const per = once(place, 'per', () => perAfter(text, place.claimEnd, place.zoneEnd) ?? (claim.max === undefined ? rateBasis(claim.unit) : undefined));
  if (per && facets.per) {
    if (per === facets.per) {
      ev.agreed.push(`per ${per}`);
      ev.measure = true;
    }
    else ev.contradicted.push(`per ${per}, not per ${facets.per}`);
  }
  const measured = facets.benchmarks.length > 0 && !ev.missing.includes(facets.benchmarks[0]) || (per !== undefined && per === facets.per);
  if (facets.kinds.size && !measured) {
    const [from, to] = local;
    const near = once(place, 'near kinds', () => {
      const found = kindsIn(text, from, to);
      // "up 340% on 2024", "down 12%": the direction right before a change is its kind.
      if (/\b(?:up|climbing|rising)\s+(?:by\s+)?$/i.test(text.slice(Math.max(0, place.claimStart - 14), place.claimStart))) found.add('growth');
      // ("| +165% |" where the row names no kind: the sign says it is a change; "+23%" beside "Salary premium" is the premium.)
      if (place.cell && found.size === 0 && text[place.claimStart - 1] === '+' && claim.unit === 'percent') found.add('growth');
      // "… another round of fresh funding and will see the companies overall value exceed $100 billion": a company's value or a valuation,
      // said just before the figure, is what it measures, whatever funding the clause names.
      const valueWindow = text.slice(Math.max(from, place.claimStart - VALUE_REACH), place.claimStart);
      if (valueWindow.includes('valu') && VALUE_OF_COMPANY.test(valueWindow)) {
        found.clear();
        found.add('valuation');
      }
      // "That is lower than NWCast's 23%": the figure is what something else is compared with, which way says nothing of it.
      if (COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, place.claimStart - 48), place.claimStart))) for (const way of DIRECTIONS) found.delete(way);
      return found;
    });
    const kinds = near.size ? near : once(place, 'sentence kinds', () => kindsIn(text, place.sentenceStart, place.sentenceEnd));
    const shared = [...kinds].filter((k) => facets.kinds.has(k));
    // Growth and reduction say which way, not what: "cuts latency by 10x" is no saving of compute.
    const noteWhat = [...near].filter((k) => !DIRECTIONS.has(k));
    const recordWhat = [...facets.kinds].filter((k) => !DIRECTIONS.has(k));
    if (noteWhat.length && recordWhat.length && !noteWhat.some((k) => facets.kinds.has(k))) {
      ev.contradicted.push(`${noteWhat[0]}, not ${recordWhat[0]}`);
    } else if (shared.length) {
      ev.agreed.push(shared.join(', '));
      if (near.size && (recordWhat.length === 0 || shared.some((k) => !DIRECTIONS.has(k)))) ev.measure = true;
    } else if (near.size && !facets.counted) ev.contradicted.push(`${[...near][0]}, not ${[...facets.kinds][0]}`);
    else {
      // "GPU spend grew from $0.9M … to $2.3M": the words leading up to the figure say what it measures, and it is none of the record's.
      const leading = !near.size && recordWhat.length && !facets.counted ? once(place, 'leading kinds', () => kindsIn(text, leadingFrom(place), place.claimStart)) : undefined;
      const leadingWhat = leading ? [...leading].filter((k) => !DIRECTIONS.has(k)) : [];
      if (leadingWhat.length && !leadingWhat.some((k) => facets.kinds.has(k))) ev.contradicted.push(`${leadingWhat[0]}, not ${recordWhat[0]}`);
      else ev.missing.push([...facets.kinds][0]);
    }
  }
}

const DIRECTIONS = new Set(['growth', 'reduction']);

/** How far before a figure a company's value is read as what it measures. */
const VALUE_REACH = 40;
/** "the company's overall value", "its total value", "enterprise value": what a company is worth (not "market value", not "annual value"). */
const VALUE_OF_COMPANY = /\b(?:(?:compan(?:y|ies)['’]?s?|firm['’]?s?|startup['’]?s?|its|their|overall|total|enterprise|post-money|pre-money)\s+(?:overall\s+|total\s+)?value|valuations?)\b/i;

/** "lower than NWCast's", "higher than the": a comparison whose other side is the figure after it. */
const COMPARED_WITH_BEFORE = /\b(?:lower|higher|less|more|smaller|larger|greater|fewer|below|above)\s+than\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*['’]s\s+)?(?:~|about\s+|around\s+)?[$€£]?$/u;

/** Nouns that, after a population's word, make it a population of things ("enterprise AI workloads", "enterprises' budgets"). */
const THINGS_OF = new Set(['workload', 'workloads', 'deployment', 'deployments', 'budget', 'budgets', 'project', 'projects', 'application', 'applications', 'app', 'apps', 'job', 'jobs', 'posting', 'postings', 'spend', 'spending', 'team', 'teams', 'employee', 'employees', 'developer', 'developers', 'user', 'users', 'customer', 'customers'].flatMap((w) => termsOf(w)));

/**
 * "80% of enterprises" is no share of "enterprise AI workloads", nor the other way round:
 * a population whose head is a thing of the other's word counts something else.
 */
function sameHead(note: string[], record: string[]): boolean {
  const recordHead = record[record.length - 1];
  if (record.length > 1 && THINGS_OF.has(recordHead) && !note.includes(recordHead)) return false;
  const at = note.findIndex((t) => record.includes(t));
  for (let k = at + 1; k < note.length && k <= at + 2; k++) if (THINGS_OF.has(note[k]) && !record.includes(note[k])) return false;
  return true;
}

/**
 * Where the words that lead up to a figure start: after the figure before it ("$100M of
 * compute and the API was $0.03"), unless the two are a "from … to" pair sharing what
 * opens their clause ("GPU spend grew from $0.9M in FY2024 to $2.3M"); never before a ";".
 */
function leadingFrom(place: ClaimPlace): number {
  const { text, sentenceStart, claimStart } = place;
  let from = sentenceStart;
  for (let i = claimStart - 1; i >= Math.max(sentenceStart, claimStart - NEAR_AFTER); i--) {
    if (text[i] === ';' || text[i] === '\u2014') {
      from = i + 1;
      break;
    }
  }
  // Figures are in order and apart: the one before this one ends last of those before it.
  const before = place.figures[place.index - 1];
  const previous = before && before.end <= claimStart && before.end > from ? before : undefined;
  if (!previous) return from;
  const between = text.slice(previous.end, claimStart);
  if (/^\s*(?:in\s+\S+\s+)?to\s+$/i.test(between)) return from;
  // What follows the figure before is its own ("$100M of compute"): this one's words start at the joint ("and the API was").
  let joint = 0;
  for (const m of between.matchAll(/,|\b(?:and|but|while|whereas)\b/g)) joint = m.index + m[0].length;
  return previous.end + joint;
}

/**
 * What a cell's headers count when it is plainly another thing than `counted`: the head
 * noun of a header line ("Downloads of released models" → download; "Flagship model
 * downloads" → download), where `counted` stands nowhere in the line but after "of".
 */
function headersCountOther(place: ClaimPlace, counted: string): string | undefined {
  const heads = once(place, 'headers counted', () => headNouns(place.around));
  for (const [head, others] of heads) if (head === counted || others.includes(counted)) return undefined;
  return heads.length ? heads[0][0] : undefined;
}

/** Per header line, its head counted noun and the counted nouns it names other than after "of". */
function headNouns(headers: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  let from = 0;
  for (let to = headers.indexOf('\n'); from <= headers.length; to = headers.indexOf('\n', from)) {
    const end = to < 0 ? headers.length : to;
    const words = wordsIn(headers, from, end);
    let k = words.findIndex(([w]) => MEASURE_NOUNS.has(w));
    if (k >= 0) {
      // "model downloads": the last noun of a compound is what is counted.
      while (k + 1 < words.length && MEASURE_NOUNS.has(words[k + 1][0]) && /^[\s-]+$/.test(headers.slice(words[k][1] + words[k][0].length, words[k + 1][1]))) k++;
      const of = words.findIndex(([w], i) => i > k && w === 'of');
      const others = words.filter(([w], i) => i !== k && (of < 0 || i < of) && MEASURE_NOUNS.has(w)).map(([w]) => MEASURE_NOUNS.get(w)!);
      out.push([MEASURE_NOUNS.get(words[k][0])!, others]);
    }
    from = end + 1;
  }
  return out;
}

/** The things a clause's nouns count ("datasets" → dataset), as `countedAfter` names them. */
function countedIn(text: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const [w] of wordsIn(text, from, to)) {
    const id = MEASURE_NOUNS.get(w);
    if (id) out.add(id);
  }
  return out;
}

/** Kinds of thing a platform holds, whose downloads or counts are told apart. */
const ARTIFACTS: ReadonlySet<string> = new Set(['model', 'dataset', 'space', 'app', 'paper', 'checkpoint', 'repository', 'library', 'package'].map((w) => termsOf(w)[0]));

/** "downloads of datasets, not of models": counted things of another kind than the record's, or undefined. */
function otherObject(object: string, counted: string, facets: RecordFacets): string | undefined {
  if (facets.terms.has(object)) return undefined;
  const recordObject = [...facets.terms].find((t) => ARTIFACTS.has(t));
  return recordObject ? `${counted}s of ${object}s, not of ${recordObject}s` : undefined;
}

/** "dataset downloads", "model pulls": a kind of thing a platform holds, named right before a counted noun in `text[from, to)`. */
function artifactIn(text: string, from: number, to: number): string | undefined {
  const words = wordsIn(text, from, to);
  for (let i = 0; i + 1 < words.length; i++) {
    const term = termsOf(words[i][0])[0];
    if (term && ARTIFACTS.has(term) && MEASURE_NOUNS.has(words[i + 1][0])) return term;
  }
  return undefined;
}

/** After the counted noun: "of (the) Hugging Face datasets" — what the counted things are of, as a term. */
function countedObject(text: string, at: number, limit: number): string | undefined {
  const m = /^[\p{L}-]+\s+of\s+(?:(?:the|its|their|public|open-source|open|\p{Lu}[\p{L}-]*)\s+){0,3}([\p{L}]+)\b/u.exec(text.slice(at, Math.min(limit, at + 80)));
  const term = m ? termsOf(m[1])[0] : undefined;
  return term && ARTIFACTS.has(term) ? term : undefined;
}

/** Countries and regions, and their adjectives, as names (capitalised; "US" not before "$"), and "domestic": "27 per cent of UK businesses", "In Germany, …". */
/** Countries, regions and their adjectives, as a pattern's alternatives. */
const REGION_WORDS = String.raw`Germany|German|France|French|Britain|British|UK|U\.K\.|United Kingdom|US|U\.S\.|United States|America|American|Europe|European|EU|China|Chinese|Japan|Japanese|India|Indian|Canada|Canadian|Australia|Australian|Brazil|Brazilian|Korea|Korean|Spain|Spanish|Italy|Italian|Netherlands|Dutch|Ireland|Irish|Switzerland|Swiss|Sweden|Swedish|Nordics?|Asia|Asian|APAC|EMEA|LATAM|Africa|African|Singapore|Israel|Israeli|Poland|Polish|Portugal|Portuguese|Mexico|Mexican|Austria|Austrian|Belgium|Belgian|Denmark|Danish|Norway|Norwegian|Finland|Finnish|Greece|Greek|Turkey|Turkish|Türkiye|Türk|Russia|Russian|Ukraine|Ukrainian|Czechia|Czech|Romania|Romanian|Hungary|Hungarian|Argentina|Argentinian|Chile|Chilean|Colombia|Colombian|Indonesia|Indonesian|Vietnam|Vietnamese|Thailand|Thai|Taiwan|Taiwanese|Nigeria|Nigerian|Kenya|Kenyan|Egypt|Egyptian|Saudi Arabia|Saudi|UAE|Pakistan|Pakistani|New Zealand|Scotland|Scottish|domestic`;
// (A capital or "domestic" is looked for first: the pattern then fails at most places without the look behind.)
const REGION = new RegExp(String.raw`(?=[A-Zd])(?<![\p{L}\p{N}.])(${REGION_WORDS})(?![\p{L}\p{N}$])(?!-[Dd]ollars?\b)`, 'gu');

const REPORTER_NOUN = /^(?:-based\b|[\s-]+(?:based\s+)?(?:portals?|outlets?|sites?|websites?|firms?|analysts?|newspapers?|magazines?|publications?|newswires?|articles?|reports?|stud(?:y|ies)|papers?|white\s+papers?|surveys?|pieces?|agency|agencies|brokers?|banks?|consultancy|consultancies|researchers?|think[\s-]tanks?|government|regulators?|press|media|company|start-?up|publisher|lab|vendor|provider|entrepreneurs|founders)\b)/i;
const GLOBAL = /\b(?:global|globally|worldwide|international|world's)\b/i;

/** The region a cell's headers name: its column's ("| Germany, ministry estimate |") or its row's ("| UK businesses running … |"). */
function columnRegion(around: string): string | undefined {
  return around.split('\n').map((header) => regionIn(header, 0, header.length, -1, -1)).find((region) => region !== undefined);
}

/** How far before the figure's clause a fronted place ("In Germany, …") is read. */
const REGION_REACH = 40;

/** "In France, …", "Across Europe, …": a region the sentence opens with, before its first comma. */
function openingRegion(place: ClaimPlace): string | undefined {
  const m = OPENING_REGION.exec(place.text.slice(place.sentenceStart, Math.min(place.claimStart, place.sentenceStart + 40)));
  return m ? m[1] : undefined;
}

const OPENING_REGION = new RegExp(String.raw`^[\s*_"“(]*(?:In|Across|Within|Throughout)\s+(?:the\s+)?(${REGION_WORDS}),`, 'u');

/** The first country or region named in `text[from, to)` outside the figure itself. */
function regionIn(text: string, from: number, to: number, claimStart: number, claimEnd: number): string | undefined {
  if (from >= to) return undefined;
  // Searched in the span alone: a search from `from` through the whole text would make a long line quadratic.
  const span = text.slice(from, to);
  REGION.lastIndex = 0;
  for (let m = REGION.exec(span); m; m = REGION.exec(span)) {
    const at = from + m.index;
    if (at >= claimStart && at < claimEnd) continue;
    // "according to the US portal NWCast", "the American company Together AI", "founded by French entrepreneurs": where the reporter or the company is from, not whose the figure is.
    if (REPORTER_NOUN.test(text.slice(at + m[0].length, at + m[0].length + 24))) continue;
    // "the global market … (US portal)": a figure the clause calls global is no one country's.
    if (GLOBAL.test(span)) return undefined;
    return m[1];
  }
  return undefined;
}

/**
 * A group cut out by its size: "with 10 or more employees", "with 1,000+ staff", "(250
 * or more employees)", a row headed "(10 to 49)". A bare "N or more" needs its brackets,
 * or a word for the members after it.
 */
const SIZE_BAND = /(?:\b(?:with|having|employing)\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|under\s+|at\s+least\s+)?|\(\s*)(\d[\d,]*(?:\+|\s+(?:or|and)\s+(?:more|over|above|fewer|less|under)|\s*(?:to|–|-)\s*\d[\d,]*)?)(?:\s+(?:employees|staff|workers|people|seats|members)\b|\s*\))/iu;

export function bandsOf(...texts: string[]): Set<string> {
  const bands = new Set<string>();
  for (const t of texts) {
    const band = sizeBandIn(t);
    if (band) bands.add(band);
  }
  return bands;
}

/**
 * The trial the figure's sentence reports before it ("Pilots cut …", "the March load test
 * (ticket …): …"), unless the words between, or `after` it, hand the figure to a source
 * ("the pilot matched the 3.2x the article reports").
 */
function trialBefore(text: string, trials: ReadonlyArray<[number, number]>, from: number, to: number, after: string): string | undefined {
  let last: [number, number] | undefined;
  for (const t of trials) if (t[0] >= from && t[1] <= to) last = t;
  // ("Moving beyond pilots, 73% …", "Unlike in pilots", "After years of proofs of concept": past the trials, not their result.)
  if (!last || PAST_TRIALS.test(text.slice(Math.max(from, last[0] - 24), last[0]))) return undefined;
  const between = text.slice(last[0], to);
  // ("dropped 3.2x in Acme's own load tests, which happens to be the same 3.2x …": a clause of its own holds the later figure.)
  // ("…fell by up to 80%, the same ceiling NWCast quotes for open models": a source named as the one the trial's figure coincides with takes nothing.)
  if (HANDED_ON.test(between) || CLAUSE_AFTER_TRIAL.test(between) || (HANDED_ON.test(after) && !SAME_AS_AFTER.test(after)) || BRACKETED_SOURCE.test(after)) return undefined;
  return text.slice(last[0], last[1]);
}

/** Where `TRIAL` matches in `text[from, to)`, as [start, end) pairs. */
function trialsIn(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sentence = text.slice(from, to);
  // Most sentences hold none of the trials' words: a search for their letters is cheaper than the pattern.
  if (!TRIAL_LETTERS.some((letters) => sentence.includes(letters))) return out;
  for (const m of sentence.matchAll(TRIAL)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** Letters every word `TRIAL` finds holds, in either case it is written in. */
const TRIAL_LETTERS = ['ilot', 'ILOT', 'test', 'Test', 'TEST', 'roof', 'ROOF', 'PoC', 'POC', 'poc', 'anary', 'ANARY', 'ry run', 'ry-run', 'ry Run', 'RY RUN', 'RY-RUN'];

/** The figure's sentence after it, up to the next figure. */
function afterFigure(place: ClaimPlace): string {
  const next = place.figures[place.index + 1];
  return place.text.slice(place.claimEnd, next && next.start < place.sentenceEnd ? next.start : place.sentenceEnd);
}

/** A trial run by someone: a pilot, a load or A/B test, a proof of concept, a canary rollout. */
const TRIAL = /\b(?:pilots?|load[- ]tests?|stress[- ]tests?|A\/B[- ]tests?|proofs?[- ]of[- ]concept|PoCs?|canary\s+(?:releases?|rollouts?|deployments?)|dry[- ]runs?)\b/gi;

/** "…, the same ceiling NWCast quotes", "— exactly the same figure the article gives": what follows the figure says it coincides with a source's. */
const SAME_AS_AFTER = /^\s*[,\u2013\u2014-]?\s*(?:which\s+is\s+|that\s+is\s+|i\.e\.\s+)?(?:exactly\s+|precisely\s+)?the\s+same\s+/i;

/** A clause after the trial's: "…, which", "…, but", "; ", " — ". */
const CLAUSE_AFTER_TRIAL = /,\s*(?:which|that|and|but|while|whereas)\b|;|\s[\u2013\u2014]\s/i;

/** Words before a trial that put the figure past or beside it rather than in it. */
const PAST_TRIALS = /\b(?:beyond|after|unlike|than|before|past|over|outside|of)\s+(?:(?:the|in|years\s+of|many|several|our)\s+)?$/i;

/** Words between a trial and the figure, or after it, that give the figure to a source instead (a source in brackets too). */
const HANDED_ON = /\b(?:according\s+to|reports?|reported|says|said|cites?|cited|quotes?|quoted|claims?|claimed|states?|stated|article|piece|study|survey)\b/i;
/** A source in brackets: "(NWCast)", "(Gartner, 2025)" (case kept: "(ticket DATA-1182)" is none). */
const BRACKETED_SOURCE = /\(\s*\p{Lu}/u;

/** The size band that `text` cuts its group out by, as written ("10 or more"), or undefined. */
export function sizeBandIn(text: string): string | undefined {
  // Most clauses hold neither a bracket nor "with"/"having"/"employing": the pattern need not run.
  if (text.indexOf('(') < 0 && text.indexOf('with') < 0 && text.indexOf('With') < 0 && text.indexOf('having') < 0 && text.indexOf('employing') < 0) return undefined;
  const m = SIZE_BAND.exec(text);
  if (!m) return undefined;
  // "(2026)", "(5)": a bracketed number needs a band's words or a plus to be one.
  if (m[0].startsWith('(') && !/\+|\s(?:or|and|to)\s|[–-]/.test(m[1])) return undefined;
  return m[1].replace(/\s+/g, ' ');
}

/** Does the record say it is about the region (its subject, keywords, names or source)? */
function recordIsOf(region: string, facets: RecordFacets): boolean {
  const terms = termsOf(region.replace(/\./g, ''));
  const word = region.toLowerCase().replace(/\./g, '');
  return terms.some((t) => facets.terms.has(t)) || [...facets.names, ...facets.related].some((n) => n.includes(word)) || facets.source.includes(word) || facets.label.toLowerCase().includes(word);
}

/** A row header that opens with a model's family: "Llama 2 70B (AWQ)", "gpt-4o", "Qwen2.5-72B". */
// (Opening the row: "| Enterprises running Llama, Mistral … |", "| Speedup … (Llama 2 70B vs GPT-4 API) |" name no row's model.)
const ROW_MODEL = new RegExp(String.raw`^[\s*_]*(?:${MODEL_FAMILY_WORDS})(?![\p{L}])`, 'iu');

/** The subject of a figure's clause that is a survey's sample: "Respondents that …", "those surveyed", "surveyed firms". */
// (Opening its clause, with no comma before the figure: "Respondents cited Code Llama, downloaded 45 million times" gives the figure to Code Llama.)
const SAMPLE_SUBJECT = /(?:^|[.;:!?]\s+|\n\s*(?:[-*+]\s+)?)((?:the\s+|our\s+|all\s+|most\s+)?(?:survey\s+)?(?:respondents|those\s+(?:surveyed|polled|asked|sampled)|(?:surveyed|polled|sampled)\s+(?:firms|companies|organi[sz]ations|enterprises|businesses|developers|engineers|users)))\b[^.;:,!?]*$/i;

/**
 * "(Table 5)", "(Section 4.1, Table 3)", "(Figure 6)", "Section 4.4 reports", "the 23% premium in Section 4.4": a place
 * in a document, in brackets, as the sentence's reporting subject, or where the figure is found. (An author-year citation with a locator, "(Touvron et al., 2023, Table 2)", cites.)
 */
const LOCATOR = /\((?:Section|Sec\.|Table|Tab\.|Figure|Fig\.|Appendix|§)\s?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?(?:,\s*(?:Section|Table|Figure|Fig\.|Appendix)\s?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)?\)|\b(?:Section|Table|Figure|Appendix)\s\d{1,3}(?:\.\d{1,3}){0,3}\s+(?:reports|shows|finds|gives|estimates|puts)\b|\b[Ii]n\s+(?:Section|Table|Figure|Fig\.|Appendix)\s\d{1,3}(?:\.\d{1,3}){0,3}\b/;

/** A document under review or summary: "the authors", "the paper", "this manuscript", "the submission". */
const REVIEWED_DOCUMENT = /\b(?:the|this)\s+(?:authors?|paper|manuscript|submission|preprint|thesis|dissertation)\b/i;

/** Words that make a population one survey's sample ("the organisations sampled", "respondents"). */
const SAMPLE_TERMS = new Set(['sampled', 'surveyed', 'polled', 'interviewed', 'respondents', 'responding', 'asked'].flatMap((w) => termsOf(w)));

/** "40% were exploring", "42% had actively deployed": a share's auxiliary and a verb of what a group does with a technology. */
/** "… of enterprises are experimenting", "of companies were still piloting": a share's group, then what it is only trying. */
// (Not "are evaluating costs, and using …": a verb of trying models, not of weighing.)
const TRYING_AFTER = /^\s+of\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:are|were)\s+(?:(?:now|already|still|actively|only|just|at\s+least)\s+)?(experimenting|piloting|exploring|trialling|trialing|running\s+pilots|still\s+in\s+(?:the\s+)?pilot)|(experiment\s+with|have\s+experimented|pilot|trial))(?![\p{L}\p{N}])/u;
const PRODUCTION = termOf('production');

const SHARE_AUX_AFTER = /^\s+(?:(?:are|were)\s+(?:(?:now|already|still|actively|also|either)\s+)?(exploring|experimenting|evaluating|piloting|testing|planning|considering|using|running|deploying|adopting|building)|(?:had|have)\s+(?:(?:now|already|still|actively|also|either)\s+)?(deployed|adopted|used|piloted|implemented|tested|evaluated|explored|moved|switched|migrated))(?![\p{L}\p{N}])/u;

/**
 * A verb of people right after a share, whose subject it is: "41% see", "38% say", "41 % voient", "40% planean".
 * (Present tense only: "the 340% reported for Hugging Face" is a participle.)
 */
const SHARE_VERB_AFTER = /^\s+(?:of\s+them\s+|(?:now|already|still)\s+)?(see|say|report|expect|plan|use|believe|think|want|prefer|intend|voient|disent|déclarent|utilisent|prévoient|ven|dicen|usan|utilizan|planean|esperan|sehen|sagen|nutzen|planen|erwarten|vedono|dicono|usano|utilizzano|prevedono|veem|dizem|usam|utilizam|planejam|zien|zeggen|gebruiken)(?![\p{L}\p{N}])/u;

/** "from 34% to over 40%": where the earlier end's clause starts, for the later end; else `localStart`. */
function pairedFrom(place: ClaimPlace, localStart: number): number {
  const { text, zoneStart, sentenceStart } = place;
  if (place.index <= 0 || !PAIRED.test(text.slice(place.figures[place.index - 1].end, place.claimStart))) return localStart;
  const from = Math.max(sentenceStart, zoneStart - 100);
  return from + afterLastClauseMark(text.slice(from, zoneStart));
}

/** Between the two ends of a pair of figures: "to", "and", a dash, perhaps a hedge. */
const PAIRED = /^\s*(?:to|and|-|\u2013)\s+(?:over|about|around|nearly|almost|roughly|just|~)?\s*$/;

const THERE_AFTER = /^\s+there\b/;

function benchmarksIn(text: string, from: number, to: number): string[] {
  return namesIn(text, from, to).filter(isBenchmark).map((n) => benchmarkKey(n.parts.join('')));
}

/** The record's names before the figure are all where something was counted ("on Hugging Face"), and another name is the subject. */
function namedOnlyAsPlace(text: string, local: Name[], facets: RecordFacets, subject: Name, claimStart: number): boolean {
  const record = local.filter((n) => n.end <= claimStart && facets.names.some((r) => sameName(n.parts, r)));
  return record.length > 0 && record.every((n) => n.start !== subject.start && AS_PLACE.test(text.slice(Math.max(0, n.start - 12), n.start)));
}

const AS_PLACE = /(?:\b(?:on|from|via|through|across)\s+(?:the\s+)?|在\s*)$/i;

/** A market's segments: a note naming one speaks of part of a market the record may hold whole. */
const SEGMENTS: ReadonlySet<string> = new Set(['tools', 'infrastructure', 'services', 'hardware', 'chips', 'software', 'consulting', 'cloud', 'platforms', 'applications', 'apps', 'sovereignty', 'security'].flatMap((w) => termsOf(w)));

/** Words that narrow a market to no one in particular ("the global AI market"). */
/** Words that qualify no market or cost in particular, as their terms are read ("estimated" is "estimat"). */
const BROAD = new Set(['ai', 'global', 'total', 'overall', 'entire', 'whole', 'worldwide', 'annual', 'current', 'today', 'estimated', 'approximate', 'addressable', 'generative'].flatMap(termsOf));

/** A source before a market or cost says whose figure it is ("the article's … market"), not which one. */
const SOURCE_NOUNS = new Set(['article', 'report', 'piece', 'study', 'survey', 'paper', 'source'].flatMap(termsOf));

/** The words qualifying a market named in a figure's own words ("cloud", "infrastructure"), and the phrase ("cloud AI infrastructure market"). */
interface MarketQualifiers {
  qualifiers: string[];
  phrase: string;
}

/**
 * The market a figure's own words name, or, where its clause points back ("quoted for it as
 * well"), the one the sentence before names ("And the cloud AI infrastructure market?").
 */
function marketNamed(place: ClaimPlace, local: [number, number]): MarketQualifiers | undefined {
  const own = once(place, 'market qualifiers', () => marketQualifiers(wordsIn(place.text, local[0], local[1])));
  if (own || !place.elliptical) return own;
  // ("Gartner's enterprise AI sovereignty report … sizes that opportunity at $23 billion": a sentence naming a segment points back at its own.)
  if (once(place, 'sentence segment', () => wordsIn(place.text, place.sentenceStart, place.sentenceEnd).some(([w]) => termsOf(w).some((t) => SEGMENTS.has(t))))) return undefined;
  return once(place, 'around market qualifiers', () => marketQualifiers(wordsIn(place.around, 0, place.around.length)));
}

/** What a figure's own words qualify a market with (`qualifierClash`): read once per figure, not per record weighed. */
function marketQualifiers(words: Array<[string, number]>): MarketQualifiers | undefined {
  return headQualifiers(words, MARKET_HEADS);
}

const MARKET_HEADS: ReadonlySet<string> = new Set(['market', 'markets']);
/** What follows "costs" used as a verb: a figure, perhaps hedged ("costs an estimated $100 million", "costs about $2"). */
const FIGURE_FOLLOWS = /^\s+(?:an?\s|about\b|around\b|roughly\b|nearly\b|approximately\b|over\b|under\b|up\s+to\b|just\b|only\b|less\b|more\b|[$€£¥~\d])/i;
/** "API costs", "development costs": a cost named by what it is the cost of. */
const COST_HEADS: ReadonlySet<string> = new Set(['costs', 'cost', 'bill', 'bills', 'spend', 'spending']);
/** "robotics startups", "fintech companies": firms named by a field other than AI, the word or two before the noun. */
function fieldOfFirms(words: Array<[string, number]>): string | undefined {
  // The firms named last before the figure are its ("Even insurance companies now back open-source AI startups, which raised …").
  for (let k = words.length - 1; k >= 1; k--) {
    if (!FIRM_HEADS.has(words[k][0].toLowerCase())) continue;
    return [words[k - 1][0], k > 1 ? words[k - 2][0] : ''].find((w) => FIELDS.has(w.toLowerCase()));
  }
  return undefined;
}

const FIRM_HEADS: ReadonlySet<string> = new Set(['startups', 'startup', 'companies', 'company', 'firms', 'firm']);
const FIRM_HEAD_TERMS = [...new Set([...FIRM_HEADS].map(termOf))];
const FIRM_HEAD_IN = /\b(?:startups?|compan(?:y|ies)|firms?)\b/i;
/** Fields of industry a note may name its firms by, none of them open-source AI. */
const FIELDS: ReadonlySet<string> = new Set(
  ('robotics biotech fintech healthtech medtech edtech insurtech proptech cleantech climatetech climate crypto blockchain web3 chip chips semiconductor ' +
    'semiconductors quantum space defense defence gaming ev battery cybersecurity ecommerce e-commerce retail logistics automotive pharma pharmaceutical ' +
    'energy mining drone drones satellite agtech foodtech mobility telecom telecoms media insurance').split(' '),
);
/** Any of `COST_HEADS` in a text: most figures' words name none, and are not split into words for it. */
const COST_HEAD_IN = /\b(?:costs?|bills?|spend|spending)\b/i;

/**
 * The words qualifying the first of `heads` in a figure's words ("cloud AI infrastructure"
 * market, "API" costs). Given the text, a head that a figure follows is a verb ("from
 * scratch costs an estimated $100 million"), not the noun qualified.
 */
function headQualifiers(words: Array<[string, number]>, heads: ReadonlySet<string>, text?: string): MarketQualifiers | undefined {
  const at = words.findIndex(([w, offset]) => heads.has(w) && !(text && FIGURE_FOLLOWS.test(text.slice(offset + w.length, offset + w.length + 16))));
  if (at <= 0) return undefined;
  const qualifiers: string[] = [];
  let first = at;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const parts = termsOf(words[k][0]).flatMap((t) => t.split(' '));
    if (!parts.length) break;
    first = k;
    // ("lower inference costs": "lower" says which way, not which cost; "the article's … market" says whose figure it is.)
    for (const part of parts) if (!BROAD.has(part) && !KIND_TERMS.has(part) && !SOURCE_NOUNS.has(part)) qualifiers.push(part);
  }
  return { qualifiers, phrase: words.slice(first, at + 1).map(([w]) => w).join(' ') };
}

/**
 * "The cloud AI infrastructure market" is not "the open-source AI tools market", nor
 * "API costs" development costs: a market or cost named with qualifiers of its own,
 * none of them the record's.
 */
function qualifierClash(named: MarketQualifiers | undefined, facets: RecordFacets): string | undefined {
  if (!named) return undefined;
  // "the open-source AI tools market" is one segment of "the open-source AI market": a segment the record does not name.
  const segment = named.qualifiers.some((q) => SEGMENTS.has(q) && !facets.terms.has(q));
  if (named.qualifiers.length === 0 || (!segment && named.qualifiers.some((q) => facets.terms.has(q)))) return undefined;
  return `the ${named.phrase}, not the ${facets.label}`;
}
