/**
 * Years a sentence ties to its figures: "In 2024, Hugging Face reported 5.2 million"
 * (the figure's year), "up 340% since 2024" (its base year), "85% by 2028" (a
 * forecast's year). A year that only names something ("McKinsey's 2026 AI Report",
 * a citation's "(Gartner, 2025)") is not bound to any figure.
 */
export interface BoundYears {
  at?: number;
  since?: number;
}

interface YearMention {
  start: number;
  end: number;
  year: number;
  kind: keyof BoundYears;
  /** Opens its sentence ("In 2024, …"), so it scopes every figure there. */
  opening: boolean;
}

const AT = new Set(['in', 'by', 'during', 'for', 'through', 'throughout', 'until', 'till', 'before', 'after', 'around', 'circa', 'of', 'at']);
const SINCE = new Set(['since', 'from', 'over', 'vs', 'versus', 'than', 'on']);
const QUALIFIERS = /^(early|mid|late|end|fiscal|fy|q[1-4]|h[12]|the|calendar|year|start|beginning|spring|summer|autumn|fall|winter)$/;

const YEAR = /(?<![\p{L}\p{N}_\-./$])(19\d\d|20\d\d|2100)(?![\p{N}%]|[.,]\d|\s?(?:%|percent|x\b|×))/gu;

/** Bound years of each figure `[start, end)` in one sentence `[from, to)` of `text`. */
export function bindYears(text: string, from: number, to: number, figures: Array<[number, number]>): BoundYears[] {
  const bound: BoundYears[] = figures.map(() => ({}));
  const distance: Array<Record<string, number>> = figures.map(() => ({}));
  for (const mention of yearMentions(text, from, to)) {
    const clause = clauseOf(text, from, to, mention.start);
    figures.forEach(([s, e], i) => {
      if (s < clause[0] || e > clause[1]) return;
      const d = s >= mention.end ? s - mention.end : mention.start >= e ? mention.start - e : 0;
      const nearest = figures.every(([s2, e2], j) => j === i || s2 < clause[0] || e2 > clause[1] || d <= gap(s2, e2, mention));
      if (!mention.opening && !nearest) return;
      if (distance[i][mention.kind] !== undefined && distance[i][mention.kind] <= d) return;
      distance[i][mention.kind] = d;
      bound[i][mention.kind] = mention.year;
    });
  }
  return bound;
}

function gap(s: number, e: number, m: YearMention): number {
  return s >= m.end ? s - m.end : m.start >= e ? m.start - e : 0;
}

/** ";" and " — " split a sentence into clauses that do not share years. */
function clauseOf(text: string, from: number, to: number, at: number): [number, number] {
  let start = from;
  let end = to;
  for (let i = at; i > from; i--) if (text[i - 1] === ';' || text[i - 1] === '\u2014') { start = i; break; }
  for (let i = at; i < to; i++) if (text[i] === ';' || text[i] === '\u2014') { end = i; break; }
  return [start, end];
}

function yearMentions(text: string, from: number, to: number): YearMention[] {
  const sentence = text.slice(from, to);
  const out: YearMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (insideCitation(text, start, end)) continue;
    const before = wordsBefore(sentence, m.index, 3);
    const kind = kindOf(before, sentence.slice(m.index + 4, m.index + 12));
    if (!kind) continue;
    const opening = wordsBefore(sentence, m.index, 4).length <= 2 && /^[\s"“(*_]*\p{L}*[\s\p{L}]*$/u.test(sentence.slice(0, m.index));
    out.push({ start, end, year: Number(m[0]), kind, opening });
  }
  return out;
}

function kindOf(before: string[], after: string): keyof BoundYears | undefined {
  if (/^\s+levels?\b/.test(after)) return 'since';
  let i = before.length - 1;
  while (i >= 0 && QUALIFIERS.test(before[i])) i--;
  const w = before[i];
  if (w === undefined) return before.length === 0 ? 'at' : undefined;
  if (SINCE.has(w) || ((w === 'to' || w === 'with') && before[i - 1] === 'compared')) return 'since';
  if (AT.has(w)) return 'at';
  return undefined;
}

function wordsBefore(sentence: string, index: number, n: number): string[] {
  const head = sentence.slice(Math.max(0, index - 40), index);
  const words = head.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (/[,;:)]\s*$/.test(head)) return ['|'];
  return words.slice(-n);
}

/** "(Gartner, 2025)", "(McKinsey 2026)": a year closing a parenthesis with a name is a citation's. */
function insideCitation(text: string, start: number, end: number): boolean {
  const close = text.slice(end, end + 6).search(/^[a-z]?(?:,\s*p+\.\s*\d+)?\)/);
  if (close < 0) return false;
  const open = text.lastIndexOf('(', start);
  return open >= 0 && start - open < 80 && /\p{Lu}/u.test(text.slice(open, start));
}
