import { isAlnum, isInlineSpace, isLetter, lastFullStop, phraseAt, skipOneSpace, wordEnd } from './chars';
import type { ClaimKind } from './figure';

export interface UnitReading {
  end: number;
  kind: ClaimKind;
  unit: string;
  /** Multiplies the written number into the unit ("400 Gbps" → 50e9 bytes/s). */
  factor: number;
}

type Unit = [written: string, kind: ClaimKind, unit: string, factor: number];

const PETAFLOP_DAY = 1e15 * 86400;

/**
 * Bandwidth and compute, written as one span with the figure: "900 GB/s", "80 GBps",
 * "400 Gbps" (bits: case matters), "312 TFLOPS", "6,300 petaflop days". Longest first.
 */
const UNITS: Unit[] = [
  ['petaflop/s-days', 'size', 'FLOP', PETAFLOP_DAY],
  ['petaflop-days', 'size', 'FLOP', PETAFLOP_DAY],
  ['petaflop days', 'size', 'FLOP', PETAFLOP_DAY],
  ['PF-days', 'size', 'FLOP', PETAFLOP_DAY],
  ['pf-days', 'size', 'FLOP', PETAFLOP_DAY],
  ['petaflops', 'rate', 'FLOP/s', 1e15],
  ['teraflops', 'rate', 'FLOP/s', 1e12],
  ['exaflops', 'rate', 'FLOP/s', 1e18],
  ['gigaflops', 'rate', 'FLOP/s', 1e9],
  ['TFLOP/s', 'rate', 'FLOP/s', 1e12],
  ['PFLOP/s', 'rate', 'FLOP/s', 1e15],
  ['TFLOPS', 'rate', 'FLOP/s', 1e12],
  ['TFLOPs', 'rate', 'FLOP/s', 1e12],
  ['PFLOPS', 'rate', 'FLOP/s', 1e15],
  ['PFLOPs', 'rate', 'FLOP/s', 1e15],
  ['EFLOPS', 'rate', 'FLOP/s', 1e18],
  ['GFLOPS', 'rate', 'FLOP/s', 1e9],
  // ("one GPT3-175B layer requires about 7 TFlops": as some papers case it.)
  ['TFlops', 'rate', 'FLOP/s', 1e12],
  ['PFlops', 'rate', 'FLOP/s', 1e15],
  ['GFlops', 'rate', 'FLOP/s', 1e9],
  ['EFlops', 'rate', 'FLOP/s', 1e18],
  ['GB/sec', 'rate', 'bytes/s', 1e9],
  ['GB/s', 'rate', 'bytes/s', 1e9],
  ['GBps', 'rate', 'bytes/s', 1e9],
  ['GiB/s', 'rate', 'bytes/s', 2 ** 30],
  ['TiB/s', 'rate', 'bytes/s', 2 ** 40],
  ['MiB/s', 'rate', 'bytes/s', 2 ** 20],
  ['TB/s', 'rate', 'bytes/s', 1e12],
  ['TBps', 'rate', 'bytes/s', 1e12],
  ['MB/s', 'rate', 'bytes/s', 1e6],
  ['MBps', 'rate', 'bytes/s', 1e6],
  ['KB/s', 'rate', 'bytes/s', 1e3],
  ['Gbps', 'rate', 'bytes/s', 1e9 / 8],
  ['Gb/s', 'rate', 'bytes/s', 1e9 / 8],
  ['Tbps', 'rate', 'bytes/s', 1e12 / 8],
  ['Tb/s', 'rate', 'bytes/s', 1e12 / 8],
  ['Mbps', 'rate', 'bytes/s', 1e6 / 8],
  ['Mb/s', 'rate', 'bytes/s', 1e6 / 8],
  // Energy, power and water: what running models costs the grid ("0.34 watt-hours per query", "50-200 megawatts").
  ['terawatt-hours', 'size', 'Wh', 1e12],
  ['terawatt hours', 'size', 'Wh', 1e12],
  ['gigawatt-hours', 'size', 'Wh', 1e9],
  ['gigawatt hours', 'size', 'Wh', 1e9],
  ['megawatt-hours', 'size', 'Wh', 1e6],
  ['megawatt hours', 'size', 'Wh', 1e6],
  ['kilowatt-hours', 'size', 'Wh', 1e3],
  ['kilowatt hours', 'size', 'Wh', 1e3],
  ['watt-hours', 'size', 'Wh', 1],
  ['watt hours', 'size', 'Wh', 1],
  ['TWh', 'size', 'Wh', 1e12],
  ['GWh', 'size', 'Wh', 1e9],
  ['MWh', 'size', 'Wh', 1e6],
  ['kWh', 'size', 'Wh', 1e3],
  ['KWh', 'size', 'Wh', 1e3],
  ['Wh', 'size', 'Wh', 1],
  // Joules, as energy-per-token studies measure them ("0.385 J/token", "125.45 J").
  ['J/token', 'rate', 'J/token', 1],
  ['joules', 'size', 'J', 1],
  ['kJ', 'size', 'J', 1e3],
  ['J', 'size', 'J', 1],
  ['gigawatts', 'rate', 'W', 1e9],
  ['gigawatt', 'rate', 'W', 1e9],
  ['megawatts', 'rate', 'W', 1e6],
  ['megawatt', 'rate', 'W', 1e6],
  ['kilowatts', 'rate', 'W', 1e3],
  ['kilowatt', 'rate', 'W', 1e3],
  ['watts', 'rate', 'W', 1],
  ['GW', 'rate', 'W', 1e9],
  ['MW', 'rate', 'W', 1e6],
  ['kW', 'rate', 'W', 1e3],
  // "298W", "331W-368W": watts written on to the number (a spaced "W" is too often a letter).
  ['W', 'rate', 'W', 1],
  // Emissions, as model cards report training ("240 tons CO2eq"). (GPU hours stay a count: "2.78M GPU hours" is "2.78M".)
  ['tons CO2eq', 'size', 'tCO2e', 1],
  ['tons CO2e', 'size', 'tCO2e', 1],
  ['tonnes CO2eq', 'size', 'tCO2e', 1],
  ['tonnes CO2e', 'size', 'tCO2e', 1],
  ['tCO2eq', 'size', 'tCO2e', 1],
  ['tCO2e', 'size', 'tCO2e', 1],
  ['metric tonnes', 'size', 't', 1],
  ['metric tons', 'size', 't', 1],
  ['gallons', 'size', 'L', 3.785411784],
  ['litres', 'size', 'L', 1],
  ['liters', 'size', 'L', 1],
];

/** A bare "J" is joules only after a figure written to one to three decimals ("125.45 J"), not a letter after a count ("3 J"). `pos` ends the figure. */
function measuredEnergy(text: string, pos: number): boolean {
  return DECIMAL_END.test(text.slice(Math.max(0, pos - 4), pos));
}

const DECIMAL_END = /\.\d{1,3}$/;

/** "drew 298W", "331W-368W under load": power a machine was measured drawing (not a card's rating, "TDP of 700W"). */
function drawnPower(text: string, pos: number, s: number): boolean {
  // ("average CPU power decreases from 46.8 W at 0k to 33.9 W", "drawing approximately 78–83 W": spaced after a decimal or a range, where power is measured.)
  if (s !== pos) return s === pos + 1 && text[pos] === ' ' && (DECIMAL_END.test(text.slice(Math.max(0, pos - 4), pos)) || /[–-]\d+$/.test(text.slice(Math.max(0, pos - 8), pos))) && (POWER_DRAWN.test(text.slice(Math.max(0, pos - 80), pos)) || /\bpower\b/i.test(text.slice(Math.max(0, pos - 80), pos)));
  let start = pos;
  while (start > 0 && /[\d.,W-]/.test(text[start - 1])) start--;
  return POWER_DRAWN.test(text.slice(Math.max(0, start - 48), start)) || /^\s+(?:under\s+load|at\s+idle|idle|average|peak)\b/i.test(text.slice(s + 1, s + 20));
}

const POWER_DRAWN = /\b(?:drew|draws?|drawing|idl(?:e|es|ed|ing)\s+at|consum\w*|peak\w*|averag\w*|measured|pulled|pulls?|power\s+(?:draw|use|usage))\b[^.;:!?]*$/i;

/** A number format before a compute unit ("FP8 TFLOPS", "BF16 TFLOPS"), with its space. */
const NUMBER_FORMAT = /^(?:FP|BF|INT|TF)\d{1,2} /;

/** Letters a unit of UNITS can start with: most figures are followed by none of them. */
const FIRST = new Set(UNITS.map(([w]) => w.charCodeAt(0)));

/** A bandwidth or compute unit at `pos` (after at most one space). */
export function readComputeUnit(text: string, pos: number): UnitReading | undefined {
  let s = skipOneSpace(text, pos);
  // "1350+ FP8 TFLOPS", "989 BF16 TFLOPS": the number format the compute is counted in.
  const format = NUMBER_FORMAT.exec(text.slice(s, s + 6));
  if (format && s > pos) s += format[0].length;
  if (!FIRST.has(text.charCodeAt(s))) return undefined;
  for (const [written, kind, unit, factor] of UNITS) {
    if (!text.startsWith(written, s) || isAlnum(text.charCodeAt(s + written.length)) || (written === 'W' && !drawnPower(text, pos, s)) || (written === 'J' && !measuredEnergy(text, pos))) continue;
    return { end: s + written.length, kind, unit, factor };
  }
  return undefined;
}

/** What a throughput counts: "tokens/s", "100K searches/second", "1 - 2 words / second". */
const THROUGHPUT_NOUNS: Record<string, string> = {
  tokens: 'tokens',
  token: 'tokens',
  tok: 'tokens',
  t: 'tokens',
  words: 'words',
  requests: 'requests',
  req: 'requests',
  queries: 'requests',
  searches: 'searches',
  images: 'images',
  samples: 'samples',
  frames: 'frames',
  pages: 'pages',
  users: 'users',
  transactions: 'transactions',
  // As translated notes count them: "1000 Wörter/Sekunde", "50 mots par seconde", "30 Anfragen pro Minute".
  'wörter': 'words',
  mots: 'words',
  palabras: 'words',
  parole: 'words',
  anfragen: 'requests',
  requêtes: 'requests',
  solicitudes: 'requests',
  richieste: 'requests',
};

const PER_SECOND = ['second', 'sec', 's', 'seconde', 'Sekunde', 'sekunde'];
const PER_MINUTE = ['minute', 'min', 'minuto'];

/** A plural noun in lower case, counted per second as the known ones are ("objects", "embeddings", "rows"). */
const COUNTED_PLURAL = /^[a-z]{3,}s$/;
/** "5 times per second" is how often, and units of time per second are no throughput. */
const NOT_COUNTED_PER_SECOND = new Set(['times', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** First letters of THROUGHPUT_NOUNS and "qps", lower-cased: most words after a figure start with none. */
const NOUN_INITIALS = new Set([...Object.keys(THROUGHPUT_NOUNS), 'qps', 'rps'].map((w) => w.charCodeAt(0)));

/** "12.4 tokens/s", "tokens per second", "100K searches/second", "words / second": one span with the figure. */
export function readThroughput(text: string, pos: number): UnitReading | undefined {
  const s = skipOneSpace(text, pos);
  // "26.2Kトークン/秒", "50 tokens/秒": tokens a second, as Japanese and Chinese write it.
  const cjk = CJK_TOKENS_PER_SECOND.exec(text.slice(s, s + 16));
  if (cjk) return { end: s + cjk[0].length, kind: 'rate', unit: 'tokens/s', factor: 1 };
  const initial = text.charCodeAt(s);
  // Any plural written in lower case may be counted per second ("76 objects per second"); the known ones in any case.
  if (!NOUN_INITIALS.has(initial | 32) && !(initial >= 97 && initial <= 122)) return undefined;
  if (s === pos && isLetter(text.charCodeAt(s)) && text[s] !== 't') return undefined;
  // "1.36 rps", "40 qps": requests or queries per second, as a serving benchmark writes them.
  if ((text.startsWith('qps', s) || text.startsWith('rps', s)) && !isAlnum(text.charCodeAt(s + 3))) return { end: s + 3, kind: 'rate', unit: 'requests/s', factor: 1 };
  // "38 TPS": tokens per second, as a serving benchmark writes it.
  if ((text.startsWith('TPS', s) || text.startsWith('tps', s)) && s > pos && !isAlnum(text.charCodeAt(s + 3))) return { end: s + 3, kind: 'rate', unit: 'tokens/s', factor: 1 };
  const nounEnd = wordEnd(text, s);
  const written = text.slice(s, nounEnd);
  const noun = THROUGHPUT_NOUNS[written.toLowerCase()] ?? (COUNTED_PLURAL.test(written) && !NOT_COUNTED_PER_SECOND.has(written) ? written : undefined);
  if (!noun) return undefined;
  let j = nounEnd;
  if (text[j] === '/') j++;
  else if (isInlineSpace(text.charCodeAt(j)) && text[j + 1] === '/' && isInlineSpace(text.charCodeAt(j + 2))) j += 3;
  else {
    // ("3,25 tokens par seconde", "21 Tokens pro Sekunde": French writes "par", German "pro".)
    const at = skipOneSpace(text, j);
    const per = Math.max(phraseAt(text, at, 'per'), phraseAt(text, at, 'par'), phraseAt(text, at, 'pro'));
    if (per < 0) return undefined;
    j = skipOneSpace(text, per);
  }
  for (const second of PER_SECOND) {
    const end = phraseAt(text, j, second);
    if (end >= 0) return { end, kind: 'rate', unit: `${noun}/s`, factor: 1 };
  }
  // "30 Requests / Minute": a rate limit, as providers write one.
  for (const minute of PER_MINUTE) {
    const end = phraseAt(text, j, minute);
    if (end >= 0) return { end, kind: 'rate', unit: `${noun}/min`, factor: 1 };
  }
  return undefined;
}

const MILLISECONDS = ['milliseconds', 'millisecond', 'ms'];
const SECONDS = ['seconds', 'second', 'secs', 'sec', 's'];

/** Words that make a duration a measured latency ("p50 TTFT 410 ms"), not a setting or the note's own time. */
const LATENCY_WORDS = /latenc|\bttft\b|\btpot\b|\bitl\b|\be2el\b|time to first token|time per output token|inter-token|\bp(?:50|90|95|99)\b|response time|round[- ]trip/i;

const LATENCY_LOOK = 60;

/** "410 ms", "67.5 milliseconds", "11.25 seconds": a latency, one span with the figure, only where the sentence (or a cell's headers) says latency. */
export function readLatency(text: string, pos: number, headers?: string): UnitReading | undefined {
  const s = skipOneSpace(text, pos);
  const initial = text.charCodeAt(s);
  if (initial !== 109 /* m */ && initial !== 115 /* s */) return undefined;
  if (initial === 115) return readSeconds(text, pos, s, headers);
  for (const written of MILLISECONDS) {
    if (!text.startsWith(written, s) || isAlnum(text.charCodeAt(s + written.length))) continue;
    // "16.8ms/token", "16ms per token": a time per token is a latency, whatever the words around it.
    const perToken = PER_TOKEN.exec(text.slice(s + written.length, s + written.length + 12));
    if (perToken) return { end: s + written.length + perToken[0].length, kind: 'size', unit: 's', factor: 1e-3 };
    // The figure's own sentence: "… p95 latency. Wait 30 ms before retrying." is an instruction's pause.
    const before = text.slice(Math.max(0, pos - LATENCY_LOOK), pos);
    const after = text.slice(s + written.length, Math.min(text.length, s + written.length + LATENCY_LOOK));
    const stop = after.search(/[.!?](?:\s|$)/);
    const around = `${before.slice(lastFullStop(before) + 1)} ${stop >= 0 ? after.slice(0, stop) : after}`;
    return LATENCY_WORDS.test(around) || (headers !== undefined && LATENCY_WORDS.test(headers)) ? { end: s + written.length, kind: 'size', unit: 's', factor: 1e-3 } : undefined;
  }
  return undefined;
}

/**
 * "a single large prompt takes around 11.25 seconds", "p95 latency was 2.5 seconds": a
 * duration something took, or one its own sentence calls a latency ("Wait 30 seconds" is neither).
 */
function readSeconds(text: string, pos: number, s: number, headers?: string): UnitReading | undefined {
  for (const written of SECONDS) {
    if (!text.startsWith(written, s) || isAlnum(text.charCodeAt(s + written.length))) continue;
    // A bare "s" only written on to its number ("76s"), or spaced after a decimal ("1.3 s"); never after a year ("1990s").
    if (written === 's' && ((s !== pos && !/\.\d+$/.test(text.slice(Math.max(0, pos - 8), pos))) || /(?:^|\D)(?:1[89]|20)\d0$/.test(text.slice(Math.max(0, pos - 5), pos)))) continue;
    // The words before the figure (`pos` is its end).
    let start = pos;
    while (start > 0 && /[\d.,]/.test(text[start - 1])) start--;
    const before = text.slice(Math.max(0, start - LATENCY_LOOK), start);
    // ("7 seconds vs. 14 seconds": the dot of "vs." ends no sentence.)
    const opening = Math.max(lastFullStop(before), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
    const sentence = before.slice(opening + 1);
    // ("took 77.09s with Whisper and 29.72s with faster-whisper": the second time of what the sentence says took.)
    // ("| Whisper Time | faster-whisper Time |" over "| 77.09s | 29.72s |": a column of times something took.)
    const timed = TOOK.test(sentence) || LATENCY_WORDS.test(sentence) || TOOK_EARLIER.test(sentence) || (headers !== undefined && (LATENCY_WORDS.test(headers) || (TIME_HEADER.test(headers) && !TIME_SETTING_HEADER.test(headers))));
    return timed ? { end: s + written.length, kind: 'size', unit: 's', factor: 1 } : undefined;
  }
  return undefined;
}

/** "took 77.09s with Whisper and ": a time something took, earlier in the sentence. */
// (Set against it with "and", "vs" or "against" right before this one: "…, wait 15s", "cached for 60s" are settings.)
const TOOK_EARLIER = /\b(?:takes|took)\s(?:[^.!?;]|\.(?=\d))*?\d\s?(?:s|secs?|seconds)\b(?:[^.!?;]|\.(?=\d)){0,40}?\b(?:and|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:only\s+|just\s+)?$/i;

/** A table header for the time something took: "Whisper Time", "Load time", "Duration", "Elapsed", "Runtime". */
const TIME_HEADER = /\b(?:time|duration|elapsed|runtime|wall[- ]clock)\b/i;
/** A header of a time someone sets, not one something took: "Time limit", "Wait time", "Timeout (max runtime)". */
const TIME_SETTING_HEADER = /\b(?:limit|window|wait|timeout|interval|budget|deadline|ttl|delay|allowed|target)\b/i;

/** After a time: "/token", " per token", " per output token". */
const PER_TOKEN = /^(?:\s?\/\s?(?:token|tok)|\s(?:per|\/)\s(?:output\s)?token)\b/i;

/** "takes around", "took about", "took": what something took, measured. */
const TOOK = /\b(?:takes|took)\s+(?:(?:around|about|roughly|nearly|almost|over|under|just|only)\s+)?$/i;

/** Tokens a second in Japanese or Chinese: "トークン/秒", "tokens/秒", "token/秒", "个token/秒". */
const CJK_TOKENS_PER_SECOND = /^(?:トークン|個?tokens?|个?tokens?)\s?\/\s?秒/i;
