import { isInlineSpace, isUpper } from '../detect/chars';
import type { DetectedClaim } from '../detect/figure';
import type { ProseBlock, ProseDocument } from '../markdown/prose';
import { hasCitation } from './citations';
import { valuesAgree } from './compare';
import { namesIn } from './names';
import type { ClaimContext } from './judge';
import { lowerBound } from '../text/search';
import { tableOwnerOf } from '../tables';
import { sentenceAt, sentenceBounds } from './sentences';
import { termsWithOffsets, termsOf, type PlacedTerms } from './terms';
import { bindYears, type BoundYears } from './years';
import type { ClaimPlace } from './evidence';
import { ANAPHORA, DEFINITE_FIGURE, POINTING_AT_FIGURE } from './vocabulary';

/** Words beside another figure of the same clause count for less… */
const OTHER_ZONE = 0.3;
/** …and words across a ";" or a dash, in another clause, for less still. */
const OTHER_CLAUSE = 0.15;
/** Other cells of a table row. */
const ROW_CELL = 0.6;
/** The section heading a paragraph sits under, or the list item a nested item sits under. */
const HEADING = 0.35;
/** The list item before, in terse lists ("- HF: 5.2M devs" then "- Dev growth: +340%"). */
const PREVIOUS_ITEM = 0.25;
/** For a heading, the first paragraph of its section, which says what the heading's figure is about. */
const SECTION_START = 0.5;
/** List items above a nested item's parent that still say whose its figures are. */
const MAX_ANCESTORS = 3;
/** The sentence before one that opens with "It", "They", "The company"…: what the pronoun stands for. */
const ANTECEDENT = 0.5;
/** The sentence before, in the same paragraph or list item: its subject may carry over. */
const PREVIOUS_SENTENCE = 0.3;
/** Words of the sentence's earlier clauses, read by an elliptical clause. */
const INHERITED = 0.8;
/** A zone with fewer content words than this names no subject of its own. */
const ELLIPTICAL_TERMS = 2;
/** Terms (stems, as `termsOf` gives them: "articl") that say who speaks, not what is measured. */
const SPEAKING = new Set(['say', 'says', 'said', 'articl', 'report', 'claim', 'note', 'put', 'add', 'repli', 'replied', 'analyst', 'rival', 'keynot', 'vendor', 'deck', 'source', 'figur', 'number', 'original']);
const PRONOUN_OPENING = /^[\s"“(*_]*(it|its|they|their|this|these|that|those|he|she|the (?:company|platform|firm|startup|model|hub|project|vendor|report|study|survey))\b/i;

/** "It has been downloaded …", "Its developer base grew …": an opening that stands for a thing named before (not "That's", a figure). */
const OWNER_PRONOUN_OPENING = /^[\s"“(*_]*(?:it|its|they|their|the (?:company|platform|firm|startup|model|hub|project|vendor))\b(?!['’])/i;

/**
 * The context of each claim of a block: the terms of its sentence (or, for a
 * table cell, of its row and column headers), the years bound to it and whether
 * it carries a citation. Linear in the block's length.
 */
export function claimContexts(doc: ProseDocument, block: ProseBlock, claims: DetectedClaim[], heading?: ProseBlock, next?: ProseBlock, title?: ProseBlock, previous?: ProseBlock): ClaimContext[] {
  const contexts = block.role === 'cell' && block.cell ? cellContexts(doc, block, claims) : sentenceContexts(block, claims, lastSentenceBefore(block, previous));
  if (block.footnotes) footnoteDates(block.footnotes, doc.footnoteYears, claims, contexts);
  const around: Array<[ProseBlock | undefined, number]> = [
    [heading, HEADING],
    [block.parent !== undefined ? doc.blocks[block.parent] : undefined, HEADING],
    [block.previousItem !== undefined ? doc.blocks[block.previousItem] : undefined, PREVIOUS_ITEM],
    [block.role === 'heading' && next?.role !== 'heading' ? next : undefined, SECTION_START],
  ];
  // "- Hugging Face / - 5.2 million developers / - up 340%": the items a nested item sits in say whose it is,
  // up to the nearest that names someone.
  for (let item = block.parent !== undefined ? doc.blocks[block.parent] : undefined, depth = 0; item?.parent !== undefined && depth < MAX_ANCESTORS && !namesSomeone(item); depth++) {
    item = doc.blocks[item.parent];
    around.push([item, PREVIOUS_ITEM]);
  }
  let aroundText = '';
  for (const [other, weight] of around) {
    if (!other) continue;
    const terms = termsOfBlock(other);
    for (const c of contexts) addTerms(c.terms, terms, weight);
    aroundText += `${other.text}\n`;
  }
  if (heading) for (const c of contexts) c.place.section = heading.text;
  // "- our numbers (P's harness, NOT the article):" over "  - p50 latency: local 2.8x faster than the API": the label says whose its items are.
  // (Not over an item that names its own source: "- our pilots:" over "  - Forrester: average enterprise saves $2.3 million".)
  const parentOwn = block.parent !== undefined && !NAMES_ITS_SOURCE.test(block.text) ? ownLabel(doc.blocks[block.parent].text) : undefined;
  // ("All numbers below are from our runs, in April 2026" over a table: its lead says whose its cells are.)
  const ownedBy = parentOwn ?? tableOwnerOf(doc, block);
  if (ownedBy) for (const c of contexts) c.place.ownedByParent = ownedBy;
  // "## 2024", "## 2027 (forecast)": a chronology's heading dates every figure under it that the sentence does not date itself.
  const dated = heading ? headingYear(heading) : undefined;
  if (dated) {
    // Read once per sentence: its figures share it.
    const forecasts = new Map<number, boolean>();
    const forecast = (c: ClaimContext): boolean => {
      let known = forecasts.get(c.place.sentenceStart);
      if (known === undefined) forecasts.set(c.place.sentenceStart, (known = FORECAST.test(c.place.text.slice(c.place.sentenceStart, c.place.sentenceEnd))));
      return known;
    };
    for (const c of contexts) {
      if (c.years.at !== undefined || (!dated.forecast && forecast(c))) continue;
      c.years = { ...c.years, at: dated.year, headed: true };
    }
  }
  // The note's title names whose figures a note gathers ("# Llama 2: what shipped"), though it weighs in no score.
  if (title && title !== heading) aroundText += `${title.text}\n`;
  // The figures of a sentence share its setting: joined once per sentence, not per figure.
  let joinedFrom: string | undefined;
  let joined = aroundText;
  if (aroundText) {
    for (const c of contexts) {
      if (c.place.setting !== joinedFrom) {
        joinedFrom = c.place.setting;
        joined = joinedFrom ? `${joinedFrom}\n${aroundText}` : aroundText;
      }
      c.place.setting = joined;
    }
  }
  return contexts;
}

/** A list item that ends in a colon and calls what follows the writer's own ("our numbers …:", "we measured:"), in its words. */
function ownLabel(text: string): string | undefined {
  const m = OWN_LABEL.exec(text);
  return m && !SOURCES_LABEL.test(text.replace(NOT_THE_SOURCE, '')) ? `"${m[1]}"` : undefined;
}

// (Opening the item, which ends in a colon: "Claims we tested against NWCast:", "Article figures, to compare with our numbers:" are the article's.)
const OWN_LABEL = /^[\s*_]*((?:our|my)\s+(?:own\s+)?(?:numbers|results|measurements|figures|data|benchmarks?|tests?|runs?|pilots?|evals?|evaluations?|harness)|we\s+(?:measured|ran|benchmarked|got))(?![\p{L}])[^:]*:[*_\s]*$/iu;
/** A label that speaks of an article or source besides ("our numbers vs the article's:"). */
// (Unless it says they are not its: "our numbers (P's harness, NOT the article):".)
const SOURCES_LABEL = /\b(?:article|source|report|paper|vs\.?|versus|compare|compared|against|quoted?|published|NWCast)\b/i;
const NOT_THE_SOURCE = /\bnot\s+(?:the\s+|from\s+the\s+)?(?:article|source|report|paper)\b/gi;
/** An item that opens with its source's name and a colon ("Forrester: …"), or hands its figure to one. */
const NAMES_ITS_SOURCE = /^[\s*_]*\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}[*_]*\s*:|\baccording\s+to\b|\b(?:the\s+)?article\b/u;

/** A heading that is a year and nothing else, but for a word saying it is a forecast ("2027 (forecast)", "FY2026"). */
const YEAR_HEADING = /^\s*(?:(?:fy|fiscal year|year)\s?)?((?:19|20)\d\d)\s*(?:[(\[–—:-]\s*)?(forecast|projection|projected|outlook|estimates?|expected|plan|target)?\s*[)\]]?\s*$/i;

/** A sentence that forecasts ("will reach", "expects", "by 2028") is dated by its own words, not by a year heading above it. */
const FORECAST = /\b(?:will|would|forecasts?|projects?|projected|projection|predicts?|expects?|expected|estimates?|by 20\d\d)\b/i;

function headingYear(heading: ProseBlock): { year: number; forecast: boolean } | undefined {
  const m = YEAR_HEADING.exec(heading.text);
  return m ? { year: Number(m[1]), forecast: m[2] !== undefined } : undefined;
}

/** How far after a figure its footnote mark may stand ("5.2 million active developers[^3]"). */
const FOOTNOTE_REACH = 80;

/**
 * "…downloaded over 45 million times[^dl]" with "[^dl]: Download count as of December
 * 2024": a footnote that dates its figure binds that year, unless the sentence dates it.
 */
function footnoteDates(refs: Array<[number, string]>, years: Record<string, number>, claims: DetectedClaim[], contexts: ClaimContext[]): void {
  claims.forEach((claim, i) => {
    if (contexts[i].years.at !== undefined) return;
    const limit = Math.min(claim.end + FOOTNOTE_REACH, i + 1 < claims.length ? claims[i + 1].start : Infinity);
    const ref = refs.find(([at]) => at >= claim.end && at <= limit);
    const year = ref ? years[ref[1]] : undefined;
    if (year !== undefined) contexts[i].years = { ...contexts[i].years, at: year };
  });
}

/** Whether a list item names anyone: read once per item, however many items sit under it. */
const naming = new WeakMap<ProseBlock, boolean>();

function namesSomeone(block: ProseBlock): boolean {
  let names = naming.get(block);
  if (names === undefined) {
    names = namesIn(block.text, 0, block.text.length).some((n) => !n.reporter);
    naming.set(block, names);
  }
  return names;
}

/** A heading, list item or column header is read by every block under it: its terms are worked out once. */
const blockTerms = new WeakMap<ProseBlock, string[]>();

function termsOfBlock(block: ProseBlock): string[] {
  let terms = blockTerms.get(block);
  if (!terms) {
    terms = termsOf(block.text);
    blockTerms.set(block, terms);
  }
  return terms;
}

/** What is read of a block once, kept while its text is the same (a block may be edited in place). */
function perBlock<T>(cache: WeakMap<ProseBlock, { text: string; value: T }>, block: ProseBlock, read: (text: string) => T): T {
  const known = cache.get(block);
  if (known?.text === block.text) return known.value;
  const value = read(block.text);
  cache.set(block, { text: block.text, value });
  return value;
}

/** A column header's terms, read by every cell of its column (checked against its text, as a header cell may be edited alone). */
const headerTerms = new WeakMap<ProseBlock, { text: string; value: string[] }>();

function termsOfHeader(block: ProseBlock): string[] {
  return perBlock(headerTerms, block, termsOf);
}

function addTerms(terms: Map<string, number>, list: string[], weight: number): void {
  for (const t of list) if ((terms.get(t) ?? 0) < weight) terms.set(t, weight);
}

/** How much of a paragraph before the sentence before may still say whose a figure is ("the company says"). */
const SETTING = 400;

/** Words further than this from a figure (in characters) do not describe it, however long the sentence. */
const WINDOW = 320;

/**
 * How far back an elliptical clause inherits its sentence's words: farther words are
 * another clause's subject, and a sentence of thousands of figures stays linear.
 */
const INHERIT_REACH = 2 * WINDOW;

/**
 * The paragraph before's last sentence, which a paragraph's first sentence may point
 * back to ("Forrester's figure is $2.3 million.", "the company says"); not across a
 * heading, a table or into a list, whose items read their own parents.
 */
function lastSentenceBefore(block: ProseBlock, previous: ProseBlock | undefined): string | undefined {
  if (!previous || previous.role !== 'paragraph' || block.role !== 'paragraph' || block.parent !== undefined || block.previousItem !== undefined) return undefined;
  const bounds = boundsOf(previous);
  return bounds.length > 1 ? previous.text.slice(bounds[bounds.length - 2], bounds[bounds.length - 1]) : undefined;
}

/** A paragraph's sentences are read for its own figures and again by the paragraph after it: split once. */
const blockBounds = new WeakMap<ProseBlock, { text: string; value: number[] }>();

function boundsOf(block: ProseBlock): number[] {
  return perBlock(blockBounds, block, sentenceBounds);
}

function sentenceContexts(block: ProseBlock, claims: DetectedClaim[], before?: string): ClaimContext[] {
  const text = block.text;
  const bounds = boundsOf(block);
  const out: ClaimContext[] = new Array(claims.length);
  let [lastFrom, lastTo, lastWords]: [number, number, PlacedTerms] = [-1, -1, { terms: [], at: [] }];
  let i = 0;
  while (i < claims.length) {
    const [from, to] = sentenceAt(bounds, claims[i].start);
    let j = i;
    while (j < claims.length && claims[j].start < to) j++;
    const group = claims.slice(i, j);
    const words = termsWithOffsets(text.slice(from, to), from);
    const breaks = hardBreaks(text, from, to);
    const years = bindYears(text, from, to, group.map((c) => [c.start, c.end]));
    const cited = hasCitation(block, from, to);
    // "Per [Huawei Central](…), Huawei plans 600,000 chips — nearly double — with up to 1.6 million dies": a source
    // named before the sentence's first comma vouches for all of it, up to a ";".
    const citedUpTo = cited && frontedSource(block, from, to) ? semicolonAfter(text, from, to) : -1;
    const pronoun = from > 0 && PRONOUN_OPENING.test(text.slice(from, from + 24));
    const previous = from > 0 ? sentenceAt(bounds, from - 1) : undefined;
    const aroundText = previous ? text.slice(...previous) : (before ?? '');
    // The sentence before was often just read for its own figures: its terms are those words'.
    const antecedent = previous && previous[0] === lastFrom && previous[1] === lastTo ? lastWords.terms : aroundText ? termsOf(aroundText) : [];
    const setting = previous ? text.slice(Math.max(0, previous[0] - SETTING), previous[0]) : '';
    let uncitedFrom: number | undefined;
    let pointsFrom = -1;
    let pointsTo = -1;
    let pointsBack = false;
    const splits = group.map((c, k) => (k === 0 ? from : zoneSplit(text, group[k - 1].end, c.start)));
    group.forEach((claim, k) => {
      let first = k;
      while (first > 0 && Number.isNaN(splits[first])) first--;
      let last = k + 1;
      while (last < group.length && Number.isNaN(splits[last])) last++;
      const zoneStart = splits[first];
      const zoneEnd = last < group.length ? splits[last] : to;
      const [clauseStart, clauseEnd] = clauseAround(breaks, claim.start, from, to);
      const terms = new Map<string, number>();
      let own = 0;
      for (let w = firstWordAt(words.at, claim.start - WINDOW); w < words.at.length && words.at[w] < claim.end + WINDOW; w++) {
        const term = words.terms[w];
        const at = words.at[w];
        if (at >= claim.start && at < claim.end) continue;
        const inZone = at >= zoneStart && at < zoneEnd;
        if (inZone && !SPEAKING.has(term)) own++;
        const weight = inZone ? 1 : at >= clauseStart && at < clauseEnd ? OTHER_ZONE : OTHER_CLAUSE;
        if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
      }
      // A clause that names nothing of its own ("the article says 73%", "for the same comparison") speaks of what came before.
      // Figures joined by connectors share one zone ("$10M, $11M, …"): read it once, not once per figure.
      if (zoneStart !== pointsFrom || zoneEnd !== pointsTo) [pointsFrom, pointsTo, pointsBack] = [zoneStart, zoneEnd, pointsBackIn(text.slice(zoneStart, zoneEnd))];
      const elliptical = own < ELLIPTICAL_TERMS || pointsBack;
      if (elliptical) for (let w = firstWordAt(words.at, zoneStart - INHERIT_REACH); w < words.at.length && words.at[w] < zoneStart; w++) if ((terms.get(words.terms[w]) ?? 0) < INHERITED) terms.set(words.terms[w], INHERITED);
      addTerms(terms, antecedent, pronoun || elliptical ? ANTECEDENT : PREVIOUS_SENTENCE);
      const place: ClaimPlace = {
        text, claimStart: claim.start, claimEnd: claim.end, zoneStart, zoneEnd, sentenceStart: from, sentenceEnd: to,
        around: aroundText, setting,
        figures: group, index: k, elliptical,
      };
      if (pronoun && previous && OWNER_PRONOUN_OPENING.test(text.slice(from, from + 24))) place.pronounOpening = true;
      // A citation vouches for its own clause and those before it, not for a clause after a ";" ("…(Forrester, 2026); in our study, $0.4M").
      // ("The [report](…) came up twice; it found that 41% …": a clause whose subject points back at the cited source is cited by it.)
      const ownCitation = cited && (claim.start < citedUpTo || clauseStart === from || clauseStart < (uncitedFrom ??= firstUncitedClause(block, breaks, to)) || SOURCE_SPEAKS.test(text.slice(clauseStart, clauseStart + 40)));
      out[i + k] = { terms, years: years[k], cited: ownCitation, place };
    });
    [lastFrom, lastTo, lastWords] = [from, to, words];
    i = j;
  }
  return out;
}

/** Does the sentence open by naming its source ("Per [X](…),", "According to [X](…),") with a citation before its first comma? */
function frontedSource(block: ProseBlock, from: number, to: number): boolean {
  const opening = FRONTED_SOURCE.exec(block.text.slice(from, Math.min(to, from + 24)));
  if (!opening) return false;
  const comma = block.text.indexOf(',', from + opening[0].length);
  const end = comma >= 0 && comma < to ? comma : to;
  return block.citations.some((c) => c >= from && c < end);
}

const FRONTED_SOURCE = /^[\s*_"“]*(?:per|according to|citing|as reported by)\s/i;

/** The first ";" of the sentence, or its end. */
function semicolonAfter(text: string, from: number, to: number): number {
  const at = text.indexOf(';', from);
  return at >= 0 && at < to ? at : to;
}

function firstWordAt(at: readonly number[], offset: number): number {
  return lowerBound(at.length, (i) => at[i] >= offset);
}

/**
 * Where the clauses after a hard break stop carrying a citation of their own up to the
 * sentence's end `to`: whether `[start, to)` cites only turns false as `start` moves
 * right, so a binary search over the breaks finds it (not a scan of the sentence per figure).
 */
function firstUncitedClause(block: ProseBlock, breaks: Array<[number, number]>, to: number): number {
  const k = lowerBound(breaks.length, (b) => !hasCitation(block, breaks[b][1], to));
  return k < breaks.length ? breaks[k][1] : to + 1;
}

/** A clause opening with a pronoun or "the report" that finds or says: the source of the clause before speaking. */
const SOURCE_SPEAKS = /^[\s;—–-]*(?:it|they|the\s+(?:report|study|survey|paper|article|analysis))\s+(?:also\s+)?(?:found|finds|reports|reported|says|said|estimates|estimated|shows|showed|puts|put|notes|noted|counts|counted)\b/i;

const HARD_BREAKS = [';', ' \u2014 ', '\u2014', ' \u2013 ', ' / '];

/** `[start, end)` of each ";" or dash in the sentence, in order. */
function hardBreaks(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ';' || c === '\u2014') out.push([i, i + 1]);
    else if (c === ' ' && text[i + 1] === '\u2013' && text[i + 2] === ' ') out.push([i, i + 3]);
  }
  return out;
}

/** The part of the sentence around `at` between hard breaks. */
function clauseAround(breaks: Array<[number, number]>, at: number, from: number, to: number): [number, number] {
  const i = lowerBound(breaks.length, (k) => breaks[k][0] >= at);
  return [i > 0 ? breaks[i - 1][1] : from, i < breaks.length ? breaks[i][0] : to];
}

const CONNECTOR_ONLY = /^[\s,]*(?:but|or|to|and|not|rather than|instead of|against|vs\.?|versus|down to|up to)?[\s,]*$/i;

const JOINED_CLAUSE = /,\s+(?:while|whereas|but|and|compared|versus|against|with|yet)\b|\s(?:vs\.?|versus|against|compared\s+(?:to|with))\s/g;

/**
 * Where the words of one figure end and the next figure's begin: at the strongest
 * clause break between them (";", a dash, ", while", a comma), else half way.
 */
function zoneSplit(text: string, a: number, b: number): number {
  const between = text.slice(a, b);
  // "not 73% but 37%", "from $1.7M to $3.7M": figures joined by a connector alone share all their words.
  if (CONNECTOR_ONLY.test(between)) return NaN;
  for (const mark of HARD_BREAKS) {
    const at = between.lastIndexOf(mark);
    if (at >= 0) return a + at + 1;
  }
  let clause = -1;
  JOINED_CLAUSE.lastIndex = 0;
  for (let m = JOINED_CLAUSE.exec(between); m; m = JOINED_CLAUSE.exec(between)) clause = m.index;
  if (clause >= 0) return a + clause + 1;
  // (Chinese and Japanese write their own comma, "，" or "、", and semicolon, "；".)
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf('\uff0c'), between.lastIndexOf('\uff1b'), between.lastIndexOf('\u3001'));
  if (comma >= 0) return a + comma + 1;
  const joined = /\s(?:and|while|whereas|but|vs\.?|versus)\s/.exec(between);
  if (joined) return a + joined.index + 1;
  // "薪资溢价23%而提及……增长156%": an unspaced clause opens on its conjunction ("but", "while", "and also").
  const cjk = CJK_JOINED.exec(between);
  if (cjk) return a + cjk.index;
  // "45 million downloads (a rival guide says 54 million …)": a bracket opens the later figure's aside.
  const bracket = between.lastIndexOf('(');
  if (bracket > 0 && isSpace(between.charCodeAt(bracket - 1))) return a + bracket;
  // "from $1 billion per frontier model today to $10 billion", "$100 million for GPT-4 to $1 billion": "to" leads into the later figure.
  const into = LEADS_INTO_NEXT.exec(between);
  return into ? a + into.index + 1 : midWord(text, a, b);
}

const CJK_JOINED = /而且|而|但是|但|并且|並且|同时|同時|此外|另外|以及|然而|一方面/;
const LEADS_INTO_NEXT = /\sto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$/i;

/**
 * Half way between two figures, at a word boundary: a word is never cut in two ("per
 * frontier model" is not read as "per frontier mo"). A possessive name there goes whole
 * to the later figure ("68.5 to GPT-4's 67.0": its figure is the one after it).
 */
function midWord(text: string, a: number, b: number): number {
  const mid = Math.floor((a + b) / 2);
  let k = mid;
  while (k > a && !isSpace(text.charCodeAt(k - 1))) k--;
  let end = mid;
  while (end < b && !isSpace(text.charCodeAt(end))) end++;
  if (k > a && isUpper(text.charCodeAt(k)) && POSSESSIVE.test(text.slice(k, end))) return k;
  // Else the word goes whole to the earlier figure: the noun a figure counts follows it ("54 million Code Llama downloads should be 45 million").
  if (end < b) return end;
  if (k > a) return k;
  // (Chinese or Japanese, unspaced: not inside a Latin word, "Transformers或LangChain".)
  let at = mid;
  while (at > a && LATIN_WORD_CHAR.test(text[at - 1]) && LATIN_WORD_CHAR.test(text[at])) at--;
  return at;
}

const LATIN_WORD_CHAR = /[A-Za-z0-9]/;

const POSSESSIVE = /['’]s$/;

function isSpace(c: number): boolean {
  return c === 10 || isInlineSpace(c);
}

interface RowContext {
  cells: ProseBlock[];
  terms: string[][];
  text: string;
  offsets: number[];
  /** Cells carrying a citation. */
  citing: ProseBlock[];
}

/** "53.7 ([paper](…))": a cell that opens with a figure keeps its citation to itself. */
const OPENS_WITH_FIGURE = /^\s*[~≈<>$€£¥]?\d/;

/** A cell is cited by its own citation, or by one in a cell of its row that states no figure (a "Source" column). */
function citedCell(row: RowContext, cell: ProseBlock): boolean {
  return row.citing.some((c) => c === cell || !OPENS_WITH_FIGURE.test(c.text));
}

const rowContexts = new WeakMap<number[], RowContext>();

/** What a table row says, computed once per row however many cells it has. */
function rowContext(doc: ProseDocument, row: number[]): RowContext {
  let context = rowContexts.get(row);
  if (!context) {
    const cells = row.map((b) => doc.blocks[b]);
    const offsets: number[] = [];
    let text = '';
    for (const cell of cells) {
      offsets.push(text.length);
      text += cell.text + ' ';
    }
    context = { cells, terms: cells.map((c) => termsOf(c.text)), text, offsets, citing: cells.filter((c) => hasCitation(c, 0, c.text.length)) };
    rowContexts.set(row, context);
  }
  return context;
}

/** A column headed by a year, perhaps with whose or what kind it is: "2026", "2027 (our deck)", "FY2028 forecast". */
const YEAR_COLUMN = /^\s*(?:fy\s?)?((?:19|20)\d\d)\s*(?:\([^()]{0,40}\)|(?:forecast|projection|projected|estimate|est\.|actual|target|plan|e|f|guide|report|survey|slide|deck|edition|study|figure|value))?\s*$/i;

/** "CIM slide (2025)", "NWCast (2026)", "Germany, ministry estimate (2025)": whose column, dated in brackets. */
const DATED_COLUMN = /^\s*[\p{L}\p{N}&'’., -]{1,60}\((?:fy\s?)?((?:19|20)\d\d)\)\s*$/iu;

/** "2030 market size", "2028 revenue (est.)": a year, then what the column holds. */
const YEAR_FIRST_COLUMN = /^\s*(?:fy\s?)?((?:19|20)\d\d)\s+(?:market\s+size|market|revenue|revenues|spend|spending|value|size|downloads|users|forecast|estimate|total)\s*(?:\([^()]{0,40}\))?\s*$/i;

/** "Figure for 2026", "Value in 2025", "Data as of 2024": what the column holds, then the year it is for. */
const FOR_YEAR_COLUMN = /^\s*[\p{L} ]{1,30}\s(?:for|in|as of)\s(?:fy\s?)?((?:19|20)\d\d)\s*$/iu;

/** "Downloads, 2025", "Revenue – FY2026", "Downloads, 2025 (HF model card)": what the column holds, then its year. */
const LABELLED_YEAR_COLUMN = /^\s*[\p{L}\p{N}&'’. ]{1,40}[,–—-]\s*(?:fy\s?)?((?:19|20)\d\d)\s*(?:\([^()]{0,40}\))?\s*$/iu;

/** "| Hugging Face model downloads, 2025 |", "| Open-source AI tools market (2025) |": a row's label, then the year its figures are for. */
const LABELLED_YEAR_ROW = /^\s*\p{L}[\p{L}\p{N}&'’.()/ -]{0,80}(?:[,–—]\s*(?:fy\s?)?((?:19|20)\d\d)|\s\((?:fy\s?)?((?:19|20)\d\d)\))\s*$/iu;

/** The year the row's label cells (not the figure's own) close with, when they agree on one. */
function rowLabelYear(row: RowContext, col: number): number | undefined {
  let year: number | undefined;
  for (let c = Math.max(0, col - NEAR_CELLS); c < Math.min(row.cells.length, col + NEAR_CELLS + 1); c++) {
    const m = c === col ? null : LABELLED_YEAR_ROW.exec(row.cells[c].text);
    if (!m) continue;
    const said = Number(m[1] ?? m[2]);
    if (year !== undefined && year !== said) return undefined;
    year = said;
  }
  return year;
}

function columnYear(header: string): number | undefined {
  const m = YEAR_COLUMN.exec(header) ?? DATED_COLUMN.exec(header) ?? LABELLED_YEAR_COLUMN.exec(header) ?? FOR_YEAR_COLUMN.exec(header) ?? YEAR_FIRST_COLUMN.exec(header);
  return m ? Number(m[1]) : undefined;
}

/** A cell of fewer words than this is a label or a figure, not prose (counted in words, so an emoji changes nothing). */
const PROSE_CELL_WORDS = 10;
const CLAUSED_CELL_WORDS = 5;

function wordCount(text: string): number {
  // Ten words take at least nineteen characters: a shorter cell is not read word by word.
  if (text.length < 19) return 0;
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/** Four digits in a row: a cell that may name its own year. */
const YEAR_DIGITS = /\d{4}/;

/** Cells further than this from a figure's cell do not describe it (a 2,000-column table stays linear). */
const NEAR_CELLS = 8;

function cellContexts(doc: ProseDocument, block: ProseBlock, claims: DetectedClaim[]): ClaimContext[] {
  const place = block.cell!;
  const rows = doc.tables[place.table];
  const row = rowContext(doc, rows[place.row]);
  const col = row.cells.indexOf(block);
  const header = place.row > 0 && rows[0][place.col] !== undefined ? doc.blocks[rows[0][place.col]] : undefined;
  const rowHeader = place.col > 0 ? row.cells[0] : undefined;
  const offset = row.offsets[col];
  const years = bindYears(row.text, Math.max(0, offset - WINDOW), Math.min(row.text.length, offset + block.text.length + WINDOW), claims.map((c) => [c.start + offset, c.end + offset]));
  const headerYear = header ? columnYear(header.text) : undefined;
  // "| Hugging Face | 2024 | 2026 |": a corner header over the rows' labels names whose the table's figures are.
  // ("| Model | Size |" names no one: a corner that is a plain header adds nothing.)
  const corner = place.col > 0 && place.row > 0 && rows[0][0] !== undefined ? doc.blocks[rows[0][0]].text : undefined;
  const owningCorner = corner && namesIn(corner, 0, corner.length).length ? corner : undefined;
  const around = [header?.text, rowHeader?.text, owningCorner].filter(Boolean).join('\n');
  const yearCell = yearColumnValue(doc, rows, place.row, row);
  // The row's year, the same for every figure of the cell: read once, and only where no header or year column gives one.
  const rowYear = headerYear ?? yearCell ?? rowLabelYear(row, col);
  // "| … | Market premium is 23% (NWCast). Internal attrition was 18% in FY2025. |": a cell of sentences is read
  // sentence by sentence, as prose is; the other sentences only hint at the subject.
  // (Shorter, when its figures stand in clauses of their own: "| "Llama 2 70B scores 67.0 on HumanEval; GPT-4 67.5" |".)
  const prose = wordCount(block.text) >= PROSE_CELL_WORDS || (claims.length > 1 && block.text.includes(';') && wordCount(block.text) >= CLAUSED_CELL_WORDS);
  const bounds = prose ? sentenceBounds(block.text) : undefined;
  const sentences = bounds && bounds.length > 2 ? bounds : undefined;
  // Its figures, where the row's text has them, so that each figure's clause is told from its neighbours' (`localSpan`).
  const figures = prose && claims.length > 1 ? claims.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })) : NO_FIGURES;
  const spans = claims.map((c): [number, number] => (sentences ? sentenceAt(sentences, c.start) : [0, block.text.length]));
  // In a cell of prose, each figure's own clause as in a paragraph ("… is 23% and postings … rose 156%").
  const zones = prose ? cellZones(block.text, claims, spans) : spans;
  // (A cell of prose binds its years within itself, sentence by sentence: a neighbour's "for 2026, not 2025" is about another figure.)
  const proseYears = prose ? sentenceYears(row.text, offset, claims, spans) : undefined;
  // "| 1.2 million (2024) | 5.2 million (2026) |": a year in the cell itself is its figures', whatever a neighbour cell's says.
  const ownYears = !prose && YEAR_DIGITS.test(block.text) ? bindYears(row.text, offset, offset + block.text.length, claims.map((c) => [c.start + offset, c.end + offset])) : undefined;
  return claims.map((claim, k) => {
    const terms = new Map<string, number>();
    for (let c = Math.max(0, col - NEAR_CELLS); c < Math.min(row.cells.length, col + NEAR_CELLS + 1); c++) if (c !== col) addTerms(terms, row.terms[c], ROW_CELL);
    const [from, to] = spans[k];
    const [zoneFrom, zoneTo] = zones[k];
    // (Words of a cell of prose are read no further than a sentence's window from the figure, as in a paragraph: a cell of thousands of figures stays linear.)
    const near = (a: number, b: number): string => (prose ? block.text.slice(Math.max(a, claim.start - WINDOW), Math.min(b, claim.end + WINDOW)) : block.text.slice(a, b));
    if (sentences) addTerms(terms, termsOf(near(0, from) + ' ' + near(to, block.text.length)), OTHER_CLAUSE);
    const own = termsOf(near(zoneFrom, claim.start) + ' ' + near(claim.end, zoneTo));
    if (zoneFrom > from || zoneTo < to) {
      // A clause that names too little of its own, or points back ("for the same Forrester average"), speaks of the one before.
      const elliptical = own.filter((t) => !SPEAKING.has(t)).length < ELLIPTICAL_TERMS || pointsBackIn(near(zoneFrom, zoneTo));
      addTerms(terms, termsOf(near(from, zoneFrom)), elliptical ? INHERITED : OTHER_ZONE);
      addTerms(terms, termsOf(near(zoneTo, to)), OTHER_ZONE);
    }
    addTerms(terms, own, 1);
    if (header) addTerms(terms, termsOfHeader(header), 1);
    if (rowHeader) addTerms(terms, row.terms[0], 1);
    const bound: BoundYears = { ...(proseYears ? proseYears[k] : years[k]) };
    if (ownYears?.[k].at !== undefined) bound.at = ownYears[k].at;
    if (ownYears?.[k].since !== undefined) bound.since = ownYears[k].since;
    if (bound.at === undefined) bound.at = rowYear;
    if (bound.at === undefined) delete bound.at;
    const place: ClaimPlace = {
      text: row.text, claimStart: claim.start + offset, claimEnd: claim.end + offset, zoneStart: offset + zoneFrom, zoneEnd: offset + zoneTo,
      sentenceStart: 0, sentenceEnd: row.text.length, around, setting: '', figures, index: figures === NO_FIGURES ? -1 : k, cell: true,
      rowHeader: rowHeader?.text,
    };
    return { terms, years: bound, cited: citedCell(row, block), place };
  });
}

/** The years bound to each figure of a cell, read sentence by sentence with the sentence's other figures (each takes its own). */
function sentenceYears(rowText: string, offset: number, claims: DetectedClaim[], spans: Array<[number, number]>): BoundYears[] {
  const out: BoundYears[] = new Array(claims.length);
  for (let i = 0; i < claims.length; ) {
    let j = i;
    while (j < claims.length && spans[j][0] === spans[i][0]) j++;
    const group = claims.slice(i, j);
    const years = bindYears(rowText, offset + spans[i][0], offset + spans[i][1], group.map((c) => [c.start + offset, c.end + offset]));
    for (let k = i; k < j; k++) out[k] = years[k - i];
    i = j;
  }
  return out;
}

/**
 * Each figure's zone in its sentence of a cell: split from its neighbours as `sentenceContexts`
 * splits them (figures joined by a connector alone share one). Two passes, so a cell of thousands
 * of figures stays linear.
 */
function cellZones(text: string, claims: DetectedClaim[], spans: Array<[number, number]>): Array<[number, number]> {
  const split = claims.map((c, k) => (k > 0 && spans[k - 1][0] === spans[k][0] ? zoneSplit(text, claims[k - 1].end, c.start) : NaN));
  const starts = new Array<number>(claims.length);
  for (let k = 0; k < claims.length; k++) starts[k] = k > 0 && spans[k - 1][0] === spans[k][0] && Number.isNaN(split[k]) ? starts[k - 1] : Number.isNaN(split[k]) ? spans[k][0] : split[k];
  const zones = new Array<[number, number]>(claims.length);
  for (let k = claims.length - 1; k >= 0; k--) {
    const sameNext = k + 1 < claims.length && spans[k + 1][0] === spans[k][0];
    const end = !sameNext ? spans[k][1] : Number.isNaN(split[k + 1]) ? zones[k + 1][1] : split[k + 1];
    zones[k] = [starts[k], end];
  }
  return zones;
}

/** A table cell's figure has no sentence of figures around it. */
const NO_FIGURES: readonly DetectedClaim[] = [];

/** Sentences with more figures than this find an agreeing one through an index, not by a scan per figure. */
const SCAN_FIGURES = 16;
/** Per sentence's figures, by unit and value: the first two figures agreeing with that value. */
const agreeingFigures = new WeakMap<readonly DetectedClaim[], Map<string, number[]>>();

/** The first figure of the place's sentence but its own with `unit` whose value agrees with `value` (`valuesAgree`). */
export function otherFigureAgreeing(place: ClaimPlace, unit: string, value: number): DetectedClaim | undefined {
  const { figures, index } = place;
  const agrees = (s: DetectedClaim): boolean => s.unit === unit && valuesAgree(s, value);
  if (figures.length <= SCAN_FIGURES) return figures.find((s, k) => k !== index && agrees(s));
  let byKey = agreeingFigures.get(figures);
  if (!byKey) agreeingFigures.set(figures, (byKey = new Map()));
  const key = `${unit}\u0000${value}`;
  let first = byKey.get(key);
  if (!first) {
    first = [];
    for (let k = 0; k < figures.length && first.length < 2; k++) if (agrees(figures[k])) first.push(k);
    byKey.set(key, first);
  }
  const k = first[0] === index ? first[1] : first[0];
  return k === undefined ? undefined : figures[k];
}

/** "Year", "As of", "Year given", "Reported year": a column that says the year of its row's figures. */
const YEAR_HEADER = /^(?:(?:data|reported|stated|cited|target|forecast)\s+)?(?:year|date|as of|period|fiscal year|fy|horizon|by)(?:\s+(?:given|stated|cited|claimed|reported|of (?:the )?(?:figure|data)))?$|^year\s+in\s+(?:the\s+)?(?:post|claim|quote|tweet|report|source)$|^(?:année|año|ano|jahr|anno|jaar|年份|年度|연도)$/i;

/** A row's year when its table has a "Year" (or "Date", "As of") column: it dates every figure of the row. */
function yearColumnValue(doc: ProseDocument, rows: number[][], rowIndex: number, row: RowContext): number | undefined {
  if (rowIndex === 0) return undefined;
  const headers = rows[0];
  for (let c = 0; c < headers.length && c < row.cells.length; c++) {
    const head = headers[c] !== undefined ? doc.blocks[headers[c]].text.trim() : '';
    if (!YEAR_HEADER.test(head)) continue;
    const m = /^\s*(?:fy\s*)?((?:19|20)\d\d)\b/i.exec(row.cells[c].text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Words in a zone that point back at what came before ("for the same comparison", "that $87 billion"). */
function pointsBackIn(zone: string): boolean {
  return ANAPHORA.test(zone) || POINTING_AT_FIGURE.test(zone) || BRACKETED_REPORT.test(zone) || (DEFINITE_FIGURE.test(zone) && namesIn(zone, 0, zone.length).length === 0);
}

/** "45 million downloads (a rival guide says 54 million …)": a bracket giving someone's figure for what the clause before counts. */
const BRACKETED_REPORT = /^[\s,]*\((?:[^()\d]{0,40}\s)?(?:says|said|claims|claimed|reports|reported|gives|gave|puts|put)\s/i;
