import { ABBREVIATIONS, isInlineSpace, lastFullStop, nextWord, skipOneSpace, wordEnd, wordStart } from './chars';
import { BENCHMARK_NAMES, COMPARISON_LEADS, MARGIN_WORDS, METRIC_WORDS, MODEL_COLUMN, MODEL_FAMILIES, REFERENCE_WORDS, SCORE_LEADS } from './lexicon';
import type { NumberToken } from './numbers';

export interface ScoreContext {
  /** For a table cell: its column and row headers, which can name the benchmark. */
  headers?: string;
  /** For a table cell: its column's header alone ("" when the column has none). */
  columnHeader?: string;
  /** For a table cell after the first column: its row's first cell ("Throughput (token/s)"). */
  rowHeader?: string;
  /** For a table cell below the header row and right of the first column: the header over the first column, which may give the table's unit ("Indicador (millones de dólares)"). */
  cornerHeader?: string;
  /** For a cell of a column of decimals: a unit the paragraph leading into its table gives ("the results of `tokens/s` below"). */
  tableUnit?: 'tokens/s';
  /** For a table cell: the table has a column of machines ("Instance Type", "GPUs", "vCPUs"), so its memory column is theirs. */
  machines?: boolean;
  /** The section heading and the paragraph before: a section about HumanEval makes "GPT-4 67.5" a score. */
  topic?: string;
}

const ENGLISH_WORD_BENCHMARKS = new Set(['drop', 'math', 'arc', 'glue', 'helm', 'squad', 'elo', 'aime']);

/** Acronyms that look like benchmark names but are not. */
const NOT_BENCHMARKS = new Set(['AI', 'API', 'APIs', 'GPU', 'GPUs', 'CPU', 'LLM', 'LLMs', 'CEO', 'CTO', 'CIO', 'CIOs', 'USD', 'IDC', 'HAI', 'TPU', 'ML', 'NLP', 'OSS', 'US', 'EU', 'UK', 'GDPR', 'SaaS', 'GitHub', 'OpenAI', 'LangChain', 'DeepSeek', 'PyTorch', 'TensorFlow', 'ISBN', 'RFC', 'DOI', 'URL', 'HTML', 'JSON', 'YAML', 'CSV', 'PDF', 'ISO', 'UTC', 'GMT', 'CEST', 'NASA', 'NVIDIA', 'AMD', 'AWS', 'GCP', 'IBM', 'SQL', 'HTTP', 'HTTPS', 'TAM', 'MAU', 'YoY', 'ARR', 'ROI', 'TCO', 'KPI', 'OKR', 'SDK', 'CLI', 'GUI', 'UI', 'UX', 'HBM', 'VRAM', 'RAM', 'SSD']);

const NUMBER_FORMAT = /^(?:FP|BF|INT|UINT|NF|TF|MXFP)\d{1,2}$/;

/**
 * "MMLU", "HumanEval", "GSM8K", "MT-Bench", "pass@1": a benchmark by name — a known
 * one, or one built like them (capitals and digits, or a camel-case "…Eval", "…Bench", "…QA").
 */
export function isBenchmarkName(word: string): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  // Names that are also English words count only as written for the benchmark ("DROP", "MATH", "Elo").
  if (ENGLISH_WORD_BENCHMARKS.has(lower)) return word === word.toUpperCase() || word === 'Elo' || word === 'SQuAD';
  if (BENCHMARK_NAMES.has(lower)) return true;
  // "ARC-C", "ARC-Challenge", "MMLU-Pro": a known benchmark, written in capitals, with its variant after a hyphen.
  const hyphen = word.indexOf('-');
  if (hyphen > 1 && word.slice(0, hyphen) === word.slice(0, hyphen).toUpperCase() && BENCHMARK_NAMES.has(lower.slice(0, hyphen))) return true;
  if (NOT_BENCHMARKS.has(word) || (/\d$/.test(word) && /-\d/.test(word))) return false;
  // "FP16", "INT8", "NF4", "BF16": a number format, not a benchmark, though built like one.
  if (NUMBER_FORMAT.test(word)) return false;
  // "KR1", "OKR2", "KPI3", "NFR4": a key result's or requirement's number in a plan, not a benchmark.
  if (PLAN_ITEM.test(word)) return false;
  if (/^[A-Z][A-Z]+\d+[A-Z]*$/.test(word)) return true;
  return /[a-z]/.test(word) && /^[A-Z].*[A-Z]/.test(word) && /(eval|bench|qa|swag|grande|math|code|arena)/i.test(word);
}

const PLAN_ITEM = /^(?:KR|OKR|KPI|SLO|SLA|REQ|NFR|FR|UC|TC|AC|OBJ)\d/;

/** A benchmark the lexicon knows by name, as written for it ("AlignBench", "MMLU"; not "FP8", which only looks like one). */
export function isKnownBenchmark(word: string): boolean {
  return BENCHMARK_NAMES.has(word.toLowerCase()) && isBenchmarkName(word);
}

/** A benchmark name or a word about scores ("benchmark", "accuracy"). */
export function isBenchmarkWord(word: string): boolean {
  // "ALScore", "QualityScore": a leaderboard's own score, named as one.
  // ("OPEN分数", "总分", "平均得分", "スコア", "점수": a score named in Chinese, Japanese or Korean.)
  return isBenchmarkName(word) || METRIC_WORDS.has(word.toLowerCase()) || /^\p{Lu}[\p{L}\p{N}]*Score$/u.test(word) || CJK_SCORE.test(word);
}

/** A word ending in Chinese, Japanese or Korean for a score, an accuracy or a win rate. */
const CJK_SCORE = /(?:分数|得分|总分|評分|评分|准确率|正确率|正確率|胜率|胜和率|スコア|점수)$/u;

/** Metrics a score is given in, by name ("Rating 1201", "a kappa of 0.81", "67.5 macro-F1"). */
const METRIC_NAMES = new Set(['rating', 'ratings', 'elo', 'kappa', 'f1', 'macro-f1', 'micro-f1']);

/** Words after a score that keep it a score ("67.5 on HumanEval", "67.5 points"). */
const SCORE_FOLLOWERS = new Set(['on', 'in', 'at', 'for', 'under', 'using', 'as', 'too', 'points', 'pts', 'and', 'or', 'vs', 'versus', 'against', 'compared', 'while', 'with', 'from', 'to', 'than', 'out', 'overall', 'average', 'accuracy', '',
  // A translated note's "67,5 sur HumanEval", "67,0 pour GPT-4", "67,5 contre 67,0", "obtém 67,5 contra 67,0".
  'sur', 'en', 'auf', 'su', 'op', 'em', 'pour', 'para', 'für', 'voor', 'contre', 'contra', 'frente', 'gegen', 'contro', 'tegen',
  // ("ottiene 67,5 nel benchmark HumanEval", "il 67,0 di GPT-4", "67,5 no HumanEval", "67,5 dans le benchmark".)
  'nel', 'nello', 'nella', 'sul', 'di', 'del', 'no', 'na', 'do', 'da', 'im', 'dans',
  // ("obtém 67,5 pontos no HumanEval", "67,5 puntos", "67,5 punti", "67,5 Punkte"; "frente a 67,0 de GPT-4"; Turkish "67,5 puan".)
  'pontos', 'puntos', 'punti', 'punkte', 'punten', 'de', 'puan', 'puanı', 'puanını']);

/** "67.5 on HumanEval", and as translated: "faz 67,5 no HumanEval", "67,5 en HumanEval", "67,5 sur HumanEval", "29,9 su HumanEval". */
const ON_OR_IN = new Set(['on', 'in', 'no', 'na', 'en', 'sur', 'su', 'sul', 'nel', 'auf', 'im', 'bei', 'op']);

/** Words around "N points" that make it a margin: "up 32.5 points", "32.5 points higher". */
const MARGIN_BEFORE = new Set(['up', 'down', 'by', 'gained', 'lost', 'dropped', 'rose', 'fell', 'trails', 'leads']);
// (And "up 32.5 points on Llama 1", "points over": what a margin is taken on.)
const MARGIN_AFTER: ReadonlySet<string> = new Set([...MARGIN_WORDS, 'over', 'on']);

/** Words for a score's points after it, in the languages notes are written in. */
const POINTS_AFTER = new Set(['points', 'pontos', 'puntos', 'punti', 'punkte', 'punten', 'puan', 'puanı', 'puanını']);

/** A translated note's article between a comparison's lead and its score: "contro il 67,0", "frente el", "contre le". */
// ("frente a 67,0": Spanish sets a score against another with "a".)
const ARTICLES = new Set(['il', 'el', 'le', 'la', 'lo', 'o', 'a', 'den', 'die', 'der', 'het']);

const YEAR_LIKE = (n: NumberToken): boolean => n.decimals === 0 && n.value >= 1900 && n.value <= 2100 && n.end - n.start === 4;

/**
 * A bare number is a claim only when the sentence ties it to a benchmark or metric:
 * "scores 67.5 on HumanEval", "against GPT-4's 67.0", a number alone in a table
 * column headed "MMLU". Years, references and plain counts ("3 tasks") are not.
 */
export function isScore(text: string, num: NumberToken, context: ScoreContext): boolean {
  if (YEAR_LIKE(num)) return false;
  // "20+ models": a floor on a plain count, never a score.
  if (text[num.end] === '+') return false;
  // "0314", "0613": a zero-padded number is a code (a model's dated version), never a quantity.
  if (num.decimals === 0 && num.end - num.start > 1 && text[num.start] === '0') return false;
  // "Scoring: 0.0–1.0": the ends of a scale, not a score anyone reached.
  if (endOfScale(text, num)) return false;
  const prev = previousWord(text, num.start);
  const prevLower = prev.toLowerCase().replace(/[.:]$/, '');
  // "Llama 3.1", "ECMAScript 5.1", "Rhino 1.7": a model's or capitalised name right before a bare number gives its version,
  // unless "below LLaMA 76.2 and MPT 77.6" on HellaSwag: no version runs to 20 and more with a decimal, beside a benchmark.
  const named = /^\p{Lu}/u.test(prev) && !/['’]s$/.test(prev) && !/\d/.test(prev) && !isBenchmarkWord(prev) && text.slice(0, num.start).trim() !== prev;
  if (MODEL_FAMILIES.has(prevLower) || named) return num.decimals > 0 && num.value >= 20 && sentenceWords(text, num.start).some(isBenchmarkWord);
  if (REFERENCE_WORDS.has(prevLower) || /^[\d.,]+$/.test(prev)) return false;
  // "| WizardLM-30B 1.0 |" under "Model": a number in a column of names is a version.
  if (context.columnHeader !== undefined && MODEL_COLUMN.test(context.columnHeader)) return false;
  if (context.headers !== undefined && aloneInCell(text, num)) {
    // "| LM Arena Rank |": a place in a ranking, not a score on it.
    // ("| R2 | Skills | 4 | 4 | 16 |" under "| ID | Risk | L | I | Score |": a risk's rating on a scale, not a model's score.)
    return namesBenchmark(context.headers) && !RANK_COLUMN.test(context.columnHeader ?? '') && !ratedOnAScale(num, context);
  }
  const next = nextWord(text, num.end);
  // "67.5 on HumanEval", "reaches 67.5 macro-F1".
  const after = wordAfter(text, num.end, 1);
  if (isBenchmarkName(after) || METRIC_NAMES.has(after.toLowerCase())) return true;
  // "ranking weighs downloads at 0.2": a weight someone set, not a score.
  if (WEIGHTING.test(text.slice(Math.max(0, num.start - 60), num.start))) return false;
  // Single digits ("level 0", "(3)") are scores only when a benchmark name follows them.
  if (num.decimals === 0 && num.end - num.start === 1) return false;
  // "… versus GPT-4 at 67.0 is the most misleading pair": a model's score after "at", whatever verb follows, where the sentence names the benchmark.
  if (!SCORE_FOLLOWERS.has(next)) return modelAt(text, num) && sentenceWords(text, num.start).some(isBenchmarkWord);
  if (ON_OR_IN.has(next) && (isBenchmarkWord(wordAfter(text, num.end, 2)) || isBenchmarkWord(wordAfter(text, num.end, 3)))) return true;
  const namedBefore = /['’]s$/.test(prev) || (/\d/.test(prev) && /[A-Za-z]/.test(prev));
  const hasBenchmark = sentenceWords(text, num.start).some(isBenchmarkWord);
  // A section about a benchmark makes "GPT-4 67.5" a score even when its sentence names none.
  // ("HumanEval … A slide had Llama 2 70B at 67.0 and GPT-4 at 67.5": nor when a model's score follows "at", the benchmark named before it.)
  // ("Llama 2 70B gets 67.5.", HumanEval named in the sentence before: a model's name, a scoring verb, a decimal score, its
  // benchmark just named; not "the invoice lists 61.5.")
  if (!hasBenchmark) return (SCORE_LEADS.has(prevLower) && (next === 'on' || (next === '' && modelScores(text, num, prev) && benchmarkBefore(text, num, context)))) || ((namedBefore || modelAt(text, num)) && benchmarkBefore(text, num, context));
  // "our Llama 2 13B Chat HumanEval number was 24.4": a benchmark's number, score or result said to be the figure.
  if (num.decimals > 0 && num.value <= 100 && SAID_TO_BE.test(text.slice(Math.max(0, num.start - 24), num.start))) return true;
  // "MMLU 42.4", "ARC‑C 52.8": a benchmark named right before its score (not its version: "AlpacaEval 2.0").
  // ("GPT-4 just behind on 67.0.": a score a model stands on, as a league table's points, closing its clause.)
  if (prevLower === 'on' && num.decimals > 0 && num.value >= 20 && num.value <= 100 && /^\s*(?:[.,;)]|$)/.test(text.slice(num.end, num.end + 2))) return true;
  // ("HumanEval kodlama testinde 67,5 puan alarak": a score to a decimal in points, where the sentence names its benchmark;
  // not a margin, "up 32.5 points on Llama 1", "24.8 points higher", which is read as points by what it leads or trails.)
  if (POINTS_AFTER.has(next) && num.decimals > 0 && num.value >= 20 && num.value <= 100 && !MARGIN_BEFORE.has(prevLower) && !MARGIN_AFTER.has(wordAfter(text, num.end, 2).toLowerCase())) return true;
  const lead = ARTICLES.has(prevLower) ? previousWord(text, num.start - prev.length - 1).toLowerCase() : prevLower;
  if (SCORE_LEADS.has(prevLower) || COMPARISON_LEADS.has(lead) || METRIC_NAMES.has(prevLower) || namedBefore || (isBenchmarkName(prev) && !(num.value < 10 && num.decimals <= 1)) || nameThenBracket(text, num) || scorelineOpens(text, num)) return true;
  // ("On HumanEval, Llama 2 70B: 67.5, GPT-4: 67.0": a model's label, a colon and its score, the sentence naming the benchmark.)
  if (prev === ':' && num.decimals > 0 && num.value >= 20 && num.value <= 100 && labelledByModel(text, num.start)) return true;
  return (prevLower === ':' || prevLower === '') && benchmarkJustBefore(text, num.start);
}

/** "GPT-4: ", "Claude: ", "llama 2 70b: ": the word before a score's colon names a model (a version or size in it, or a known family). */
function labelledByModel(text: string, start: number): boolean {
  const colon = text.lastIndexOf(':', start);
  if (colon < 0 || start - colon > 2) return false;
  const label = previousWord(text, colon);
  // (A model's name, with a version or size in it or of a known family: not "Ubuntu: 22.04", "Node: 20.11", "Total: 67.5";
  // and not in a sentence that says the numbers are times, costs or counts: "Average latency … in seconds — Llama 2 70B: 45.2".)
  const model = MODEL_FAMILIES.has(label.toLowerCase()) || /^(?:gpt|claude|gemini)/i.test(label) || (/\d/.test(label) && /\p{L}/u.test(label));
  return model && !NOT_SCORE_UNITS.test(text.slice(Math.max(0, lastFullStop(text.slice(0, start)) + 1), start));
}

/** Words that make a sentence's numbers times, costs, sizes or counts, not scores. */
const NOT_SCORE_UNITS = /\b(?:seconds?|secs?|minutes?|hours?|ms|latency|wall-clock|runtime|dollars?|cost|costs|price|usd|tokens?|memory|vram|gb|mb|sekunden|minuten|laufzeit|kosten|segundos|secondes|secondi)\b/i;

/** "number was", "score is", "result of": a benchmark's figure said to be the number after it. */
const SAID_TO_BE = /\b(?:number|score|result|pass@1)\s+(?:was|is|of|at|=)\s+$/i;

/** "Llama 2 70B gets 67.5": a score to a decimal, 20 to 100, after a scoring verb that a model's name (a size, a family) opens. */
function modelScores(text: string, num: NumberToken, verb: string): boolean {
  if (num.decimals === 0 || num.value < 20 || num.value > 100 || !SCORING_VERBS.has(verb.toLowerCase())) return false;
  const name = previousWord(text, num.start - verb.length - 1);
  return (/\d/.test(name) && /\p{L}/u.test(name)) || MODEL_FAMILIES.has(name.toLowerCase());
}

const SCORING_VERBS = new Set(['gets', 'got', 'scores', 'scored', 'reaches', 'reached', 'achieves', 'achieved', 'hits']);

/** "Llama 2 70B at 67.0": a score to a decimal, 20 or more, right after a model's name and "at". */
function modelAt(text: string, num: NumberToken): boolean {
  if (num.decimals === 0 || num.value < 20 || num.value > 100) return false;
  const m = MODEL_AT.exec(text.slice(Math.max(0, num.start - 40), num.start));
  return m !== null && ((/\d/.test(m[1]) && /\p{L}/u.test(m[1])) || MODEL_FAMILIES.has(m[1].toLowerCase()));
}

const MODEL_AT = /(\S+)\s+at\s+$/;

/** A benchmark named in the section's topic, or earlier in the figure's paragraph. */
function benchmarkBefore(text: string, num: NumberToken, context: ScoreContext): boolean {
  return (context.topic !== undefined && wordsOf(context.topic).some(isBenchmarkName)) || wordsOf(text.slice(Math.max(0, num.start - 600), num.start)).some(isBenchmarkName);
}

/** "edged out GPT-4, 67.5 to 67.0": the first of two scores to the same decimal, set against each other. */
function scorelineOpens(text: string, num: NumberToken): boolean {
  if (num.decimals === 0) return false;
  const line = SCORELINE.exec(text.slice(num.end, num.end + 16));
  return line !== null && line[1].length === num.decimals;
}

const SCORELINE = /^\s(?:to|vs\.?|versus|against)\s\d+\.(\d+)(?!\d|\.\d)/;

/** "approaching GPT-4 (67.0) and Llama 2 70B (67.5) on HumanEval": a score in brackets after the name it is for. */
function nameThenBracket(text: string, num: NumberToken): boolean {
  if (text[num.start - 1] !== '(' || text[num.end] !== ')') return false;
  let name = previousWord(text, num.start - 1);
  // "Meta's LLaMA 2 (67.35)": a version after the name.
  if (/^\d{1,2}(?:\.\d)?$/.test(name)) {
    const end = isInlineSpace(text.charCodeAt(num.start - 2)) ? num.start - 2 : num.start - 1;
    name = previousWord(text, wordStart(text, end));
  }
  return /^\p{Lu}/u.test(name) || (/\d/.test(name) && /\p{L}/u.test(name));
}

/** "0–1", "0.0–1.0", "0 to 100": a range from zero is a scale; each end of it is no score. */
function endOfScale(text: string, num: NumberToken): boolean {
  if (num.value === 0) return /^\s?(?:[–-]|to\s)\s?\d/.test(text.slice(num.end, num.end + 5));
  return /(?:^|[^\d.])0(?:\.0+)?\s?(?:[–-]|to)\s?$/.test(text.slice(Math.max(0, num.start - 8), num.start));
}

const WEIGHTING = /\bweigh(?:s|ed|ing|ts?)?\b(?:[^.;:!?]|\.(?=\d))*$/i;

/** A whole number under a bare "Score" (or "Total", "Rating") in a row no model or benchmark heads: a rating someone gave, not a measured score. */
function ratedOnAScale(num: NumberToken, context: ScoreContext): boolean {
  // ("| LMArena Elo | DeepSeek V3.2 | ~1460 |": a row a benchmark heads holds scores on it.)
  return num.decimals === 0 && GENERIC_SCORE_COLUMN.test(context.columnHeader ?? '') && !rowNamesModel(context.rowHeader ?? '') && !namesBenchmark(context.rowHeader ?? '');
}

const GENERIC_SCORE_COLUMN = /^\W*(?:score|total|total score|points|rating|weighted score)\W*$/i;

/** "GPT-4", "Llama 2 70B", "Qwen2.5-72B": a row header that names a model (not an ID such as "R2"). */
function rowNamesModel(header: string): boolean {
  return wordsOf(header).some((w) => MODEL_FAMILIES.has(w.toLowerCase())) || /\d(?:\.\d+)?[BM]\b|[A-Za-z]-\d/.test(header);
}

const RANK_COLUMN = /\b(?:rank|ranking|position|place)\b/i;

/** "67.5", or "53.7 ([paper](…))" and "53.7 [12]": the number opens its cell and only a citation follows. */
function aloneInCell(text: string, num: NumberToken): boolean {
  // "~96.0", "≈1460": a hedge sign before the score still leaves it alone in its cell.
  // "0.65→0.56": a score before and after a change (FP16 → a quantized model's) is two of them.
  const before = text.slice(0, num.start);
  const second = SCORE_THEN_ARROW.test(before);
  if (!/^\s*[~≈]?\s*$/.test(before) && !second) return false;
  // A footnote mark or link edge after the figure ("67.0 (GPT-4)[^3]") is no text of the cell's.
  // ("43.6*", "57.3†": a mark pointing to a note under the table.)
  const rest = text.slice(num.end).replace(/\uFFFC/g, '').replace(/^[*†‡§]+/, '').trim();
  return rest === '' || /^(?:\([^()]*\)|\[[^\]]*\])$/.test(rest) || (ARROW_THEN_SCORE.test(rest) && !second);
}

/** A cell's score, then an arrow to what it became ("0.65→"), before the second. */
const SCORE_THEN_ARROW = /^\s*\d+(?:\.\d+)?\s*(?:→|->)\s*$/;
/** An arrow to the score a cell's first one became ("→0.56"). */
const ARROW_THEN_SCORE = /^(?:→|->)\s*\d+(?:\.\d+)?$/;

/** The word before `start`, skipping one space; "" when punctuation intervenes. */
function previousWord(text: string, start: number): string {
  let end = start;
  if (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end > 0 && (text[end - 1] === ':' || text[end - 1] === '=')) return ':';
  // "(73.2 vs. 72.5)": the abbreviation's dot ends no word before the score.
  if (text[end - 1] === '.' && /(?<![\p{L}\p{N}])vs\.$/u.test(text.slice(Math.max(0, end - 4), end))) return 'vs';
  return text.slice(wordStart(text, end), end);
}

/** The `n`-th word after `end` (1 = the next word), over single spaces only. */
function wordAfter(text: string, end: number, n: number): string {
  let pos = end;
  let word = '';
  for (let k = 0; k < n; k++) {
    const s = skipOneSpace(text, pos);
    const e = wordEnd(text, s);
    if (e === s) return '';
    word = text.slice(s, e);
    pos = e;
  }
  return word;
}

/** "HumanEval score of 67.5", "MMLU: 78.3": a benchmark within three words before. */
function benchmarkJustBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  return wordsOf(window).slice(-4).some(isBenchmarkWord);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}@+\-]*/gu;

/** Does `text` (a table's header, say) hold a benchmark's name or a word about scores? */
export function namesBenchmark(text: string): boolean {
  return wordsOf(text).some(isBenchmarkWord);
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A stop that ends a sentence: not the dot of "vs.", "e.g.", "i.e.", "cf." or "approx.". */
const SENTENCE_STOP = new RegExp(`(?<!\\b(?:${ABBREVIATIONS}))[.!?](?:\\s|$)`);

/** Words of the sentence around `at`, looking at most 300 characters either way. */
function sentenceWords(text: string, at: number): string[] {
  let start = Math.max(0, at - 300);
  let end = Math.min(text.length, at + 300);
  const before = text.slice(start, at);
  const stop = Math.max(lastFullStop(before), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (stop >= 0) start += stop + 2;
  const after = text.slice(at, end);
  const next = after.search(SENTENCE_STOP);
  if (next >= 0) end = at + next;
  return wordsOf(text.slice(start, end));
}
