import { isAlnum, isDigit, isInlineSpace, isLetter, isUpper, nextWord, skipOneSpace, wordEnd, wordStart } from './chars';
import { MODEL_SIZE_NEXT, MONEY_ONLY_SUFFIXES, PARAMETER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, SIZE_UNITS } from './lexicon';

export interface Scale {
  end: number;
  factor: number;
  /** The letter(s) written straight after the number ("B" in "70B"), or "" for a scale word. */
  suffix: string;
}

const ATTACHED = ['bn', 'mn', 'tn', 'bil', 'mil', 'mm', 'k', 'K', 'M', 'B', 'T', 'm', 'b'];

/** "250k", "5.2M", "$47bn", "45 million": the scale after a number, if any. */
export function readScale(text: string, pos: number, money: boolean): Scale | undefined {
  for (const suffix of ATTACHED) {
    if (!text.startsWith(suffix, pos) || isAlnum(text.charCodeAt(pos + suffix.length))) continue;
    const factor = SCALE_SUFFIXES[suffix] ?? (money ? MONEY_ONLY_SUFFIXES[suffix] : undefined);
    if (factor) return { end: pos + suffix.length, factor, suffix };
  }
  const s = skipOneSpace(text, pos);
  if (s === pos) return undefined;
  const end = wordEnd(text, s);
  const factor = SCALE_WORDS[text.slice(s, end).toLowerCase()];
  return factor ? { end, factor, suffix: '' } : undefined;
}

export interface SizeUnit {
  end: number;
  factor: number;
  attached: boolean;
}

/** "138 GB", "80GB", "1.5 TiB": byte sizes; "Gb" (bits) and a lone "B" (billions) are not. */
export function readSizeUnit(text: string, pos: number): SizeUnit | undefined {
  const s = skipOneSpace(text, pos);
  let end = s;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (isDigit(text.charCodeAt(end))) return undefined;
  const word = text.slice(s, end);
  const lower = word.toLowerCase();
  if (lower === 'b' || !(lower in SIZE_UNITS)) return undefined;
  if (lower.length <= 3 && !word.endsWith('B')) return undefined;
  return { end, factor: SIZE_UNITS[lower], attached: s === pos };
}

/** A token that names hardware or a model: "A100", "H100", "Qwen2.5", "3.1". */
function hasDigitAndLetter(word: string): boolean {
  return /\d/.test(word) && /[A-Za-z]/.test(word);
}

const NOT_NAMES = new Set([
  'the', 'a', 'an', 'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'some', 'with', 'and', 'or', 'of',
  'to', 'by', 'from', 'at', 'in', 'on', 'for', 'than', 'just', 'only', 'more', 'less', 'up', 'another', 'approximately',
  'estimated', 'reportedly', 'exceeding', 'above', 'below', 'nearly', 'its', 'their', 'our', 'we', 'they', 'it', 'all',
]);

/**
 * "Llama 3.1 405B", "Mistral 7B", "Llama 2 70B model", "A100 80GB": a scale or
 * size that belongs to a model or hardware name. Only an attached "B" (billions of
 * parameters) or an attached byte unit is read this way; "5.2M developers" is a count.
 */
export function isModelOrHardwareName(text: string, start: number, end: number, scale: Scale | undefined, attachedSize: boolean): boolean {
  const prevEnd = start > 0 && isInlineSpace(text.charCodeAt(start - 1)) ? start - 1 : start;
  const prev = prevEnd < start ? text.slice(wordStart(text, prevEnd), prevEnd) : '';
  const next = nextWord(text, end);
  if (attachedSize) return hasDigitAndLetter(prev) || hasDigitAndLetter(next);
  if (scale?.suffix === 'B') {
    if (PARAMETER_WORDS.has(next)) return false;
    if (MODEL_SIZE_NEXT.has(next) || (text[end] === '-' && isLetter(text.charCodeAt(end + 1)))) return true;
    if (!prev) return false;
    if (/^[\d.]+$/.test(prev) || hasDigitAndLetter(prev)) return true;
    return isUpper(prev.charCodeAt(0)) && !NOT_NAMES.has(prev.toLowerCase());
  }
  if (scale?.suffix === 'M' || scale?.suffix === 'K' || scale?.suffix === 'k') {
    if (next === 'context' || next === 'window' || next === 'ctx') return true;
    return hasDigitAndLetter(prev) || (text[end] === '-' && isLetter(text.charCodeAt(end + 1)) && nextWord(text, end + 1) !== 'plus');
  }
  return false;
}
