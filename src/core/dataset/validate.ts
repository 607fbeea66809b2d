import { Validator } from '@cfworker/json-schema';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../media/schema/statlens-dataset.schema.json';
import { detectClaims } from '../detect/detector';
import type { DetectedClaim } from '../detect/figure';
import { describe, schemaProblems, type Problem } from './schemaProblems';
import type { Article, Dataset, DatasetIssue, StatRecord } from './types';

const recordValidator = new Validator({ ...schema.definitions.record, definitions: schema.definitions } as object, '7', false);
const articleValidator = new Validator({ ...schema.definitions.article, definitions: schema.definitions } as object, '7', false);

/**
 * Dataset files above this size are refused, unread: 5 MB is some 12,000 records
 * (the bundled dataset is 19 KB), and parsing and indexing much more would hold
 * up the editor's activation for seconds.
 */
export const MAX_DATASET_BYTES = 5_000_000;

/** The issue for a dataset file of `bytes` bytes when it is over the limit. */
export function sizeIssue(origin: string, bytes: number): DatasetIssue | undefined {
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  return { origin, message: `${(bytes / 1e6).toFixed(1)} MB is over the ${MAX_DATASET_BYTES / 1e6} MB limit for a dataset file; split it into several files` };
}

export interface ParsedDataset {
  /** The valid records (undefined when the file as a whole is unusable). */
  dataset?: Dataset;
  /** One entry per problem, in file order; a record with a problem is left out, the rest are kept. */
  issues: DatasetIssue[];
  /** Every id the file's records name, valid or not: files read after it may not reuse them. */
  ids: string[];
}

/**
 * Reads a dataset file's text. Pure: the caller reads the file. Every problem
 * becomes one issue naming the file, the record (index and id) and the field;
 * valid records are kept so that checking carries on with them.
 */
export function parseDataset(origin: string, text: string, takenIds: ReadonlySet<string> = new Set()): ParsedDataset {
  // A length in UTF-16 units: a file's byte size is at least that, so callers that can stat should.
  const tooLarge = sizeIssue(origin, text.length);
  if (tooLarge) return { issues: [tooLarge], ids: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { issues: [{ origin, message: `not valid JSON: ${jsonErrorWhere(text, error)}` }], ids: [] };
  }
  return datasetFromJson(origin, json, takenIds);
}

/** An issue and where it is in the file, as keys from the top: ["records", 3, "article", "date"]. */
interface Found {
  issue: DatasetIssue;
  path: Array<string | number>;
}

/**
 * The same checks on an already parsed value (the bundled dataset is imported as JSON).
 * Every check runs on every record, each on the fields the schema let through, so that
 * one run reports all that a writer has to fix.
 */
export function datasetFromJson(origin: string, json: unknown, takenIds: ReadonlySet<string> = new Set()): ParsedDataset {
  if (!isObject(json)) return { issues: [{ origin, message: `expected an object with a "records" array, found ${describe(json)}` }], ids: [] };
  const found: Found[] = [];
  const articles = readArticles(origin, json.articles, found);
  const finish = (dataset?: Dataset, ids: string[] = []): ParsedDataset => ({ dataset, issues: inFileOrder(json, found), ids });
  if (json.records === undefined) {
    found.push({ issue: { origin, field: 'records', message: 'is missing (required): a dataset is {"records": [ … ]}' }, path: ['records'] });
    return finish();
  }
  if (!Array.isArray(json.records)) {
    found.push({ issue: { origin, field: 'records', message: `expected an array of records, found ${describe(json.records)}` }, path: ['records'] });
    return finish();
  }
  const records: StatRecord[] = [];
  /** Each id this file names, with the first record that names it. */
  const seen = new Map<string, number>();
  json.records.forEach((raw: unknown, index: number) => {
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const problems = recordProblems(raw, articles, { taken: takenIds, seen });
    if (id !== undefined && !seen.has(id)) seen.set(id, index);
    for (const { field, message } of problems) {
      found.push({ issue: { origin, index, id, field, message }, path: ['records', index, ...(field?.split('.') ?? [])] });
    }
    if (problems.length) return;
    const record = raw as unknown as StatRecord & { article: string | Article };
    const article = typeof record.article === 'string' ? articles.valid.get(record.article)! : record.article;
    records.push({ ...record, article });
  });
  const name = typeof json.name === 'string' && json.name ? json.name : origin;
  return finish({ origin, name, records }, [...seen.keys()]);
}

interface Articles {
  valid: Map<string, Article>;
  /** The index in "articles" of each id whose article has a problem. */
  broken: Map<string, number>;
}

function readArticles(origin: string, raw: unknown, found: Found[]): Articles {
  const articles: Articles = { valid: new Map(), broken: new Map() };
  if (raw === undefined) return articles;
  if (!Array.isArray(raw)) {
    found.push({ issue: { origin, field: 'articles', message: `expected an array of articles, found ${describe(raw)}` }, path: ['articles'] });
    return articles;
  }
  raw.forEach((article: unknown, i: number) => {
    const id = isObject(article) && typeof article.id === 'string' ? article.id : undefined;
    const result = articleValidator.validate(article);
    if (result.valid) {
      if (id !== undefined) articles.valid.set(id, article as unknown as Article);
      return;
    }
    if (id !== undefined) articles.broken.set(id, i);
    for (const { field, message } of schemaProblems(result.errors, article)) {
      found.push({ issue: { origin, field: `articles[${i}]${field ? `.${field}` : ''}`, message }, path: ['articles', i, ...(field?.split('.') ?? [])] });
    }
  });
  return articles;
}

interface Ids {
  /** Taken by the datasets read before this file. */
  taken: ReadonlySet<string>;
  /** Named by earlier records of this file, with the first record that names each. */
  seen: ReadonlyMap<string, number>;
}

function recordProblems(raw: unknown, articles: Articles, ids: Ids): Problem[] {
  if (!isObject(raw)) return [{ message: `expected an object, found ${describe(raw)}` }];
  const result = recordValidator.validate(raw);
  const problems = result.valid ? [] : schemaProblems(result.errors, raw);
  const invalid = new Set(problems.map((p) => p.field?.split('.')[0]));
  // Fields the schema let through have their types; the later checks read only those.
  const ok = (field: keyof StatRecord): boolean => !invalid.has(field);
  const r = raw as unknown as StatRecord & { article: string | Article };
  if (ok('id') && ids.taken.has(r.id)) problems.push({ field: 'id', message: `duplicate id "${r.id}" (ids must be unique across all datasets)` });
  else if (ok('id') && ids.seen.has(r.id)) problems.push({ field: 'id', message: `duplicate id "${r.id}" (record ${ids.seen.get(r.id)} has it too; ids must be unique across all datasets)` });
  if (ok('article') && typeof r.article === 'string' && !articles.valid.has(r.article)) {
    const broken = articles.broken.get(r.article);
    problems.push({ field: 'article', message: broken === undefined ? `no article with id "${r.article}" in "articles"` : `the article "${r.article}" has a problem (articles[${broken}])` });
  }
  if (ok('quote') && ok('text') && !r.quote.includes(r.text)) problems.push({ field: 'quote', message: `the quote does not contain the figure "${r.text}"` });
  return [...problems, ...valueProblems(r, ok)];
}

/** The value and unit must be what the text says, read the way notes are read. */
function valueProblems(r: StatRecord, ok: (field: keyof StatRecord) => boolean): Problem[] {
  if (!ok('text')) return [];
  const mismatch = (expected: number): Problem[] => (ok('value') && Math.abs(expected - r.value) > 1e-9 * Math.max(Math.abs(r.value), 1e-12) ? [{ field: 'value', message: `${r.value} is not the figure "${r.text}" (expected ${expected})` }] : []);
  if (ok('unit') && r.unit === 'score') return ok('value') && Number(r.text) !== r.value ? [{ field: 'value', message: `${r.value} is not the figure "${r.text}" (expected ${Number(r.text)})` }] : [];
  // A figure whose unit needs its sentence ("340 ms" of latency) is read in its quote.
  const claim = detectClaims(r.text).find((c) => c.start === 0 && c.end === r.text.length) ?? (ok('quote') ? inQuote(r.text, r.quote) : undefined);
  // With no known unit, a text that is not a figure may be a score: nothing more to say.
  if (!claim) return ok('unit') ? [{ field: 'text', message: `"${r.text}" is not a figure StatLens can read (e.g. "73%", "$47 billion", "3.2x", "250,000")` }] : [];
  const wrongUnit: Problem[] = ok('unit') && claim.unit !== r.unit ? [{ field: 'unit', message: `"${r.text}" reads as unit "${claim.unit}", not "${r.unit}"` }] : [];
  return [...mismatch(claim.value), ...wrongUnit];
}

/** The figure `text` where the quote states it, read with the words around it. */
function inQuote(text: string, quote: string): DetectedClaim | undefined {
  return detectClaims(quote).find((c) => quote.slice(c.start, c.end) === text);
}

/**
 * Issues sorted as the file has them: by the position of each key on the way down
 * (records by index, fields in the order the record writes them); a missing field
 * sorts after the fields present, and ties keep the order they were found in.
 */
function inFileOrder(json: unknown, found: Found[]): DatasetIssue[] {
  const position = (path: Array<string | number>): number[] => {
    let node = json;
    return path.map((key) => {
      const keys = isObject(node) ? Object.keys(node) : [];
      const at = Array.isArray(node) && typeof key === 'number' ? key : keys.indexOf(String(key));
      node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
      return at < 0 ? keys.length : at;
    });
  };
  const keyed = found.map((f) => ({ issue: f.issue, at: position(f.path) }));
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  return keyed.sort((a, b) => compare(a.at, b.at)).map((k) => k.issue);
}

/** Where and why JSON.parse failed, which Node 20's own message does not say. */
function jsonErrorWhere(text: string, error: unknown): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const trailingComma = /,\s*$/.test(before) && /^\s*[\]}]/.test(text.slice(first.offset));
  const what = trailingComma ? 'trailing comma' : describeJsonError(printParseErrorCode(first.error));
  return `${what} at line ${line}, column ${column}`;
}

/** "PropertyNameExpected" → "property name expected". */
function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

