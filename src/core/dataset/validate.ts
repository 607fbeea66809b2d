import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../media/schema/statlens-dataset.schema.json';
import { detectClaims } from '../detect/detector';
import type { Article, Dataset, DatasetIssue, StatRecord } from './types';

const KNOWN_UNITS = schema.definitions.record.properties.unit.anyOf[0].enum as string[];

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
  /** One entry per problem; a record with a problem is left out, the rest are kept. */
  issues: DatasetIssue[];
}

/**
 * Reads a dataset file's text. Pure: the caller reads the file. Every problem
 * becomes one issue naming the file, the record (index and id) and the field;
 * valid records are kept so that checking carries on with them.
 */
export function parseDataset(origin: string, text: string, takenIds: ReadonlySet<string> = new Set()): ParsedDataset {
  // A length in UTF-16 units: a file's byte size is at least that, so callers that can stat should.
  const tooLarge = sizeIssue(origin, text.length);
  if (tooLarge) return { issues: [tooLarge] };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { issues: [{ origin, message: `not valid JSON: ${jsonErrorWhere(text, error)}` }] };
  }
  return datasetFromJson(origin, json, takenIds);
}

/** The same checks on an already parsed value (the bundled dataset is imported as JSON). */
export function datasetFromJson(origin: string, json: unknown, takenIds: ReadonlySet<string> = new Set()): ParsedDataset {
  if (!isObject(json)) return { issues: [{ origin, message: `expected an object with a "records" array, found ${describe(json)}` }] };
  if (json.records === undefined) return { issues: [{ origin, field: 'records', message: 'is missing (required): a dataset is {"records": [ … ]}' }] };
  if (!Array.isArray(json.records)) return { issues: [{ origin, field: 'records', message: `expected an array of records, found ${describe(json.records)}` }] };
  const issues: DatasetIssue[] = [];
  const articles = readArticles(origin, json.articles, issues);
  const records: StatRecord[] = [];
  const ids = new Set(takenIds);
  json.records.forEach((raw: unknown, index: number) => {
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const problem = recordProblem(raw, articles, ids);
    if (problem) {
      issues.push({ origin, index, id, field: problem.field, message: problem.message });
      return;
    }
    const record = raw as unknown as StatRecord & { article: string | Article };
    const article = typeof record.article === 'string' ? articles.get(record.article)! : record.article;
    ids.add(record.id);
    records.push({ ...record, article });
  });
  const name = typeof json.name === 'string' && json.name ? json.name : origin;
  return { dataset: { origin, name, records }, issues };
}

function readArticles(origin: string, raw: unknown, issues: DatasetIssue[]): Map<string, Article> {
  const articles = new Map<string, Article>();
  if (raw === undefined) return articles;
  if (!Array.isArray(raw)) {
    issues.push({ origin, field: 'articles', message: `expected an array of articles, found ${describe(raw)}` });
    return articles;
  }
  raw.forEach((article: unknown, i: number) => {
    const result = articleValidator.validate(article);
    if (!result.valid) {
      const [field, message] = explain(result.errors, article);
      issues.push({ origin, field: `articles[${i}]${field ? `.${field}` : ''}`, message });
    } else if (isObject(article) && typeof article.id === 'string') {
      articles.set(article.id, article as unknown as Article);
    }
  });
  return articles;
}

interface Problem {
  field?: string;
  message: string;
}

function recordProblem(raw: unknown, articles: Map<string, Article>, ids: Set<string>): Problem | undefined {
  if (!isObject(raw)) return { message: `expected an object, found ${describe(raw)}` };
  const result = recordValidator.validate(raw);
  if (!result.valid) {
    const [field, message] = explain(result.errors, raw);
    return { field, message };
  }
  const r = raw as unknown as StatRecord & { article: string | Article };
  if (ids.has(r.id)) return { field: 'id', message: `duplicate id "${r.id}" (ids must be unique across all datasets)` };
  if (typeof r.article === 'string' && !articles.has(r.article)) return { field: 'article', message: `no article with id "${r.article}" in "articles"` };
  if (!r.quote.includes(r.text)) return { field: 'quote', message: `the quote does not contain the figure "${r.text}"` };
  return valueProblem(r);
}

/** The value must be what the text says, read the way notes are read. */
function valueProblem(r: StatRecord): Problem | undefined {
  if (r.unit === 'score') {
    return Number(r.text) === r.value ? undefined : { field: 'value', message: `${r.value} is not the figure "${r.text}" (expected ${Number(r.text)})` };
  }
  const claim = detectClaims(r.text).find((c) => c.start === 0 && c.end === r.text.length);
  if (!claim) return { field: 'text', message: `"${r.text}" is not a figure StatLens can read (e.g. "73%", "$47 billion", "3.2x", "250,000")` };
  if (claim.unit !== r.unit) return { field: 'unit', message: `"${r.text}" reads as unit "${claim.unit}", not "${r.unit}"` };
  if (Math.abs(claim.value - r.value) > 1e-9 * Math.max(Math.abs(r.value), 1e-12)) {
    return { field: 'value', message: `${r.value} is not the figure "${r.text}" (expected ${claim.value})` };
  }
  return undefined;
}

/** The most specific schema error, as [field, plain-English message]. */
function explain(errors: OutputUnit[], instance: unknown): [string | undefined, string] {
  const deepest = [...errors].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length)[0];
  const required = errors.find((e) => e.keyword === 'required');
  if (required && deepest.instanceLocation === '#') {
    const field = /"([^"]+)"/.exec(required.error)?.[1];
    return [field, 'is missing (required)'];
  }
  const path = deepest.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
  const field = path.join('.') || undefined;
  const value = path.reduce<unknown>((v, k) => (isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined), instance);
  const additional = errors.find((e) => e.keyword === 'additionalProperties');
  if (deepest.keyword === 'false' && additional) return [field, 'is not a known field'];
  if (field === 'unit') return [field, `"${String(value)}" is not a known unit; use one of ${KNOWN_UNITS.join(', ')} or a rate like "USD/token"`];
  if (field === 'article' && deepest.keyword === 'oneOf') return [field, `must be an article (an object with title, publisher and date) or the id of one in "articles", found ${describe(value)}`];
  switch (deepest.keyword) {
    case 'type':
      return [field, `must be ${/Expected "([^"]+)"/.exec(deepest.error)?.[1] ?? 'another type'}, found ${describe(value)}`];
    case 'minimum':
    case 'maximum':
      return [field, `${String(value)} is out of range (${deepest.error.replace(/^\S+ is /, '').replace(/\.$/, '')})`];
    case 'minLength':
      return [field, 'must not be empty'];
    case 'pattern':
      return [field, `"${String(value)}" is not in the expected form`];
    default:
      return [field, deepest.error];
  }
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

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string ("${v.length > 30 ? v.slice(0, 30) + '…' : v}")`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v} (${String(v)})`;
}
