import { isAlnum, isCjk, isDigit, isInlineSpace, isLetter, isUpper, nextWord, skipOneSpace, wordEnd, wordStart } from './chars';
import { comesInSizes, isVariantSize, namedBefore, namesSmallModel } from './variants';
import { MODEL_COLUMN, MONEY_ONLY_SUFFIXES, NOT_NAMES, PARAMETER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, SIZE_UNITS } from './lexicon';
import { precisionOf, readNumber } from './numbers';

export interface Scale {
  end: number;
  factor: number;
  /** The letter(s) written straight after the number ("B" in "70B"), or "" for a scale word. */
  suffix: string;
}

const ATTACHED = ['bn', 'mn', 'tn', 'bil', 'mil', 'mm', 'k', 'K', 'M', 'B', 'T', 'm', 'b'];

/** "250k", "5.2M", "$47bn", "45 million": the scale after a number, if any. */
export function readScale(text: string, pos: number, money: boolean): Scale | undefined {
  const cjk = readCjkScale(text, pos);
  if (cjk) return cjk;
  for (const suffix of ATTACHED) {
    // ("26.2Kトークン/秒", "1.3K和12.3K个": Chinese and Japanese write on to a scale letter.)
    const after = text.charCodeAt(pos + suffix.length);
    if (!text.startsWith(suffix, pos) || (isAlnum(after) && !isCjk(after))) continue;
    const factor = SCALE_SUFFIXES[suffix] ?? (money || (suffix === 'm' && countsPeopleOrThings(text, pos + 1)) ? MONEY_ONLY_SUFFIXES[suffix] : undefined);
    if (factor) return { end: pos + suffix.length, factor, suffix };
  }
  // "| 39 M |": a scale letter spaced from the number, closing a table cell.
  if (text[pos] === ' ' && (text[pos + 1] === 'M' || text[pos + 1] === 'B' || text[pos + 1] === 'K') && text.slice(pos + 2).trim() === '') {
    return { end: pos + 2, factor: SCALE_SUFFIXES[text[pos + 1]], suffix: text[pos + 1] };
  }
  // "13.8Billion": a scale word written on to the number.
  if (isLetter(text.charCodeAt(pos))) {
    const glued = wordEnd(text, pos);
    const factor = glued - pos >= 7 ? SCALE_WORDS[text.slice(pos, glued).toLowerCase()] : undefined;
    if (factor) return { end: glued, factor, suffix: '' };
  }
  // "a 10-million token window", "a 2-trillion parameter model": a scale word joined on as an adjective.
  const hyphened = text[pos] === '-' && isLetter(text.charCodeAt(pos + 1));
  let s = hyphened ? pos + 1 : skipOneSpace(text, pos);
  if (s === pos) return undefined;
  // "23 de miliarde", "250 de mii": Romanian sets "de" between a number from twenty on and its scale.
  const of = text.startsWith('de ', s) ? ROMANIAN_OF.exec(text.slice(s, s + 16)) : null;
  if (of) s += of[0].length;
  let end = wordEnd(text, s);
  // ("10-Milliarden-Dollar-Bewertung": a German compound goes on past the scale word.)
  if (hyphened) {
    const dash = text.indexOf('-', s);
    if (dash > s && dash < end) end = dash;
  }
  if (hyphened && end - s < 7) return undefined;
  // "$11.5 billion4": a footnote number glued to the scale word is not part of it.
  while (end - s > 2 && isDigit(text.charCodeAt(end - 1)) && end - s > 1) end--;
  const word = text.slice(s, end).toLowerCase();
  // "12.400 mil millones", "47 mil milhões": Spanish and European Portuguese count billions as thousands of millions.
  if (word === 'mil' && /^\s+(?:millones|milhões|milhoes)(?![\p{L}\p{N}])/u.test(text.slice(end, end + 10))) return { end: wordEnd(text, skipOneSpace(text, end)), factor: 1e9, suffix: '' };
  // "250 mil modelos": a thousand, as Portuguese and Spanish count (for money, English "mil" is a million: "$5 mil").
  if (word === 'mil' && !money && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) return { end, factor: 1e3, suffix: '' };
  const factor = SCALE_WORDS[word];
  if (!factor) return undefined;
  // "250 bin" is Turkish for 250,000 only in Turkish: "a 256 bin histogram" is English.
  if (word === 'bin' && !TURKISH_LETTER.test(text.slice(Math.max(0, s - TURKISH_REACH), end + TURKISH_REACH))) return undefined;
  // "12,4 Mrd.", "250 tys.": an abbreviation's dot is part of it.
  return { end: text[end] === '.' && (word === 'mrd' || word === 'mio' || word === 'tys' || word === 'mld') ? end + 1 : end, factor, suffix: '' };
}

/** "5.2m active developers", "45m downloads", "| 5.2m |": after a lower-case "m", what is counted, or the end of a cell alone (not metres or minutes). */
function countsPeopleOrThings(text: string, end: number): boolean {
  return COUNTED_AFTER_M.test(text.slice(end, end + 32)) || (text.slice(end).trim() === '' && /^[\d.,\s~≈]*m$/.test(text.trim()));
}

const COUNTED_AFTER_M = /^\s(?:(?:active|monthly|daily|registered|new|total|unique)\s+)?(?:developers|users|downloads|installs|subscribers|customers|visitors|models|parameters|tokens|requests|people|members|followers|stars)\b/;

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
  // ("4 Go", "245 Go": French writes octets, in capitals as "GB" is.)
  // (Not a numbered step's imperative: "2.1 To clone …", "3 Go to Settings".)
  const octets = OCTETS[word];
  if (octets && !IMPERATIVE_NEXT.test(text.slice(end, end + 12))) return { end, factor: octets, attached: s === pos };
  if (lower === 'b' || !(lower in SIZE_UNITS)) return undefined;
  if (lower.length <= 3 && !word.endsWith('B')) return undefined;
  return { end, factor: SIZE_UNITS[lower], attached: s === pos };
}

/** Sizes in octets, as French writes them: "Ko", "Mo", "Go", "To", written so. */
const OCTETS: Readonly<Record<string, number>> = Object.freeze(Object.assign(Object.create(null) as Record<string, number>, { Ko: 1e3, Mo: 1e6, Go: 1e9, To: 1e12 }));

const IMPERATIVE_NEXT = /^\s+(?:to|ahead|back|through|into|here|there|clone|install|run|open|download|check|see|use|get|make)\b/;

/** A token that names hardware or a model: "A100", "H100", "Qwen2.5", "3.1". */
function hasDigitAndLetter(word: string): boolean {
  return /\d/.test(word) && /[A-Za-z]/.test(word);
}


/**
 * "Llama 3.1 405B", "Mistral 7B", "Llama 2 70B model", "A100 80GB": a scale or
 * size that belongs to a model or hardware name. Only an attached "B" (billions of
 * parameters) or an attached byte unit is read this way; "5.2M developers" is a count.
 */
export function isModelOrHardwareName(text: string, start: number, end: number, scale: Scale | undefined, attachedSize: boolean, headers?: string, columnHeader?: string): boolean {
  const prevEnd = start > 0 && isInlineSpace(text.charCodeAt(start - 1)) ? start - 1 : start;
  const prev = prevEnd < start ? text.slice(wordStart(text, prevEnd), prevEnd) : '';
  const next = nextWord(text, end);
  if (attachedSize) return hasDigitAndLetter(prev) || hasDigitAndLetter(next);
  // A table's header row labels its columns: "| Benchmark | 2B Params | 7B Params |" names two variants.
  if (scale?.suffix === 'B' && headers !== undefined && columnHeader === undefined) return true;
  // "| Tiny | 1-3B |" under "| Parameters |": a class of model sizes, no figure measured.
  if (scale?.suffix === 'B' && columnHeader !== undefined && SIZE_COLUMN.test(columnHeader) && SIZE_CLASS_CELL.test(text.trim())) return true;
  if (scale?.suffix === 'B') return PARAMETER_WORDS.has(next) ? headers === undefined && comesInSizes(text, start, end) : isVariantSize(text, start, end, headers, columnHeader);
  if (scale?.suffix === 'M' && headers === undefined && namesSmallModel(text, end)) return true;
  // "OLMo 7B Twin 2T": a checkpoint's name; "trained on 2T tokens" counts.
  if (scale?.suffix === 'T') return !TOKEN_WORDS.has(next) && prev !== '' && isUpper(prev.charCodeAt(0)) && !NOT_NAMES.has(prev.toLowerCase());
  // "105M Cache": a processor's cache, part of its specification.
  if ((scale?.suffix === 'M' || scale?.suffix === 'K') && next.toLowerCase() === 'cache') return true;
  if (scale?.suffix === 'M' || scale?.suffix === 'K' || scale?.suffix === 'k') {
    // "128K context", "a 32K-token window": a context length is a claim.
    if (text[end] === '-' && CONTEXT_WORDS.has(nextWord(text, end + 1))) return false;
    // "| GPT-4 (8k) |" in a column of models, "rwkv-5-world-3b-2(16k)": a context window in brackets labels a variant (not "| Code Llama (45M) |").
    // (In prose, "Llama 4 Scout (10M) and Gemini 3 Pro (1M) lead" on long context, it is the model's context length.)
    // ("| Claude 2 (100K) |", "| Llama 3.1 (128K) |": in a column of models, a version before the bracket ends the name too.)
    if (scale?.suffix !== 'M' && text[start - 1] === '(' && text[end] === ')' && (MODEL_COLUMN.test(columnHeader ?? '') || !isInlineSpace(text.charCodeAt(start - 2))) && namedBeforeBracket(text, start - 1)) return true;
    return hasDigitAndLetter(prev) || (text[end] === '-' && isLetter(text.charCodeAt(end + 1)) && nextWord(text, end + 1) !== 'plus');
  }
  return false;
}

/** Does a name ("GPT-4", "Turbo", "Flash") or its version ("Claude 2", "Llama 3.1") end right before the bracket at `open`, one space between? */
function namedBeforeBracket(text: string, open: number): boolean {
  const b = open > 0 && isInlineSpace(text.charCodeAt(open - 1)) ? open - 1 : open;
  return namedBefore(text.slice(wordStart(text, b), b));
}

const CARDS_SUMMED = /\b\d+\s?[x×]\s*(?:[A-Z][\w-]*\s+){1,3}\d+\s?GB\s*$/;

const SIZE_COLUMN = /^\W*(?:param(?:eter)?s?(?:\s+count)?|(?:model\s+)?size)\W*$/i;
const SIZE_CLASS_CELL = /^[*_~]*\d+(?:\.\d+)?\s?[-–]\s?\d+(?:\.\d+)?\s?B[*_]*$/;

/** A memory module's size after a count ("32x 64GB"). */
const MODULE_SIZE = /^\d+\s?(?:GB|TB|MB|GiB|TiB)$/;

const TOKEN_WORDS = new Set(['tokens', 'token', 'parameters', 'params', 'words', 'total']);
const CONTEXT_WORDS = new Set(['token', 'tokens', 'context', 'window']);

/** "RTX 4090 (24 GB)", "2× H100 (80 GB each)", "A100 (40 GB)": a memory size in brackets after a hardware model number. */
export function isHardwareMemory(text: string, start: number): boolean {
  // "(1x RTX 4090, 24 GB)", "an RTX 4090 with 24 GB": the memory of the card just named.
  let b = start;
  while (b > 0 && isInlineSpace(text.charCodeAt(b - 1))) b--;
  // "2x NVIDIA L4 24GB = 48GB total": the cards' memory summed.
  if (text[b - 1] === '=' && CARDS_SUMMED.test(text.slice(Math.max(0, b - 48), b - 1))) return true;
  // "V100: 16GB, A10G: 24GB": a card's memory after its model number and a colon.
  if (text[b - 1] === ':') {
    let j = b - 1;
    while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
    const model = text.slice(wordStart(text, j), j);
    if (isHardwareModel(model) && !/^\d+$/.test(model)) return true;
  }
  // "RTX 4080 16GB", "M2 Mac 64GB": a card's or a machine's memory right after its model number or name.
  if (b < start) {
    const ws = wordStart(text, b);
    const word = text.slice(ws, b);
    if (isHardwareModel(word) && /^\d+$/.test(word) && /\b[A-Z]{2,} $/.test(text.slice(Math.max(0, ws - 8), ws))) return true;
    if (/^\p{Lu}/u.test(word) && DEVICES.includes(word.toLowerCase())) return true;
  }
  if (text[b - 1] === ',' || text.slice(wordStart(text, b), b).toLowerCase() === 'with') {
    let j = text[b - 1] === ',' ? b - 1 : wordStart(text, b);
    while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
    const ms = wordStart(text, j);
    const model = text.slice(ms, j);
    // "H100", or a bare "4090" after its maker's capitals ("RTX 4090").
    if (isHardwareModel(model) && (!/^\d+$/.test(model) || /\b[A-Z]{2,} $/.test(text.slice(Math.max(0, ms - 8), ms)))) return true;
    // "(M3 Max, 36 GB)", "(H100 SXM, 80 GB)": the model number before its variant's name.
    if (/^\p{Lu}\p{Ll}{1,5}$/u.test(model) && ms > 0 && isInlineSpace(text.charCodeAt(ms - 1)) && isHardwareModel(text.slice(wordStart(text, ms - 1), ms - 1))) return true;
  }
  if (text[start - 1] === '(') {
    let j = start - 1;
    while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
    const ws = wordStart(text, j);
    // ("twee RTX 4090's (24 GB)", "two 4090s (24 GB)": the cards, counted.)
    const raw = text.slice(ws, j);
    const word = CARDS_COUNTED.test(raw) ? raw.replace(/['’]?s$/, '') : raw;
    // "two RTX 6000 Ada cards (48 GB each)": the memory of the cards just named.
    if (isHardwareModel(word) || CARD_NOUNS.has(word.toLowerCase())) return true;
    // "H100 SXM (80 GB)", "A100 PCIe (40 GB)": a form factor after the model number.
    let k = ws;
    if (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
    return word.length <= 5 && /^[A-Za-z0-9]+$/.test(word) && k < ws && isHardwareModel(text.slice(wordStart(text, k), k));
  }
  return false;
}

/** A card's model number made plural: "4090s", "4090's", "H100s" (not "Llama 2's", "Qwen2's", nor a decade, "the 2020s"). */
const CARDS_COUNTED = /^(?!(?:19|20)\d0['’]?s$)(?:\d{3,5}|[A-Z]\d{2,4}[A-Z]?)['’]?s$/;

/** What a card is called, before its memory in brackets. */
const CARD_NOUNS: ReadonlySet<string> = new Set(['card', 'cards', 'gpu', 'gpus', 'accelerator', 'accelerators', 'board', 'boards']);

/** "4090", "H100", "A10G", "V100", "M2": a model number, not a word. */
function isHardwareModel(word: string): boolean {
  if (!word || word.length > 6) return false;
  let digits = 0;
  for (let k = 0; k < word.length; k++) if (isDigit(word.charCodeAt(k))) digits++;
  return digits >= 1 && (digits === word.length || isUpper(word.charCodeAt(0)));
}

const HARDWARE_WORDS = new Set(['nvidia', 'amd', 'intel', 'rtx', 'gtx', 'gpu', 'gpus', 'tpu', 'tpus', 'cpu', 'cpus', 'node', 'nodes', 'machine', 'machines', 'instance', 'instances']);

/** What a multiplier before a card's name compares ("10x TPUv5p performance"), as a count of cards would not. */
const RATIO_AFTER_MODEL: ReadonlySet<string> = new Set(['performance', 'speed', 'throughput', 'efficiency', 'compute', 'bandwidth', 'latency']);

/** "10x P90 latency reduction": a percentile, never a card. */
const PERCENTILE = /^[pP]\d{2}(?:\.\d+)?$/;

const NESTED_COUNT = /^\d+\s?[x×]\s+[A-Za-z]{1,2}\d/;

/** "8x a40", "1x h100", "2x a10g": a card's model number written in lower case, after a count of them. */
const LOWER_CASE_MODEL = /^[a-z]{1,2}\d{1,4}[a-z]?$/;

/** "a 10x engineer": the idiom, not a measured multiple. */
const IDIOM_NOUNS = new Set(['engineer', 'engineers', 'developer', 'developers', 'programmer', 'programmers', 'coder', 'coders', 'hire', 'hires']);

/** "2× H100", "1x Nvidia A10G": a count of machines; "a 10x engineer": an idiom. `end` is after the "x". */
export function isHardwareCountOrIdiom(text: string, start: number, end: number): boolean {
  const s = skipOneSpace(text, end);
  const word = text.slice(s, wordEnd(text, s));
  // "8x A100-80GB": the model number before its memory.
  const model = word.includes('-') ? word.slice(0, word.indexOf('-')) : word;
  // "8x A100" counts cards, "32x 64GB RDIMM" memory modules of the size after it; "4.6x A100 performance" and
  // "10x TPUv5p performance" are ratios.
  const whole = !text.slice(start, end).includes('.') && !RATIO_AFTER_MODEL.has(nextWord(text, s + word.length));
  // "8x 8x A100 80GB": nodes of eight cards each, a count of a count.
  if (whole && !PERCENTILE.test(model) && (isHardwareModel(model) || LOWER_CASE_MODEL.test(model) || HARDWARE_WORDS.has(model.toLowerCase()) || MODULE_SIZE.test(word) || NESTED_COUNT.test(text.slice(s, s + 12)))) return true;
  // "8x Tensor Parallel", "4x pipeline parallelism": a degree of parallelism, how a job is laid out.
  if (/^[\s-]*(?:\p{L}+[\s-]+)?parallel(?:ism)?\b/iu.test(text.slice(s + word.length - (/parallel/i.test(word) ? word.length : 0), s + 40))) return true;
  const article = text.slice(wordStart(text, start - 1), start - 1).toLowerCase();
  return IDIOM_NOUNS.has(word.toLowerCase()) && (article === 'a' || article === 'an');
}

const DEVICES = ['laptop', 'macbook', 'mac', 'pc', 'desktop', 'phone', 'machine', 'computer', 'workstation', 'server', 'device', 'box', 'pro', 'air', 'mini', 'chromebook', 'notebook', 'tablet', 'ipad', 'iphone', 'max', 'ultra',
  // As translated notes write them: "un portatile da 16 GB", "un portátil de 16 GB", "ein Laptop mit 16 GB".
  'portatile', 'portátil', 'portable', 'ordinateur', 'computador', 'rechner'];
/** "with", and what translated notes write for it before a device's memory ("da", "de", "con", "com", "mit", "avec"). */
const WITH_WORDS = ['with', 'da', 'de', 'con', 'com', 'mit', 'avec'];

/** "a laptop with 16GB", "a MacBook Pro with 16GB of memory", "un portatile da 16 GB": the memory of a device, not a measurement. */
export function isDeviceMemory(text: string, start: number): boolean {
  let j = start;
  if (isInlineSpace(text.charCodeAt(j - 1))) j--;
  const withStart = wordStart(text, j);
  if (!WITH_WORDS.includes(text.slice(withStart, j).toLowerCase())) return false;
  let k = withStart;
  for (let words = 0; words < 3 && k > 0; words++) {
    if (isInlineSpace(text.charCodeAt(k - 1))) k--;
    const ws = wordStart(text, k);
    if (ws === k) return false;
    if (DEVICES.includes(text.slice(ws, k).toLowerCase())) return true;
    k = ws;
  }
  return false;
}

/** Chinese and Japanese scale characters: "16.5 亿" (1.65 billion), "50 万亿" (50 trillion), "3 万" (30,000). */
const CJK_SCALES: ReadonlyArray<readonly [string, number]> = [['万亿', 1e12], ['兆', 1e12], ['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4], ['조', 1e12], ['억', 1e8], ['만', 1e4]];

/** After "3億": "9,200万", the rest of the number in a smaller scale, as one figure ("3億9,200万" is 392 million). */
export function cjkRemainder(text: string, pos: number, factor: number): { end: number; value: number; precision: number } | undefined {
  // "1억 250만 달러": Korean sets the smaller part off with a space after a Hangul scale.
  if (text[pos] === ' ' && isHangulScale(text.charCodeAt(pos - 1)) && isDigit(text.charCodeAt(pos + 1))) pos++;
  if (!isDigit(text.charCodeAt(pos))) return undefined;
  const rest = readNumber(text, pos);
  const small = rest.valid ? readCjkScale(text, rest.end) : undefined;
  if (!small || text[rest.end] === ' ' || small.factor >= factor) return undefined;
  return { end: small.end, value: rest.value * small.factor, precision: precisionOf(rest) * small.factor };
}

/** 조, 억, 만: Korean's scale syllables. */
export function isHangulScale(c: number): boolean {
  return c === 0xc870 || c === 0xc5b5 || c === 0xb9cc;
}

function readCjkScale(text: string, pos: number): Scale | undefined {
  const c = text.charCodeAt(pos);
  const s = c === 32 ? pos + 1 : pos;
  if (text.charCodeAt(s) < 0x4e00) return undefined;
  for (const [word, factor] of CJK_SCALES) if (text.startsWith(word, s)) return { end: s + word.length, factor, suffix: '' };
  return undefined;
}

/** Letters only Turkish writes (dotless i, s and g with their marks), which tell a Turkish sentence. */
const TURKISH_LETTER = /[ıİşŞğĞ]/;
/** How far around a scale word a Turkish letter is looked for. */
const TURKISH_REACH = 80;

/** The Romanian "de" before a scale word ("de miliarde", "de milioane", "de mii"). */
const ROMANIAN_OF = /^de\s(?=(?:miliarde|milioane|mii)(?![\p{L}\p{N}]))/u;
