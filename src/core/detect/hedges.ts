import { isAlnum, phraseAfter } from './chars';
import { HEDGES_AFTER, HEDGES_BEFORE, type HedgeKind } from './lexicon';

const LONGEST_HEDGE = Math.max(...HEDGES_BEFORE.map(([h]) => h.length)) + 2;

/** The hedges before a figure by their last character, each list in the lexicon's order: a word can only end with a hedge ending as it does. */
const HEDGES_BY_LAST = new Map<string, Array<[string, HedgeKind]>>();
for (const entry of HEDGES_BEFORE) {
  const last = entry[0][entry[0].length - 1];
  HEDGES_BY_LAST.set(last, [...(HEDGES_BY_LAST.get(last) ?? []), entry]);
}
const AFTER_PHRASES = HEDGES_AFTER.map(([h]) => h);

const CJK_HEDGES: Readonly<Record<string, HedgeKind>> = { 约: 'approx', 約: 'approx', 近: 'approx', 大约: 'approx', 大約: 'approx', 超过: 'atLeast', 超過: 'atLeast', 逾: 'atLeast', およそ: 'approx' };

/** "about $50 billion", "over 5 million", "45M or more": how the writer loosened a figure. */
export function hedgeAround(text: string, start: number, end: number): HedgeKind | undefined {
  let j = start;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
  const c = text[j - 1];
  if (c === '~' || c === '\u2248' || c === '>' || c === '<' || c === '\u2265' || c === '\u2264') {
    return c === '~' || c === '\u2248' ? 'approx' : c === '>' || c === '\u2265' ? 'atLeast' : 'atMost';
  }
  // "约470亿美元", "近5万", "約250,000", "超过73%": Chinese and Japanese write the hedge on to the figure.
  const cjkAt = c !== undefined && c.charCodeAt(0) >= 0x3000 ? [3, 2, 1].find((n) => CJK_HEDGES[text.slice(Math.max(0, j - n), j)] !== undefined) : undefined;
  // (Not denied, "不超过", "未超过", "没有超过"; nor "最近", "附近", which are no "近".)
  if (cjkAt !== undefined && !/[不未没沒無无最附接]$/.test(text.slice(Math.max(0, j - cjkAt - 1), j - cjkAt))) return CJK_HEDGES[text.slice(j - cjkAt, j)];
  const before = text.slice(Math.max(0, j - LONGEST_HEDGE), j).toLowerCase();
  for (const [hedge, kind] of HEDGES_BY_LAST.get(before[before.length - 1]) ?? []) {
    if (!before.endsWith(hedge)) continue;
    const at = j - hedge.length;
    if (at === 0 || !isAlnum(text.charCodeAt(at - 1))) return kind;
  }
  const after = phraseAfter(text, end, AFTER_PHRASES);
  return after ? HEDGES_AFTER.find(([h]) => h === after[1])![1] : undefined;
}
