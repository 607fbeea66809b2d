import type { OutputUnit } from '@cfworker/json-schema';
import schema from '../../../media/schema/statlens-dataset.schema.json';

const KNOWN_UNITS = schema.definitions.record.properties.unit.anyOf[0].enum as string[];

export interface Problem {
  /** Dotted path inside the record or article ("year", "article.date"); none for the whole of it. */
  field?: string;
  message: string;
}

/**
 * Every schema error of one record or article, one problem per field. The validator
 * reports each failure at every level (the field, the "properties" keyword above it,
 * both branches of a oneOf); only the deepest places are problems, or the writer
 * would fix one field per run. A missing field is placed where it would be.
 */
export function schemaProblems(errors: OutputUnit[], instance: unknown): Problem[] {
  const at = new Map<string, OutputUnit[]>();
  for (const error of errors) {
    const missing = error.keyword === 'required' ? /"([^"]+)"/.exec(error.error)?.[1] : undefined;
    const location = missing === undefined ? error.instanceLocation : `${error.instanceLocation}/${missing}`;
    at.set(location, [...(at.get(location) ?? []), error]);
  }
  const locations = [...at.keys()];
  const leaves = locations.filter((l) => !locations.some((m) => m.startsWith(`${l}/`)));
  return leaves.map((leaf) => explain(leaf, at.get(leaf)!, instance));
}

/** The errors at one place, as a field and a plain-English message. */
function explain(location: string, errors: OutputUnit[], instance: unknown): Problem {
  const path = location.replace(/^#\/?/, '').split('/').filter(Boolean);
  const field = path.join('.') || undefined;
  const value = path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), instance);
  const first = errors[0];
  if (first.keyword === 'required') return { field, message: 'is missing (required)' };
  // A `false` schema only comes from additionalProperties: false.
  if (first.keyword === 'false') return { field, message: 'is not a known field' };
  if (field === 'unit') return { field, message: `"${String(value)}" is not a known unit; use one of ${KNOWN_UNITS.join(', ')}, a currency code such as "CNY", or a rate such as "USD/token" or "requests/s"` };
  if (field === 'article' && first.keyword === 'oneOf') return { field, message: `must be an article (an object with title, publisher and date) or the id of one in "articles", found ${describe(value)}` };
  switch (first.keyword) {
    case 'type':
      return { field, message: `must be ${/Expected "([^"]+)"/.exec(first.error)?.[1] ?? 'another type'}, found ${describe(value)}` };
    case 'minimum':
    case 'maximum':
      return { field, message: `${String(value)} is out of range (${first.error.replace(/^\S+ is /, '').replace(/\.$/, '')})` };
    case 'minLength':
      return { field, message: 'must not be empty' };
    case 'pattern':
      return { field, message: `"${String(value)}" is not in the expected form` };
    default:
      return { field, message: first.error };
  }
}

/** A value as a message names it: its type, and a short form of it. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string ("${v.length > 30 ? v.slice(0, 30) + '…' : v}")`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v} (${String(v)})`;
}
