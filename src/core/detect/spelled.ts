import { isAlnum, isInlineSpace, isLetter, isUpper, nextWord, precededBy, skipOneSpace, wordEnd, wordStart } from './chars';
import type { DetectedClaim } from './figure';
import { hedgeAround } from './hedges';
import { COMPARATIVES, CURRENCY_WORDS, SCALE_WORDS } from './lexicon';
import { detectTranslatedSpelled } from './spelledTranslated';

/**
 * Quantities written in words, required when they quantify a population or a
 * comparison (spec §1): "nearly three quarters of enterprises" (75%, to the quarter),
 * "one in four developers" (25%), "half of developers", "three times faster" (3x),
 * "tenfold", "five million downloads". Not "half the time", "one of the", "a couple of",
 * "one in a million". The span is the quantity's words; a hedge before it is read as
 * for any figure, and the precision is the granularity the words can state.
 */

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** Denominators of a spelled fraction ("three quarters", "two-thirds", "a fifth"). */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

/** What a fraction compares when it is no share of a population: "one-sixth the cost", "half the price", "a third as much". */
const COMPARED_NOUNS = new Set(['cost', 'price', 'size', 'spend', 'budget', 'bill', 'energy', 'compute', 'memory', 'latency', 'parameters']);

const FOLDS: Record<string, number> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10,
  twelvefold: 12, twentyfold: 20, fiftyfold: 50, hundredfold: 100, thousandfold: 1000,
};

/** Nouns after a multiple that make it a figure talked about ("a tenfold number"). */
const NAMES_A_FIGURE: ReadonlySet<string> = new Set(['number', 'numbers', 'figure', 'figures', 'claim', 'claims', 'stat', 'stats', 'statistic', 'statistics']);

/** What "of" may not be followed by for a fraction to quantify a population ("half of the time"). */
const NOT_POPULATIONS = new Set(['time', 'a', 'an', 'it', 'that', 'this', 'way', 'year', 'century', 'decade', 'month', 'day', 'hour', 'the']);

/** Words before "half" that make it a period or a side ("the first half of 2026"). */
const NOT_FRACTION_BEFORE = new Set(['first', 'second', 'last', 'other', 'better', 'back', 'front', 'top', 'bottom', 'upper', 'lower', 'latter', 'former']);

/** Every word a spelled quantity can open with, lower case: most words are none of them. */
const OPENERS = [...Object.keys(UNITS), ...Object.keys(FOLDS), 'half', 'twice'].sort((a, b) => b.length - a.length);

/**
 * Finds the words that can open a quantity, and "a"/"an" before a denominator, in one
 * native scan of the block (one pattern for the module, alternatives of plain words).
 */
const OPENER_PATTERN = new RegExp(`(?<![A-Za-z0-9])(?:${OPENERS.join('|')})(?![A-Za-z])|(?<![A-Za-z0-9])an? (?=[hqtf]|[mb]illion\\b)`, 'gi');

/** "1 in 3 teams", "9 out of 10 developers", "3 out of every 4 tokens": odds in digits, before a population. */
const DIGIT_ODDS = /(?<![\p{L}\p{N}.,$€£¥#/-])(\d{1,2}) (?:in|out of)(?: every)? (\d{1,3})(?![\p{L}\p{N}.,%])/gu;

/** A word that numbers what follows it ("Phase 2", "Step 3", "Week 1"). */
const LABEL_BEFORE = /\b(?:phase|step|stage|level|tier|round|part|chapter|section|wave|cohort|batch|sprint|milestone|gate|option|scenario|track|lesson|module)\s$/i;

/** All spelled-out claims of `text`, in order. */
export function detectSpelled(text: string): DetectedClaim[] {
  const out = withTranslated(spelledWords(text), detectTranslatedSpelled(text));
  if (!text.includes(' in ') && !text.includes(' out of ')) return out;
  DIGIT_ODDS.lastIndex = 0;
  for (let m = DIGIT_ODDS.exec(text); m; m = DIGIT_ODDS.exec(text)) {
    const numerator = Number(m[1]);
    const denominator = Number(m[2]);
    const end = m.index + m[0].length;
    // Of a population ("1 in 3 have", "1 in 3 teams"), not a range or a score ("1 in 3.5", "chapter 1 in 3 parts").
    if (numerator < 1 || denominator <= numerator || !/^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    // "Proceed to Phase 2 in 9 departments": a numbered phase or step, then where it goes.
    if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const claim = percent(m.index, end, (numerator / denominator) * 100, 100 / denominator);
    claim.hedge ??= hedgeAround(text, claim.start, claim.end);
    out.push(claim);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The English words' claims and a translated note's, in order; where both read the same words, the English reading stands. */
function withTranslated(english: DetectedClaim[], translated: DetectedClaim[]): DetectedClaim[] {
  if (translated.length === 0) return english;
  const kept = translated.filter((t) => !english.some((e) => e.start < t.end && t.start < e.end));
  return kept.length ? [...english, ...kept].sort((a, b) => a.start - b.start) : english;
}

function spelledWords(text: string): DetectedClaim[] {
  const out: DetectedClaim[] = [];
  OPENER_PATTERN.lastIndex = 0;
  for (let m = OPENER_PATTERN.exec(text); m; m = OPENER_PATTERN.exec(text)) {
    const i = m.index;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    // "two point one billion": the digits after "point" belong to the number before it.
    if (i >= 6 && POINT_BEFORE.test(text.slice(i - 6, i))) continue;
    const end = wordEnd(text, i);
    const claim = readSpelled(text, i, end);
    // "forty-five minute": the units word of a compound is no quantity of its own.
    if (!claim) {
      OPENER_PATTERN.lastIndex = Math.max(OPENER_PATTERN.lastIndex, end);
      continue;
    }
    claim.hedge ??= hedgeAround(text, claim.start, claim.end);
    out.push(claim);
    OPENER_PATTERN.lastIndex = claim.end;
  }
  return out;
}

/** The word `[i, end)` opens a spelled quantity: the claim, or undefined. */
function readSpelled(text: string, start: number, end: number): DetectedClaim | undefined {
  const word = text.slice(start, end).toLowerCase();
  const fold = FOLDS[word];
  // "a tenfold number", "the twofold claim": a figure talked about, not a multiple stated.
  if ((fold || word.endsWith('-fold')) && NAMES_A_FIGURE.has(nextWord(text, end))) return undefined;
  if (fold) return { start, end, kind: 'multiplier', unit: 'x', value: fold, precision: 1 };
  if (word === 'twice') return twice(text, start, end);
  // "by a factor of six": a multiple named as a factor.
  if (UNITS[word] !== undefined && UNITS[word] > 1 && FACTOR_OF.test(text.slice(Math.max(0, start - 12), start))) return { start, end, kind: 'multiplier', unit: 'x', value: UNITS[word], precision: 1 };
  const hyphen = word.indexOf('-');
  // "two-thirds", "ten-fold", "twenty-five".
  const head = hyphen > 0 ? word.slice(0, hyphen) : word;
  const tail = hyphen > 0 ? word.slice(hyphen + 1) : '';
  // "a few hundred million", "two or three hundred thousand": "hundred" after a vague or a number word is no hundred of its own.
  if (head === 'hundred' && VAGUE_OR_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return undefined;
  const numerator = head === 'a' || head === 'an' ? 1 : UNITS[head];
  if (head === 'half' && !tail) return half(text, start, end);
  if (numerator === undefined) return undefined;
  if (tail === 'fold') return { start, end, kind: 'multiplier', unit: 'x', value: numerator, precision: 1 };
  if (tail && DENOMINATORS[tail]) return fraction(text, start, end, numerator, DENOMINATORS[tail]);
  // "Eighty-nine percent", "seventy-eight million", "forty five million": tens and units, joined or not.
  const units = tail ? unitAfterTens(numerator, tail) : unitAfterTens(numerator, nextWord(text, end));
  if (tail && units === undefined) return undefined;
  const wordsEnd = units === undefined || tail ? end : wordEnd(text, skipOneSpace(text, end));
  const value = numerator + (units ?? 0);
  // "two point one billion downloads", "four point seven x", "twenty-three point five percent": a decimal said aloud.
  if (head !== 'a' && head !== 'an') {
    const decimal = decimalAfter(text, wordsEnd);
    if (decimal) return decimalFigure(text, start, decimal.end, value + decimal.fraction, decimal.step);
  }
  if (value >= 10 && value < 100) {
    const share = spelledPercent(text, start, wordsEnd, value);
    if (share || units !== undefined) return share ?? compoundCount(text, start, wordsEnd, value);
  }
  const s = skipOneSpace(text, end);
  if (s === end) return undefined;
  const e = wordEnd(text, s);
  const second = text.slice(s, e).toLowerCase();
  if (DENOMINATORS[second] && second !== 'half') return fraction(text, start, e, numerator, DENOMINATORS[second]);
  // "seven hundred million monthly active users", "two hundred and fifty thousand models".
  // (Not the second end of a range, "two or three hundred thousand", "between one and two hundred thousand": its first end is cut short.)
  if (second === 'hundred' && head !== 'a' && head !== 'an' && !tail && numerator >= 1 && numerator < 10) return RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? undefined : hundreds(text, start, e, numerator * 100);
  const money = spelledMoney(text, start, e, numerator, second);
  if (money) return money;
  if (head === 'a' || head === 'an') return undefined;
  if (second === 'in' || second === 'out') return oneIn(text, start, e, numerator, second === 'out');
  if (second === 'times' && numerator > 1 && COMPARATIVES.has(nextWord(text, e))) return { start, end: e, kind: 'multiplier', unit: 'x', value: numerator, precision: 1 };
  // "about three x faster", "ten x less compute": a multiple as a speaker says "3x".
  if (second === 'x' && numerator > 1 && COMPARATIVES.has(nextWord(text, e))) return { start, end: e, kind: 'multiplier', unit: 'x', value: numerator, precision: 1 };
  return scaledCount(text, start, e, numerator, second);
}

/** Digits as a speaker says them after "point": "point one", "point oh five". */
const DIGIT_WORDS: Readonly<Record<string, number>> = { zero: 0, oh: 0, o: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const POINT_BEFORE = /(?:^|[^\p{L}])point\s$/iu;

/** After a number in words (ending at `end`): " point one", " point oh five" — the fraction and its step, or undefined. */
function decimalAfter(text: string, end: number): { end: number; fraction: number; step: number } | undefined {
  const s = skipOneSpace(text, end);
  if (s === end || nextWord(text, end) !== 'point') return undefined;
  let at = wordEnd(text, s);
  let fraction = 0;
  let step = 1;
  for (;;) {
    const d = skipOneSpace(text, at);
    const e = wordEnd(text, d);
    const digit = d > at ? DIGIT_WORDS[text.slice(d, e).toLowerCase()] : undefined;
    if (digit === undefined) break;
    step /= 10;
    fraction += digit * step;
    at = e;
  }
  return step < 1 ? { end: at, fraction, step } : undefined;
}

/** A decimal said aloud (`[start, end)`), with what follows it: a percent, a multiple, or a scale and what it counts or costs. */
function decimalFigure(text: string, start: number, end: number, value: number, step: number): DetectedClaim | undefined {
  const s = skipOneSpace(text, end);
  const e = wordEnd(text, s);
  const word = text.slice(s, e).toLowerCase();
  if (s === end) return undefined;
  if (word === 'percent') return percent(start, e, value, step);
  if (word === 'per' && nextWord(text, e) === 'cent') return percent(start, wordEnd(text, skipOneSpace(text, e)), value, step);
  if (word === 'x' || (word === 'times' && COMPARATIVES.has(nextWord(text, e)))) return { start, end: e, kind: 'multiplier', unit: 'x', value, precision: step };
  const scale = SCALE_WORDS[word];
  if (!scale || scale < 1e6) return undefined;
  const money = spelledMoney(text, start, e, value, word);
  if (money) return { ...money, precision: step * scale };
  return isLetter(text.charCodeAt(skipOneSpace(text, e))) ? { start, end: e, kind: 'count', unit: 'count', value: value * scale, precision: step * scale } : undefined;
}

const VAGUE_OR_NUMBER_BEFORE = /\b(?:few|several|some|many|couple|one|two|three|four|five|six|seven|eight|nine)\s+$/i;

/** "two or", "one and", "one to", "one-": a number word that opens a range before this one. */
const RANGE_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine)\s*(?:or|and|to|-|–)\s*$/i;

/**
 * After "N hundred" (ending at `end`): perhaps "and", tens and units, then a scale word and what is counted or the
 * currency: "seven hundred million users", "two hundred and fifty thousand models", "three hundred billion dollars".
 */
function hundreds(text: string, start: number, end: number, value: number): DetectedClaim | undefined {
  let at = end;
  if (nextWord(text, at) === 'and') at = wordEnd(text, skipOneSpace(text, at));
  const word = nextWord(text, at);
  const [head, tail] = word.split('-');
  const tens = UNITS[head];
  if (tens !== undefined && tens < 100 && SCALE_WORDS[head] === undefined) {
    const units = tail ? unitAfterTens(tens, tail) : unitAfterTens(tens, nextWord(text, wordEnd(text, skipOneSpace(text, at))));
    at = wordEnd(text, skipOneSpace(text, at));
    if (!tail && units !== undefined) at = wordEnd(text, skipOneSpace(text, at));
    value += tens + (units ?? 0);
  }
  const s = skipOneSpace(text, at);
  if (s === at) return undefined;
  const e = wordEnd(text, s);
  const scaleWord = text.slice(s, e).toLowerCase();
  const scale = SCALE_WORDS[scaleWord];
  if (!scale || scale < 1e3) return undefined;
  const money = spelledMoney(text, start, e, value, scaleWord);
  if (money) return { ...money, precision: roundness(value) * scale };
  return isLetter(text.charCodeAt(skipOneSpace(text, e))) && !precededBy(text, start, 'in') ? { start, end: e, kind: 'count', unit: 'count', value: value * scale, precision: roundness(value) * scale } : undefined;
}

/** The place of a whole number's last digit that is not zero: 1 for 47, 10 for 50, 100 for 700 (how round a spoken figure is). */
function roundness(value: number): number {
  let step = 1;
  while (value >= step * 10 && value % (step * 10) === 0) step *= 10;
  return step;
}

/** The units word after a round tens ("eight" after "seventy"), as a number, or undefined. */
function unitAfterTens(tens: number, word: string): number | undefined {
  const units = UNITS[word];
  return tens >= 20 && tens % 10 === 0 && tens < 100 && units !== undefined && units < 10 ? units : undefined;
}

/** "seventy-eight million downloads", "forty five million": tens and units (ending at `end`), then a scale word. */
function compoundCount(text: string, start: number, end: number, value: number): DetectedClaim | undefined {
  const s = skipOneSpace(text, end);
  if (s === end) return undefined;
  const e = wordEnd(text, s);
  return spelledMoney(text, start, e, value, text.slice(s, e).toLowerCase()) ?? scaledCount(text, start, e, value, text.slice(s, e).toLowerCase());
}

/** "five million downloads": a number in words, a scale word (`[…, e)`), then a word for what is counted. */
function scaledCount(text: string, start: number, e: number, value: number, scaleWord: string): DetectedClaim | undefined {
  const scale = SCALE_WORDS[scaleWord];
  if (scale && scale >= 1e6 && isLetter(text.charCodeAt(skipOneSpace(text, e))) && !precededBy(text, start, 'in')) {
    return { start, end: e, kind: 'count', unit: 'count', value: value * scale, precision: scale };
  }
  return undefined;
}

/**
 * "Eighty-nine percent of enterprises", "twenty per cent of firms": a share in words (the
 * number's words end at `end`), as style guides write one that opens a sentence; elsewhere
 * only of a plural population ("use ninety percent of the card" is a setting, not a share).
 */
function spelledPercent(text: string, start: number, end: number, value: number): DetectedClaim | undefined {
  const s = skipOneSpace(text, end);
  let e = wordEnd(text, s);
  const word = text.slice(s, e).toLowerCase();
  if (word === 'per') {
    const c = skipOneSpace(text, e);
    const ce = wordEnd(text, c);
    if (text.slice(c, ce).toLowerCase() !== 'cent') return undefined;
    e = ce;
  } else if (word !== 'percent') return undefined;
  // (Opening a sentence, it is capitalised: "vs. ninety percent" follows an abbreviation, not a stop.)
  // "The salary premium … is twenty-three percent over traditional roles", "cut costs by eighty percent": a comparison or a change
  // ("reached ninety percent" alone compares nothing).
  const before = text.slice(Math.max(0, start - 32), start);
  const stated = CHANGED_BY.test(before) || (STATED_AS.test(before) && COMPARED_AFTER.test(text.slice(e, e + 24))) || (/\ban?\s+$/i.test(before) && ATTRIBUTIVE_AFTER.test(text.slice(e, e + 24)));
  return (isUpper(text.charCodeAt(start)) && opensSentence(text, start)) || ofPlural(text, e) || stated ? percent(start, e, value, 1) : undefined;
}

const HEDGE_WORDS = String.raw`(?:(?:about|around|roughly|nearly|almost|over|under|some|just|only)\s+)?`;
const STATED_AS = new RegExp(String.raw`\b(?:is|are|was|were)\s+${HEDGE_WORDS}$`, 'i');
/** After "a twenty-three percent": what the share measures ("salary premium", "cut", "increase"). */
const ATTRIBUTIVE_AFTER = /^\s+(?:[a-z]+\s+)?(?:premium|increase|decrease|rise|drop|cut|reduction|discount|gain|jump|share|growth|improvement|boost|saving|savings)\b/i;
const COMPARED_AFTER = /^\s+(?:over|above|below|than|higher|lower|more|less)\b/i;

/** Does a sentence, a line or an item open at `start` (perhaps after emphasis or a bullet)? */
function opensSentence(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && /[\s*_"“(>#-]/.test(text[k - 1]) && text[k - 1] !== '\n') k--;
  return k === 0 || text[k - 1] === '\n' || /[.!?:]/.test(text[k - 1]);
}

/** "of enterprises", "of the respondents": a plural population after `end`. */
function ofPlural(text: string, end: number): boolean {
  if (nextWord(text, end) !== 'of') return false;
  const after = wordEnd(text, skipOneSpace(text, end));
  // ("of enterprise AI workloads": the plural may come a word or two after "of".)
  let at = after;
  for (let k = 0; k < 3; k++) {
    const noun = nextWord(text, at);
    if (isPlural(noun)) return true;
    if (!noun || (k > 0 && !/^[a-z][a-z-]*$/i.test(noun))) return false;
    at = wordEnd(text, skipOneSpace(text, at));
  }
  return false;
}

/** "one-sixth the cost", "half the price", "a third as much": a fraction of what another costs, a multiplier. */
function comparedFraction(text: string, start: number, end: number, numerator: number, denominator: number): DetectedClaim | undefined {
  const next = nextWord(text, end);
  const after = wordEnd(text, skipOneSpace(text, end));
  const compared = next === 'the' ? COMPARED_NOUNS.has(nextWord(text, after)) : next === 'as' && ['much', 'many'].includes(nextWord(text, after));
  return compared ? { start, end, kind: 'multiplier', unit: 'x', value: numerator / denominator, precision: 1 / denominator } : undefined;
}

/** "a billion dollars", "two million euros": money in words. */
function spelledMoney(text: string, start: number, scaleEnd: number, numerator: number, scaleWord: string): DetectedClaim | undefined {
  const scale = SCALE_WORDS[scaleWord];
  if (!scale || scale < 1e6) return undefined;
  const s = skipOneSpace(text, scaleEnd);
  const e = wordEnd(text, s);
  const code = CURRENCY_WORDS[text.slice(s, e).toLowerCase()];
  // ("roughly fifty billion dollars" is as round as "$50 billion": to ten billion.)
  return code ? { start, end: e, kind: 'money', unit: code, value: numerator * scale, precision: Number.isInteger(numerator) ? roundness(numerator) * scale : scale } : undefined;
}

/** "half of developers", "half the respondents"; not "half the time", "the first half of 2026". */
function half(text: string, start: number, end: number): DetectedClaim | undefined {
  const before = text.slice(wordStart(text, start > 0 && isInlineSpace(text.charCodeAt(start - 1)) ? start - 1 : start), start - 1).toLowerCase();
  if (NOT_FRACTION_BEFORE.has(before)) return undefined;
  const next = nextWord(text, end);
  // "half a million downloads", "half of a billion".
  if (next === 'a') return scaleOfPart(text, start, wordEnd(text, skipOneSpace(text, end)), 0.5);
  if (next === 'of') return partOfScale(text, start, wordEnd(text, skipOneSpace(text, end)), 0.5) ?? (populationAfterOf(text, end) ? percent(start, end, 50, 50) : undefined);
  const compared = comparedFraction(text, start, end, 1, 2);
  if (compared) return compared;
  if (next === 'the') {
    const noun = nextWord(text, wordEnd(text, skipOneSpace(text, end)));
    return isPlural(noun) ? percent(start, end, 50, 50) : undefined;
  }
  return undefined;
}

/** "a factor of": what makes the number after it a multiple ("a factor of six", "factor of 10 cheaper"). */
export const FACTOR_OF = /\bfactor\s+of\s+$/i;

/** Words after "twice" that make it a multiple of something ("twice as fast", "twice its size", "twice the cost"). */
const TWICE_WHAT = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'that', 'this', 'what']);
const CLAUSE_AFTER_THAT = /^\s+that\s+(?:I|we|you|they|he|she|it|the|there|this|nothing|no)\b/;
/** Bounds before "twice" that make it a multiple ("more than twice every closed model combined"). */
const TWICE_BOUND = /\b(?:more|less|fewer)\s+than\s+$|\b(?:nearly|almost|roughly|about|over|at\s+least)\s+$/i;

/** "twice as fast", "models twice its size", "more than twice every closed model": 2x; not "twice a week". */
function twice(text: string, start: number, end: number): DetectedClaim | undefined {
  const next = nextWord(text, end);
  // ("I checked twice that I hadn't pasted the wrong cell": "that" opening a clause, not "twice that figure".)
  if (next === 'that' && CLAUSE_AFTER_THAT.test(text.slice(end, end + 16))) return undefined;
  const multiple = (COMPARATIVES.has(next) && next !== 'over') || TWICE_WHAT.has(next) || TWICE_BOUND.test(text.slice(Math.max(0, start - 16), start));
  return multiple ? { start, end, kind: 'multiplier', unit: 'x', value: 2, precision: 1 } : undefined;
}

/** Words before "a quarter" that make it a period ("in a quarter", "per quarter"). */
const PERIOD_BEFORE = ['in', 'per', 'each', 'every', 'this', 'last', 'next', 'within'];

/** Words before "two quarters" that count periods ("the first two quarters", "the past three quarters"). */
const PERIODS_COUNTED_AFTER = ['first', 'last', 'next', 'past', 'previous', 'coming', 'following', 'remaining', 'after', 'within'];

/** "three quarters of enterprises", "two thirds of developers", "two-thirds said". */
function fraction(text: string, start: number, end: number, numerator: number, denominator: number): DetectedClaim | undefined {
  if (numerator >= denominator) return undefined;
  const compared = comparedFraction(text, start, end, numerator, denominator);
  if (compared) return compared;
  const next = nextWord(text, end);
  // "a quarter of a million open models", "half a billion dollars": a part of a scale word, a count or money.
  const scaled = next === 'of' ? partOfScale(text, start, wordEnd(text, skipOneSpace(text, end)), numerator / denominator) : undefined;
  if (scaled) return scaled;
  // "$46.7B revenue in a quarter", "in one quarter": a single part without "of" is a period or a part, no share.
  if (numerator === 1 && denominator === 4 && next !== 'of' && PERIOD_BEFORE.some((w) => precededBy(text, start, w))) return undefined;
  // "for the first two quarters", "over the last three quarters": periods counted, no share.
  if (denominator === 4 && PERIODS_COUNTED_AFTER.some((w) => precededBy(text, start, w))) return undefined;
  // "adds a third model", "a quarter century": with an article for its numerator, a share needs its "of" or a verb ("a third said").
  // ("we don't need a third.": nor with nothing after it, unless it is what something changed by: "fell by about a third".)
  // ("a premium of nearly a quarter over traditional roles": nor unless it is what a premium or a change came to.)
  const before = text.slice(Math.max(0, start - 32), start);
  if (next !== 'of' && !SHARE_VERBS.has(next) && /^an?\s/i.test(text.slice(start, start + 3)) && (next !== '' || !CHANGED_BY.test(before)) && !(CHANGE_OF.test(before) && !isPeriod(text, end))) return undefined;
  // "a two-thirds majority" is a rule, not a share anyone measured.
  const quantifies = next === 'of' ? populationAfterOf(text, end) : !precededBy(text, start, 'a') && !precededBy(text, start, 'an');
  return quantifies ? percent(start, end, (numerator / denominator) * 100, 100 / denominator) : undefined;
}

/** "a premium of nearly", "an increase of about": what a premium or a change came to, before a fraction. */
const CHANGE_OF = /\b(?:premium|premiums|increase|rise|growth|drop|decline|fall|cut|reduction|discount|saving|savings|gap|markup|mark-up)\s+of\s+(?:(?:about|roughly|nearly|almost|around|over|more than|less than|just over|just under|some)\s+)?$/i;

/** "a quarter over quarter", "a quarter later": the fraction's word names a period. */
function isPeriod(text: string, end: number): boolean {
  return /^\s+(?:over\s+quarter|later|earlier|ago|before|after)\b/i.test(text.slice(end, end + 20));
}

/**
 * "a quarter of a million", "half of a billion", ("half a million": see `half`): the part of
 * a scale word (`of` ends at `ofEnd`), a count, or money when a currency word follows.
 */
function partOfScale(text: string, start: number, ofEnd: number, part: number): DetectedClaim | undefined {
  const a = skipOneSpace(text, ofEnd);
  const aEnd = wordEnd(text, a);
  if (!/^an?$/i.test(text.slice(a, aEnd))) return undefined;
  return scaleOfPart(text, start, aEnd, part);
}

/** After "a" (ending at `aEnd`): "million open models", "billion dollars". */
function scaleOfPart(text: string, start: number, aEnd: number, part: number): DetectedClaim | undefined {
  const s = skipOneSpace(text, aEnd);
  const e = wordEnd(text, s);
  const scaleWord = text.slice(s, e).toLowerCase();
  const scale = SCALE_WORDS[scaleWord];
  if (!scale || scale < 1e6) return undefined;
  // Words say a part of a scale to within half of it: "half a million" is no way to say 250,000, which "a quarter of a million" says.
  const money = spelledMoney(text, start, e, part, scaleWord);
  if (money) return { ...money, precision: (money.precision * part) / 2 };
  return isLetter(text.charCodeAt(skipOneSpace(text, e))) ? { start, end: e, kind: 'count', unit: 'count', value: part * scale, precision: (part * scale) / 2 } : undefined;
}

/** "fell by about", "grew by": what a change was, before a fraction. */
// (A transcript's fillers may stand between: "cut our spend by, um, forty percent".)
const CHANGED_BY = /\bby,?\s+(?:(?:um|uh|er),?\s+)?(?:(?:about|roughly|nearly|almost|around|over|more than|less than|just over|just under)\s+)?$/i;

/** Verbs after "a third" that make it a share of those asked ("a quarter said yes"). */
const SHARE_VERBS = new Set(['said', 'say', 'says', 'agreed', 'agree', 'are', 'were', 'is', 'was', 'use', 'used', 'run', 'ran', 'plan', 'planned', 'expect', 'expected', 'reported', 'report', 'have', 'had', 'do', 'did', 'already', 'now', 'still', 'cited', 'named', 'chose', 'prefer', 'preferred', 'want', 'wanted', 'would', 'will', 'now']);

/** "one in four developers", "nine out of ten": a share written as odds; not "one in a million". */
function oneIn(text: string, start: number, afterInOrOut: number, numerator: number, outOf: boolean): DetectedClaim | undefined {
  let s = skipOneSpace(text, afterInOrOut);
  if (outOf) {
    const e = wordEnd(text, s);
    if (text.slice(s, e).toLowerCase() !== 'of') return undefined;
    s = skipOneSpace(text, e);
  }
  // "three out of every four", "one in every five".
  if (text.slice(s, wordEnd(text, s)).toLowerCase() === 'every') s = skipOneSpace(text, wordEnd(text, s));
  const e = wordEnd(text, s);
  const denominator = UNITS[text.slice(s, e).toLowerCase()];
  if (!denominator || denominator <= numerator) return undefined;
  return percent(start, e, (numerator / denominator) * 100, 100 / denominator);
}

function populationAfterOf(text: string, end: number): boolean {
  const of = wordEnd(text, skipOneSpace(text, end));
  const s = skipOneSpace(text, of);
  if (!isLetter(text.charCodeAt(s))) return false;
  const word = nextWord(text, of);
  if (word === 'the') return !NOT_POPULATIONS.has(nextWord(text, wordEnd(text, s)));
  // "one third of that spend", not "half of that is noise".
  if (word === 'that' || word === 'this') {
    const noun = nextWord(text, wordEnd(text, s));
    return noun !== '' && !NOT_POPULATIONS.has(noun) && !VERBS_AFTER_DEMONSTRATIVE.has(noun);
  }
  return !NOT_POPULATIONS.has(word);
}

/** Words after "of that"/"of this" that make the demonstrative a pronoun ("half of that is noise"). */
const VERBS_AFTER_DEMONSTRATIVE = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'has', 'had', 'have', 'goes', 'went', 'comes', 'came', 'may', 'might', 'should', 'must', 'does', 'did']);

function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && word !== 'this' && word !== 'was' && word !== 'has' && word !== 'does';
}

function percent(start: number, end: number, value: number, precision: number): DetectedClaim {
  return { start, end, kind: 'percent', unit: 'percent', value, precision };
}
