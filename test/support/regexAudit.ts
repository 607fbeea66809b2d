import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  pattern: string;
}

/**
 * Every regular expression in a TypeScript file: `/…/` literals and `new RegExp(…)`
 * or `RegExp(…)` with a string or template first argument (a template's `${…}` parts
 * stand for one literal character: the code escapes what it puts there).
 */
export function regexesIn(file: string): FoundRegex[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: FoundRegex[] = [];
  const add = (node: ts.Node, pattern: string) => out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, pattern });
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) add(node, node.text.slice(1, node.text.lastIndexOf('/')));
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const arg = node.arguments?.[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) add(node, arg.text);
      else if (arg && ts.isTemplateExpression(arg)) add(node, arg.head.text + arg.templateSpans.map((s) => 'x' + s.literal.text).join(''));
      else add(node, '(?:dynamic pattern: audit by hand)+');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function typeScriptFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** Length of the quantifier at `i` ("*", "+", "?", "{2}", "{2,}", "{1,3}", each maybe lazy), and whether it is unbounded. */
function quantifierAt(p: string, i: number): { length: number; unbounded: boolean } | undefined {
  const lazy = (n: number) => (p[i + n] === '?' ? n + 1 : n);
  if (p[i] === '*' || p[i] === '+') return { length: lazy(1), unbounded: true };
  if (p[i] === '?') return { length: lazy(1), unbounded: false };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
  if (!m) return undefined;
  return { length: lazy(m[0].length), unbounded: m[2] !== undefined && m[3] === '' };
}

/**
 * The groups of a pattern that repeat without bound and themselves hold an
 * unbounded repeat, like `(a+)+` or `(\d+,?)*`: the shape that backtracks
 * exponentially on input that almost matches. A structural check, not a proof.
 */
export function nestedQuantifiers(pattern: string): string[] {
  const found: string[] = [];
  // For each open group: where it starts and whether something inside repeats without bound.
  const open: Array<{ start: number; unbounded: boolean }> = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    let atomEnd = i + 1;
    let inner = false;
    if (c === '\\') atomEnd = i + 2;
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      atomEnd = j + 1;
    } else if (c === '(') {
      open.push({ start: i, unbounded: false });
      i++;
      continue;
    } else if (c === ')') {
      const group = open.pop();
      if (!group) return [`unbalanced ")" at ${i}`];
      inner = group.unbounded;
      const q = quantifierAt(pattern, i + 1);
      if (q?.unbounded && inner) found.push(pattern.slice(group.start, i + 1 + q.length));
      if (open.length && (inner || q?.unbounded)) open[open.length - 1].unbounded = true;
      i += 1 + (q?.length ?? 0);
      continue;
    }
    const q = quantifierAt(pattern, atomEnd);
    if (q?.unbounded && open.length) open[open.length - 1].unbounded = true;
    i = atomEnd + (q?.length ?? 0);
  }
  return found;
}

/**
 * A search (not anchored by "^") whose match starts with an unbounded repeat and
 * can still fail after it, like `\s*$` or `[a-z]+\d`: on a long run of what the
 * repeat takes, every start position re-reads the run, which is quadratic.
 */
export function leadingRepeat(pattern: string): boolean {
  if (pattern.startsWith('^') || pattern.includes('|')) return false;
  let end = 1;
  if (pattern[0] === '\\') end = 2;
  else if (pattern[0] === '[') {
    end = pattern.indexOf(']', 2);
    while (end > 0 && pattern[end - 1] === '\\') end = pattern.indexOf(']', end + 1);
    end++;
  } else if (pattern[0] === '(') return false;
  const q = quantifierAt(pattern, end);
  return Boolean(q?.unbounded) && end + q!.length < pattern.length;
}
