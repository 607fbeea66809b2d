/** Character tests and small readers over prose text. All O(1) or O(word). */

const LETTER = /\p{L}/u;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** A CJK character (ideographs, kana, full-width forms): Chinese and Japanese write units and words on to figures. */
export const isCjk = (c: number): boolean => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);

/**
 * Latin letters, digits and "_" glued to a figure make it part of a name ("A100",
 * "Qwen2", "x_1"). Scripts written without spaces (有73%的企业) are not names.
 */
export const isNameLetter = (c: number): boolean => (c < 0x250 || (c >= 0x370 && c < 0x530)) && isLetter(c);

export const isWordChar = (c: number): boolean => isDigit(c) || c === 95 || isNameLetter(c);

/** Spaces that may sit inside a figure: space, tab, no-break, thin and narrow no-break spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a;
}

export function isUpper(c: number): boolean {
  return isLetter(c) && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c);
}

/** Index after at most one inline space at `i` (figures never span more). */
export function skipOneSpace(text: string, i: number): number {
  return isInlineSpace(text.charCodeAt(i)) ? i + 1 : i;
}

/** End of the word (letters, digits, inner "-", "'", "’", "@", "+") starting at `i`. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isAlnum(c)) j++;
    else if ((c === 45 || c === 39 || c === 0x2019 || c === 64) && isAlnum(text.charCodeAt(j + 1)) && j > i) j++;
    else break;
  }
  return j;
}

/** Start of the word that ends at `end` (exclusive). */
export function wordStart(text: string, end: number): number {
  let j = end;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isAlnum(c)) j--;
    else if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && j - 1 > 0 && isAlnum(text.charCodeAt(j - 2)) && j < end) j--;
    else break;
  }
  return j;
}

/** Is the word right before `start` (one space between) `word`, in lower case? */
export function precededBy(text: string, start: number, word: string): boolean {
  const e = start > 0 && isInlineSpace(text.charCodeAt(start - 1)) ? start - 1 : start;
  return text.slice(wordStart(text, e), e).toLowerCase() === word;
}

/** The word right after `i` (after one space), lower-cased, or "". */
export function nextWord(text: string, i: number): string {
  let s = skipOneSpace(text, i);
  // A link's text is still the next word: "30B [models](…)" reads as "30B models".
  while (text.charCodeAt(s) === 0xfffc) s++;
  return text.slice(s, wordEnd(text, s)).toLowerCase();
}

/** Does `phrase` (lower case, single spaces) start at `i`, ending at a word boundary? Returns its end or -1. */
export function phraseAt(text: string, i: number, phrase: string): number {
  let j = i;
  for (let k = 0; k < phrase.length; k++, j++) {
    const p = phrase.charCodeAt(k);
    const c = text.charCodeAt(j);
    if (p === 32) {
      if (!isInlineSpace(c)) return -1;
      continue;
    }
    if (c !== p && !(c >= 65 && c <= 90 && c + 32 === p)) return -1;
  }
  const last = phrase.charCodeAt(phrase.length - 1);
  return isLetter(last) && isAlnum(text.charCodeAt(j)) ? -1 : j;
}

/** The first of `phrases` found at `i` (after one optional space): [end, phrase] or undefined. */
export function phraseAfter<T extends string>(text: string, i: number, phrases: readonly T[]): [number, T] | undefined {
  const s = skipOneSpace(text, i);
  for (const p of phrases) {
    const end = phraseAt(text, s, p);
    if (end >= 0) return [end, p];
  }
  return undefined;
}

/** Words whose dot ends no sentence: "vs.", "e.g.", "i.e.", "cf.", "approx.". */
export const ABBREVIATIONS = String.raw`vs|e\.g|i\.e|cf|approx`;
const ABBREVIATION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ABBREVIATIONS})$`, 'u');

/** Where the last ". " that ends a sentence stands in `text` (not an abbreviation's, as in "73.2 vs. 72.5"), or -1. */
export function lastFullStop(text: string): number {
  for (let i = text.lastIndexOf('. '); i >= 0; i = i > 0 ? text.lastIndexOf('. ', i - 1) : -1) {
    if (!ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 7), i))) return i;
  }
  return -1;
}
