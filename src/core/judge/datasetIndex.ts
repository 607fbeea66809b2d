import type { Dataset, StatRecord } from '../dataset/types';
import { termOf, termsOf } from './terms';
import { recordFacets, type RecordFacets } from './evidence';
import { WHEN_OR_WHICH_WAY } from './vocabulary';

/** How much each field of a record says about its subject. */
const FIELD_WEIGHT = { subject: 1, keywords: 0.8, source: 0.8, quote: 0.25 };

/** Capitalised words that name nothing in particular. */
const GENERIC_NAMES = new Set(['ai', 'api', 'llm', 'gpu', 'us', 'eu', 'ceo']);

export interface IndexedRecord {
  record: StatRecord;
  /** term → weight (field weight × rarity across the dataset). */
  weights: Map<string, number>;
  /** The most a context can score: the weight of the subject's own terms. */
  norm: number;
  /**
   * Names in the subject, each a run of capitalised words ("Code Llama", "Hugging Face",
   * "Whisper") as terms; a note about the record names at least one of them in full.
   */
  names: string[][];
  /**
   * Whose the figure is and what it measures, as the evidence model reads them. Records
   * read alike share one object, so a figure weighs them once (`judge`).
   */
  facets: RecordFacets;
}

/** Units a claim may be compared with: a bare benchmark score can match a percentage. */
const COMPATIBLE: ReadonlyMap<string, string[]> = new Map([['score', ['score', 'percent']], ['percent', ['percent', 'score']]]);

/** One term's records in a candidate list. */
export interface TermPostings {
  /** The candidates that weigh the term, in list order (ascending)… */
  records: Int32Array;
  /** …and their weights for it. */
  weights: Float64Array;
}

/**
 * The records a unit's claims are compared with, and for each term the records that
 * weigh it: a claim's context is read once, not once per record. What a figure reads
 * of every record its words touch is kept flat, in list order, so that the many
 * records that fall short are never visited.
 */
export interface Candidates {
  list: IndexedRecord[];
  postings: Map<string, TermPostings>;
  /** Each candidate's `norm`. */
  norms: Float64Array;
  /** Each candidate's `record.value`. */
  values: Float64Array;
  /** The candidates by value, ascending, and those values: the records a figure agrees with lie in a range. */
  byValue: Int32Array;
  sortedValues: Float64Array;
  /** Candidate k's subject names are `nameIds[nameStart[k]]` up to `nameIds[nameStart[k + 1]]`: ids into `DatasetIndex.names`. */
  nameStart: Int32Array;
  nameIds: Int32Array;
  /** 1 for a candidate whose keywords name its owner otherwise (`facets.aliases`): most have none, and are never visited for them. */
  aliased: Uint8Array;
}

export class DatasetIndex {
  readonly records: IndexedRecord[];
  /** Every distinct name of the records' subjects (`IndexedRecord.names`), once: a figure looks each up once. */
  readonly names: string[][] = [];
  private readonly nameIdOf = new Map<string, number>();
  private readonly byUnit = new Map<string, IndexedRecord[]>();
  private readonly byCompatibleUnit = new Map<string, Candidates>();

  constructor(readonly datasets: readonly Dataset[]) {
    const all = datasets.flatMap((d) => d.records);
    const fields = all.map(recordFields);
    const df = new Map<string, number>();
    for (const f of fields) for (const t of new Set([...f.subject, ...f.keywords, ...f.source, ...f.quote])) df.set(t, (df.get(t) ?? 0) + 1);
    const idf = (t: string): number => Math.log(1 + all.length / (df.get(t) ?? 1));
    const facetsByKey = new Map<string, RecordFacets>();
    this.records = all.map((record, i) => indexRecord(record, fields[i], idf, facetsByKey));
    for (const r of this.records) {
      for (const unit of unitsOf(r.record)) {
        const list = this.byUnit.get(unit) ?? [];
        list.push(r);
        this.byUnit.set(unit, list);
      }
    }
  }

  get size(): number {
    return this.records.length;
  }

  /** Records whose unit a claim in `unit` can be compared with. */
  candidates(unit: string): Candidates {
    let found = this.byCompatibleUnit.get(unit);
    if (!found) {
      const list = (COMPATIBLE.get(unit) ?? [unit]).flatMap((u) => this.byUnit.get(u) ?? []);
      found = candidateList(list, (name) => this.nameId(name));
      this.byCompatibleUnit.set(unit, found);
    }
    return found;
  }

  private nameId(name: string[]): number {
    const key = name.join('\u0000');
    let id = this.nameIdOf.get(key);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.nameIdOf.set(key, id);
    }
    return id;
  }

  byId(id: string): StatRecord | undefined {
    return this.records.find((r) => r.record.id === id)?.record;
  }
}

function candidateList(list: IndexedRecord[], nameId: (name: string[]) => number): Candidates {
  const byRecord = new Map<string, number[]>();
  list.forEach((entry, k) => {
    for (const [term, weight] of entry.weights) {
      const p = byRecord.get(term);
      if (p) p.push(k, weight);
      else byRecord.set(term, [k, weight]);
    }
  });
  const postings = new Map<string, TermPostings>();
  for (const [term, p] of byRecord) {
    const ks = Array.from({ length: p.length / 2 }, (_, i) => p[2 * i]);
    postings.set(term, { records: Int32Array.from(ks), weights: Float64Array.from(ks, (_, i) => p[2 * i + 1]) });
  }
  const values = Float64Array.from(list, (e) => e.record.value);
  const byValue = Int32Array.from(list.keys()).sort((x, y) => values[x] - values[y] || x - y);
  const nameStart = new Int32Array(list.length + 1);
  const nameIds: number[] = [];
  list.forEach((entry, k) => {
    for (const name of entry.names) nameIds.push(nameId(name));
    nameStart[k + 1] = nameIds.length;
  });
  return { list, postings, norms: Float64Array.from(list, (e) => e.norm), values, byValue, sortedValues: Float64Array.from(byValue, (k) => values[k]), nameStart, nameIds: Int32Array.from(nameIds), aliased: Uint8Array.from(list, (e) => (e.facets.aliases.size > 0 ? 1 : 0)) };
}

/** Says a sum of money is a year's ("annual savings", "saves $2.3 million annually"). */
const ANNUAL = /\b(?:annual|annually|yearly|per year|a year|each year|every year)\b/i;

/** The units a record can be compared in: a year's sum of money is also a rate per year ("$2.3M/yr"). */
function unitsOf(record: StatRecord): string[] {
  const money = /^[A-Z]{3}$/.test(record.unit);
  return money && (ANNUAL.test(record.subject) || ANNUAL.test(record.quote)) ? [record.unit, `${record.unit}/year`] : [record.unit];
}

interface Fields {
  subject: string[];
  keywords: string[];
  source: string[];
  quote: string[];
}

function recordFields(r: StatRecord): Fields {
  return {
    subject: termsOf(r.subject),
    keywords: termsOf((r.keywords ?? []).join(' ')),
    source: termsOf(r.source),
    quote: termsOf(r.quote),
  };
}

function indexRecord(record: StatRecord, fields: Fields, idf: (t: string) => number, facetsByKey: Map<string, RecordFacets>): IndexedRecord {
  const weights = new Map<string, number>();
  const put = (terms: string[], weight: number): void => {
    for (const t of terms) weights.set(t, Math.max(weights.get(t) ?? 0, weight * idf(t)));
  };
  put(fields.quote, FIELD_WEIGHT.quote);
  put(fields.source, FIELD_WEIGHT.source);
  put(fields.keywords, FIELD_WEIGHT.keywords);
  put(fields.subject, FIELD_WEIGHT.subject);
  let norm = 0;
  for (const t of new Set(fields.subject)) norm += idf(t);
  // A subject with no words to match (an imported ", " or "~"), or only words of when and which way ("Up from 36% last
  // year.", "Last year it was 53%."), says nothing of what the figure is or whose: no context can match it.
  // (Nor does a unit's letter: an imported "M" of "$0.11/M tokens".)
  const says = fields.subject.some((t) => !WHEN_OR_WHICH_WAY.has(t) && t.length > 1);
  return { record, weights, norm: norm > 0 && says ? norm : Infinity, names: namesIn(record.subject, record.quote), facets: shared(recordFacets(record), facetsByKey) };
}

/** The facets object of an earlier record read exactly alike (sets in their order), else `facets` itself, kept for the next. */
function shared(facets: RecordFacets, byKey: Map<string, RecordFacets>): RecordFacets {
  const key = JSON.stringify(facets, (_, value: unknown) => (value instanceof Set ? { set: [...(value as Set<unknown>)] } : value));
  const found = byKey.get(key);
  if (found) return found;
  byKey.set(key, facets);
  return facets;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The names in a subject: runs of capitalised (or numbered) words, as terms. A
 * capital at the subject's start may just start the phrase ("Enterprise adoption"),
 * so the first word counts only when the quote also capitalises it mid-sentence.
 */
function namesIn(subject: string, quote: string): string[][] {
  const names: string[][] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) names.push(run);
    run = [];
  };
  const words = subject.match(WORDS) ?? [];
  words.forEach((word, i) => {
    const capital = /\p{Lu}/u.test(word) && !(i === 0 && /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) && !capitalisedInside(quote, word));
    if (!capital && !(run.length && /\d/.test(word))) return flush();
    for (const part of word.split('-')) {
      // "API-based", "GPT-4-class": a lower-case part only describes the name.
      if (!/^[\p{Lu}\p{N}]/u.test(part)) continue;
      const t = termOf(part);
      if (t && !GENERIC_NAMES.has(t)) run.push(...t.split(' '));
    }
  });
  flush();
  return names;
}

function capitalisedInside(quote: string, word: string): boolean {
  for (let at = quote.indexOf(word); at >= 0; at = quote.indexOf(word, at + 1)) {
    if (at > 0 && !/[.!?]\s*$/.test(quote.slice(0, at))) return true;
  }
  return false;
}
