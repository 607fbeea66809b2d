import type { DetectedClaim } from '../detect/figure';
import type { ProseBlock, ProseDocument } from '../markdown/prose';
import { hasCitation } from './citations';
import type { ClaimContext } from './judge';
import { sentenceAt, sentenceBounds } from './sentences';
import { termsWithOffsets, termsOf } from './terms';
import { bindYears, type BoundYears } from './years';

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
/** The sentence before one that opens with "It", "They", "The company"…: what the pronoun stands for. */
const ANTECEDENT = 0.5;
const PRONOUN_OPENING = /^[\s"“(*_]*(it|its|they|their|this|these|that|those|he|she|the (?:company|platform|firm|startup|model|hub|project|vendor|report|study|survey))\b/i;

/**
 * The context of each claim of a block: the terms of its sentence (or, for a
 * table cell, of its row and column headers), the years bound to it and whether
 * it carries a citation. Linear in the block's length.
 */
export function claimContexts(doc: ProseDocument, block: ProseBlock, claims: DetectedClaim[], heading?: ProseBlock, next?: ProseBlock): ClaimContext[] {
  const contexts = block.role === 'cell' && block.cell ? cellContexts(doc, block, claims) : sentenceContexts(block, claims);
  const around: Array<[ProseBlock | undefined, number]> = [
    [heading, HEADING],
    [block.parent !== undefined ? doc.blocks[block.parent] : undefined, HEADING],
    [block.previousItem !== undefined ? doc.blocks[block.previousItem] : undefined, PREVIOUS_ITEM],
    [block.role === 'heading' && next?.role !== 'heading' ? next : undefined, SECTION_START],
  ];
  for (const [other, weight] of around) {
    if (!other) continue;
    const terms = termsOf(other.text);
    for (const c of contexts) addTerms(c.terms, terms, weight);
  }
  return contexts;
}

function addTerms(terms: Map<string, number>, list: string[], weight: number): void {
  for (const t of list) if ((terms.get(t) ?? 0) < weight) terms.set(t, weight);
}

function sentenceContexts(block: ProseBlock, claims: DetectedClaim[]): ClaimContext[] {
  const bounds = sentenceBounds(block.text);
  const out: ClaimContext[] = new Array(claims.length);
  let i = 0;
  while (i < claims.length) {
    const [from, to] = sentenceAt(bounds, claims[i].start);
    let j = i;
    while (j < claims.length && claims[j].start < to) j++;
    const group = claims.slice(i, j);
    const words = termsWithOffsets(block.text.slice(from, to));
    const years = bindYears(block.text, from, to, group.map((c) => [c.start, c.end]));
    const cited = hasCitation(block, from, to);
    const antecedent = from > 0 && PRONOUN_OPENING.test(block.text.slice(from, from + 24)) ? termsOf(block.text.slice(...sentenceAt(bounds, from - 1))) : [];
    group.forEach((claim, k) => {
      const zoneStart = k === 0 ? from : zoneSplit(block.text, group[k - 1].end, claim.start);
      const zoneEnd = k === group.length - 1 ? to : zoneSplit(block.text, claim.end, group[k + 1].start);
      const terms = new Map<string, number>();
      const [clauseStart, clauseEnd] = hardClause(block.text, from, to, claim.start);
      for (const [term, offset] of words) {
        const at = from + offset;
        if (at >= claim.start && at < claim.end) continue;
        const weight = at >= zoneStart && at < zoneEnd ? 1 : at >= clauseStart && at < clauseEnd ? OTHER_ZONE : OTHER_CLAUSE;
        if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
      }
      addTerms(terms, antecedent, ANTECEDENT);
      out[i + k] = { terms, years: years[k], cited };
    });
    i = j;
  }
  return out;
}

const HARD_BREAKS = [';', ' \u2014 ', '\u2014', ' \u2013 '];

/** The part of the sentence `[from, to)` around `at` between ";", dashes and colons. */
function hardClause(text: string, from: number, to: number, at: number): [number, number] {
  let start = from;
  let end = to;
  for (const mark of HARD_BREAKS) {
    const before = text.lastIndexOf(mark, at);
    if (before >= start) start = before + mark.length;
    const after = text.indexOf(mark, at);
    if (after >= 0 && after < end) end = after;
  }
  return [start, end];
}

const JOINED_CLAUSE = /,\s+(?:while|whereas|but|and|compared|versus|against|with|yet)\b|\s(?:vs\.?|versus|against|compared\s+(?:to|with))\s/g;

/**
 * Where the words of one figure end and the next figure's begin: at the strongest
 * clause break between them (";", a dash, ", while", a comma), else half way.
 */
function zoneSplit(text: string, a: number, b: number): number {
  const between = text.slice(a, b);
  for (const mark of HARD_BREAKS) {
    const at = between.lastIndexOf(mark);
    if (at >= 0) return a + at + 1;
  }
  let clause = -1;
  JOINED_CLAUSE.lastIndex = 0;
  for (let m = JOINED_CLAUSE.exec(between); m; m = JOINED_CLAUSE.exec(between)) clause = m.index;
  if (clause >= 0) return a + clause + 1;
  const comma = between.lastIndexOf(',');
  return comma >= 0 ? a + comma + 1 : (a + b) / 2;
}

function cellContexts(doc: ProseDocument, block: ProseBlock, claims: DetectedClaim[]): ClaimContext[] {
  const place = block.cell!;
  const rows = doc.tables[place.table];
  const row = rows[place.row].map((b) => doc.blocks[b]);
  const header = place.row > 0 ? doc.blocks[rows[0][place.col]] : undefined;
  const rowHeader = place.col > 0 ? row[0] : undefined;
  const cited = row.some((cell) => hasCitation(cell, 0, cell.text.length));
  let rowText = '';
  let offset = 0;
  for (const cell of row) {
    if (cell === block) offset = rowText.length;
    rowText += cell.text + ' ';
  }
  const years = bindYears(rowText, 0, rowText.length, claims.map((c) => [c.start + offset, c.end + offset]));
  const headerYear = header && /^\s*(19|20)\d\d\s*$/.test(header.text) ? Number(header.text.trim()) : undefined;
  return claims.map((claim, k) => {
    const terms = new Map<string, number>();
    for (const cell of row) if (cell !== block) addTerms(terms, termsOf(cell.text), ROW_CELL);
    addTerms(terms, termsOf(block.text.slice(0, claim.start) + ' ' + block.text.slice(claim.end)), 1);
    if (header) addTerms(terms, termsOf(header.text), 1);
    if (rowHeader) addTerms(terms, termsOf(rowHeader.text), 1);
    const bound: BoundYears = { ...years[k] };
    if (bound.at === undefined && headerYear !== undefined) bound.at = headerYear;
    return { terms, years: bound, cited };
  });
}
