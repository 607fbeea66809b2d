import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../media/schema/statlens-config.schema.json';
import type { Status } from '../judge/judge';
import type { Severity } from '../rules/rule';
import { compileIgnore } from './apply';
import type { ConfigProblem, StatLensConfig } from './types';

const validator = new Validator(schema as object, '7', false);
const FIELDS = Object.keys(schema.properties).filter((k) => k !== '$schema');
const STATUSES = Object.keys(schema.properties.severity.properties);
const SEVERITIES = schema.definitions.severity.enum;

export interface ParsedConfig {
  /** Undefined when the file has any problem: a half-read config would check notes in a way nobody asked for. */
  config?: StatLensConfig;
  problems: ConfigProblem[];
}

/**
 * Reads a `.statlens.json` (JSON with comments and trailing commas). Pure: the
 * caller reads the file. Every problem is one line naming the file and the field.
 */
export function parseConfig(origin: string, text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json: unknown = parseJsonc(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) return { problems: [{ origin, message: `not valid JSON: ${where(body, errors[0])}` }] };
  if (!isObject(json)) return { problems: [{ origin, message: `expected an object such as { "severity": { "cited": "off" } }, found ${describe(json)}` }] };
  const result = validator.validate(json);
  const problems = result.valid ? [] : leafErrors(result.errors).map((e) => problemOf(origin, e, json));
  if (problems.length === 0) problems.push(...semanticProblems(origin, json));
  if (problems.length > 0) return { problems };
  return { config: toConfig(json), problems };
}

/** What the schema cannot say: paths must be relative, globs must compile. */
function semanticProblems(origin: string, json: Record<string, unknown>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  ((json.datasets as string[] | undefined) ?? []).forEach((p, i) => {
    if (/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(p)) problems.push({ origin, field: `datasets[${i}]`, message: `"${p}" must be a path relative to the folder of this file` });
  });
  ((json.sources as string[] | undefined) ?? []).forEach((p, i) => {
    if (/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(p) || p.split('/').includes('..')) problems.push({ origin, field: `sources[${i}]`, message: `"${p}" must be a glob relative to the folder of this file` });
  });
  ((json.ignore as string[] | undefined) ?? []).forEach((glob, i) => {
    try {
      compileIgnore([glob]);
    } catch (error) {
      problems.push({ origin, field: `ignore[${i}]`, message: `"${glob}" is not a valid glob pattern (${(error as Error).message})` });
    }
  });
  return problems;
}

function toConfig(json: Record<string, unknown>): StatLensConfig {
  const severity: Partial<Record<Status, Severity>> = {};
  for (const [status, value] of Object.entries((json.severity as Record<string, string> | undefined) ?? {})) {
    severity[status as Status] = value === 'off' ? 'none' : (value as Severity);
  }
  const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
  const config: StatLensConfig = { severity, datasets: strings(json.datasets), ignore: strings(json.ignore), ignoreFigures: strings(json.ignoreFigures) };
  if (json.bundled === false) config.bundled = false;
  if (Array.isArray(json.sources)) config.sources = strings(json.sources);
  return config;
}

/**
 * The errors that say what is wrong, not that something below is: with
 * shortCircuit off, the validator also reports every enclosing object and array.
 */
function leafErrors(errors: OutputUnit[]): OutputUnit[] {
  const containers = new Set(['properties', 'items', 'additionalProperties', '$ref']);
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (containers.has(e.keyword) || seen.has(e.instanceLocation)) return false;
    seen.add(e.instanceLocation);
    return true;
  });
}

function problemOf(origin: string, error: OutputUnit, json: unknown): ConfigProblem {
  const path = error.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean);
  const field = path.map((k, i) => (/^\d+$/.test(k) && i > 0 ? `[${k}]` : `${i > 0 ? '.' : ''}${k}`)).join('') || undefined;
  const value = path.reduce<unknown>((v, k) => (isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined), json);
  switch (error.keyword) {
    case 'false':
      return { origin, field, message: `is not a known field; use one of ${(path.length > 1 ? STATUSES : FIELDS).join(', ')}` };
    case 'enum':
      return { origin, field, message: `${JSON.stringify(value)} is not a severity; use one of ${SEVERITIES.join(', ')}` };
    case 'type':
      return { origin, field, message: `must be ${/Expected "([^"]+)"/.exec(error.error)?.[1] ?? 'another type'}, found ${describe(value)}` };
    case 'minLength':
      return { origin, field, message: 'must not be empty' };
    default:
      return { origin, field, message: error.error };
  }
}

/** "property name expected at line 3, column 5" (1-based), from jsonc-parser's first error. */
function where(text: string, error: ParseError): string {
  const before = text.slice(0, error.offset);
  const line = before.split('\n').length;
  const column = error.offset - before.lastIndexOf('\n');
  const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${what} at line ${line}, column ${column}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string ("${v.length > 30 ? v.slice(0, 30) + '…' : v}")`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v} (${String(v)})`;
}
