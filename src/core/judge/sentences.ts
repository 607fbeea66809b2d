/** Bullets written as characters in a paragraph (pasted from a post or a slide). */
export const BULLETS = '•▪‣◦';

const EMOJI = /^\p{Extended_Pictographic}/u;

/** "[20:23]", "09:31 ": a time stamp, as chat logs and live blogs open each entry with. */
const TIME_STAMP = /^\[?\d{1,2}:\d{2}(?::\d{2})?(?:\]|\s)/;

/** A link or footnote reference (stand-ins for its markup), perhaps around "[2]", or a bare "[2]". */
const CITATION_MARK = /^(?:\uFFFC+(?:\[?\d{1,3}\]?\uFFFC+)?|\[\d{1,3}\])/;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'vs', 'etc', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'inc', 'ltd', 'co', 'corp', 'no', 'fig', 'eq', 'approx',
  'est', 'al', 'u.s', 'p', 'pp', 'vol', 'ch', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'ca', 'cf', 'c.f', 'viz', 'resp', 'jr', 'sr', 'mt',
]);

/**
 * Sentence boundaries of a block's text: `[start, end)` pairs covering it. A
 * sentence ends at ".", "!" or "?" followed by a space and a letter, digit,
 * quote or currency sign, unless the stop closes an abbreviation or an initial, and at a full-width
 * "。", "！" or "？"; a hard line break also ends one. Linear in the text.
 */
export function sentenceBounds(text: string): number[] {
  const bounds: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters, spaces and commas, most of any text, end nothing.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 32 || code === 44) continue;
    const c = text[i];
    if (c === '\n') {
      bounds.push(i + 1);
      continue;
    }
    // "… hit $47B. • VCs poured …": a bullet typed into a paragraph starts an item of its own.
    if (BULLETS.includes(c) && i > bounds[bounds.length - 1] && text[i - 1] === ' ') {
      bounds.push(i);
      continue;
    }
    // "… more contributions 🙃 Check your sources": an emoji closing a sentence, as in posts.
    if (c >= '\uD800' && c <= '\uDBFF' && EMOJI.test(text.slice(i, i + 2)) && text[i + 2] === ' ' && /\p{Lu}/u.test(text[i + 3] ?? '')) {
      bounds.push(i + 3);
      i += 2;
      continue;
    }
    // "… says [20:23] r0b0tnik: in my setup …": a time stamp starts a chat log's next message.
    if ((c === '[' || (c >= '0' && c <= '9')) && text[i - 1] === ' ' && i > bounds[bounds.length - 1] && TIME_STAMP.test(text.slice(i, i + 10))) {
      bounds.push(i);
      continue;
    }
    // "…core business systems。According to…": a full-width stop ends a sentence with no space after it.
    if (c === '\u3002' || c === '\uff01' || c === '\uff1f') {
      let k = i + 1;
      while (k < text.length && text[k] === ' ') k++;
      if (k < text.length) bounds.push(k);
      i = k - 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    // ("… for frontier models.] By 2030, …": a bracketed note closes with its sentence.)
    while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === ')' || text[j] === ']' || text[j] === '’')) j++;
    // "… in July 2023.[[2]](#cite-2) By 2026, …", "….[^1] By": a citation mark after the stop still ends the sentence.
    const mark = CITATION_MARK.exec(text.slice(j, j + 12));
    if (mark) j += mark[0].length;
    if (j >= text.length || (text[j] !== ' ' && text[j] !== '\u00a0')) continue;
    let k = j;
    // Skip spaces and non-prose stand-ins (an HTML comment, inline code) before the next sentence.
    while (k < text.length && (text[k] === ' ' || text[k] === '\uFFFC')) k++;
    const next = text[k] ?? '';
    // "… by 2030. $23 billion: that is …": a sentence may open with its figure's currency sign.
    if (!/[\p{L}\p{N}"“'‘([*_$€£¥]/u.test(next) && k < text.length) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    bounds.push(k);
    i = k - 1;
  }
  bounds.push(text.length);
  return bounds;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]) && dot - s < 12) s--;
  const word = text.slice(s, dot).toLowerCase();
  // "J. Smith" is an initial; "$50B." and "5.2M." end a sentence.
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[s]) && !/\d/.test(text[s - 1] ?? '')) return true;
  // "2,1 Mrd. in 2024", "47 Mrd. US-Dollar": a German scale's dot, unless a new sentence starts after it.
  if (word === 'mrd' || word === 'mio') return !/^\s+\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 4)) || /^\s+US-/.test(text.slice(dot + 1, dot + 5));
  return ABBREVIATIONS.has(word);
}

/** The `[start, end)` of the sentence holding `offset`, from `sentenceBounds`. */
export function sentenceAt(bounds: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [bounds[lo], bounds[lo + 1]];
}
