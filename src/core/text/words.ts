/**
 * Words scanned by char code, as a unicode regex such as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu`
 * would find them from `lastIndex`: every sentence and every figure's words are read, so
 * no regex runs per word. The judge reads three shapes of word (terms, names, facets),
 * which differ only in the marks a word may hold and whether "@" starts one.
 */
export interface WordShape {
  /** Per ASCII code: 1 if a word may hold it after its first letter or number ("'", "-", "."; "@" when `at`). */
  joiners: Uint8Array;
  /** Whether "’" joins too. */
  curly: boolean;
  /** Whether "@" counts as a letter ("@handle"). */
  at: boolean;
  /** Whether a word ends where Latin letters meet Chinese, Japanese or Korean ones ("Hugging Faceには"). */
  scriptsApart: boolean;
}

/** A shape from the marks a word may hold (`"'’-"`), whether "@" starts one, and whether scripts part words. */
export function wordShape(marks: string, at: boolean, scriptsApart = false): WordShape {
  const joiners = new Uint8Array(128);
  for (const m of marks) if (m.charCodeAt(0) < 128) joiners[m.charCodeAt(0)] = 1;
  if (at) joiners[64] = 1;
  return { joiners, curly: marks.includes('\u2019'), at, scriptsApart };
}

/** Is code unit `c` a Chinese, Japanese or Korean letter (Han, kana, Hangul)? */
function isCjkUnit(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or number, 2 not. */
const alnumKnown = new Uint8Array(0x10000);

/** The length of the letter or number (`[\p{L}\p{N}]`) at `i`: 1, 2 for one beyond the BMP, or 0. */
export function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = alnumKnown[c];
  if (known === 0) alnumKnown[c] = known = LETTER_OR_NUMBER.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Where the word found by the last `scanWord` ends. */
export const scanned = { end: 0 };

/**
 * The start of the first word of `shape` starting in `[offset, to)`, or -1; its end is
 * left in `scanned.end`. The offset is read as a regex's `lastIndex` is: a whole number,
 * at least 0, and from inside a surrogate pair the search starts at the pair.
 */
export function scanWord(text: string, offset: number, to: number, shape: WordShape): number {
  const from = offset > 0 ? Math.floor(offset) : 0;
  const low = text.charCodeAt(from);
  const high = text.charCodeAt(from - 1);
  const first = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? from - 1 : from;
  for (let i = first; i < to && i < text.length; i++) {
    const n = shape.at && text.charCodeAt(i) === 64 ? 1 : alnumAt(text, i);
    if (n === 0) continue;
    let j = i + n;
    const cjk = shape.scriptsApart && isCjkUnit(text.charCodeAt(i));
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c < 128 ? shape.joiners[c] === 1 : c === 0x2019 && shape.curly) j++;
      else {
        const k = alnumAt(text, j);
        if (k === 0) break;
        // ("GPT-4の", "のCode Llama": a Latin word ends at a CJK letter and a CJK word at a Latin letter; digits join either.)
        // (On English text this costs one comparison per letter beyond ASCII, and none per ASCII letter of a Latin word.)
        if (shape.scriptsApart && (c >= 0x1100 ? isCjkUnit(c) !== cjk : cjk && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))) break;
        j += k;
      }
    }
    scanned.end = j;
    return i;
  }
  return -1;
}
