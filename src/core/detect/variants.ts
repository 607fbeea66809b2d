import { isAlnum, isCjk, isDigit, isInlineSpace, isLetter, isUpper, nextWord, skipOneSpace, wordEnd, wordStart } from './chars';
import { MODEL_COLUMN, MODEL_FAMILIES, MODEL_SIZE_NEXT, NOT_NAMES } from './lexicon';

/**
 * Model sizes written "70B" name a model's variant far more often than they state a
 * parameter count: "Llama 3 8B and 70B", "[Qwen2.5-Coder-1.5B|7B|32B]", "the 7B model",
 * "7B: Aug 3". A size is a claim when words say it counts something ("70B parameters",
 * "671B total, 37B active", "parameter sizes — 7B, 13B, and 70B", a table column headed
 * "Parameters"). Sizes listed together ("1.3B, 5.7B, 6.7B, 33B") are read together:
 * the word after the list, or the name before it, decides for all of them.
 */

/** Words after a list of sizes that make them counts. */
const COUNTED = new Set(['parameters', 'parameter', 'params', 'param', 'total', 'active', 'activated', 'tokens', 'token', 'weights', 'of']);

/** Nouns after "model" that make the size before it a count ("2.2B model downloads"). */
const COUNTED_NOUNS = new Set(['downloads', 'download', 'pulls', 'installs', 'users', 'requests', 'queries', 'inferences']);

/** Words before a list of sizes that make them counts ("parameter sizes — 7B, 13B, and 70B"). */
const COUNTED_BEFORE = new Set(['sizes', 'size', 'parameters', 'params']);

/** "comes in two sizes: 8B for …, and 70B for …": every size of the sentence after it. */
const COMES_IN_SIZES = /\bcomes?\s+in\s+(?:\w+\s+){0,2}(?:sizes?|versions|variants)\s*[:—–-]?[^.!?:]*$|\b(?:sizes|variants)\s*\(\s*$/i;

/** "released … including", before a list of sizes. */
const RELEASE_INCLUDING = /\b(?:released?|releases|releasing|launched|launches|introduced|introduces|open-sourced|unveiled|unveils)\b(?:[^.!?]|\.(?=\d)){0,120}\bincluding\s+$/i;

/** "model sizes, including", "sizes such as", "variants like": before a list of sizes. */
const SIZES_INCLUDING = /\b(?:sizes|variants|versions)\b[^.!?:]{0,20}\b(?:including|such as|like)\s+$/i;
const QUOTE_OPEN = '"“‘\'';
const QUOTE_CLOSE = '"”’\'';

const DETERMINERS = new Set(['the', 'this', 'that', 'each', 'a', 'our', 'its', 'their']);

/** A determiner, perhaps with one lower-case describing word, right before a size used as a noun ("our general", "A", "the"). */
const MODEL_AS_NOUN_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Yy]our|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}[\p{Ll}-]{2,}\s+)?$/u;
/** Words of a count in the sentence ("downloads hit a record 2.1B", "served an impressive 2.1B"): there a size counts them. */
const COUNT_CONTEXT = /\b(?:downloads?|downloaded|users|developers|tokens|param(?:eter)?s|requests|queries|visits|installs?|pulls|stars|hit|hits|reached|reaches|served|serves|hosts|hosted|record|estimated|headline|total|worth|valued|raised)\b/i;
const MODEL_AS_NOUN_AFTER = /^(?:\s*[.,;:!?)]|\s*$|\s+(?:with|on|for|at|is|was|does|did|has|had|can|could|will|would|beats?|costs?|takes?|took|needs?|needed)\b)/;

/** A table column or row whose header says it holds sizes or counts ("Parameters", "#Total Params", "Size"). */
const COUNTING_HEADER = /param|size|token|total|activ|weight|length|download|install|pulls|users|developers|customers|subscribers/i;

/** A verb of what a model scores, right after its size ("70B scores", "70B reached"). */
const SCORED_AFTER = /^\s+(?:scores?|scored|gets?|got|reaches|reached|achieves|achieved|hits|hit|manages|managed)\b/;

const MAX_LIST = 160;

/** What prose extraction puts for inline HTML or code (`OBJECT` in markdown/prose.ts). */
const OBJECT = '\uFFFC';


/** End of an attached-"B" size ("70B", "1.5B") starting at `i`, or -1. */
function sizeEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isDigit(text.charCodeAt(j)) || (text[j] === '.' && isDigit(text.charCodeAt(j + 1))))) j++;
  if (j === i || text[j] !== 'B' || isAlnum(text.charCodeAt(j + 1))) return -1;
  return j + 1;
}

/** Start of an attached-"B" size ending at `end`, or -1. */
function sizeStart(text: string, end: number): number {
  if (text[end - 1] !== 'B') return -1;
  let j = end - 1;
  while (j > 0 && (isDigit(text.charCodeAt(j - 1)) || (text[j - 1] === '.' && isDigit(text.charCodeAt(j))))) j--;
  if (j === end - 1 || isAlnum(text.charCodeAt(j - 1))) return -1;
  return j;
}

// (Chinese lists: "3B、7B 以及 72B", "1.5B, 7B, 以及72B".)
const SEPARATORS = [', and ', ', or ', ', & ', ', 以及 ', ', 以及', ', ', ',', ' and ', ' or ', ' & ', ' to ', ' vs. ', ' vs ', ' versus ', ' / ', '/', '-', '\u2013', ' - ', ' 以及 ', '以及', '、', '，', '和', '与'];

/** Index after a list separator at `i` ("," / " and " / "-"…), or -1. */
function separatorAfter(text: string, i: number): number {
  for (const sep of SEPARATORS) if (text.startsWith(sep, i)) return i + sep.length;
  return -1;
}

function separatorBefore(text: string, end: number): number {
  for (const sep of SEPARATORS) if (end >= sep.length && text.endsWith(sep, end)) return end - sep.length;
  return -1;
}

/** The list of sizes around `[start, end)`: [first start, last end]. */
function listAround(text: string, start: number, end: number): [number, number] {
  let last = end;
  for (let j = separatorAfter(text, last); j >= 0 && j - end < MAX_LIST; j = separatorAfter(text, last)) {
    const e = sizeEnd(text, j);
    if (e < 0) break;
    last = e;
  }
  let first = start;
  for (let j = separatorBefore(text, first); j >= 0 && start - j < MAX_LIST; j = separatorBefore(text, first)) {
    const s = sizeStart(text, j);
    if (s < 0) break;
    first = s;
  }
  return [first, last];
}


/** The word before `start`, skipping spaces and one "(" / ":" / "—" / "-"; "" when there is none. */
function wordBefore(text: string, start: number): string {
  let j = start;
  while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
  if (j > 0 && '(:\u2014\u2013-'.includes(text[j - 1])) j--;
  // An inline HTML tag ("LLaMA-2<br>-70B") stands between a name and its size.
  while (j > 0 && text[j - 1] === OBJECT) j--;
  while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
  // "DeepSeek-Coder V1 (Nov 2023) - 1.3B, 5.7B": the name before a bracketed date.
  if (text[j - 1] === ')') {
    const open = text.lastIndexOf('(', j - 1);
    if (open >= 0 && j - open < 40) {
      j = open;
      while (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
    }
  }
  return text.slice(wordStart(text, j), j);
}

function hasDigitAndLetter(word: string): boolean {
  let digit = false;
  let letter = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (isDigit(c)) digit = true;
    else if (isLetter(c)) letter = true;
  }
  return digit && letter;
}

/** Verbs whose subject is a model ("the 8B scores 71.2"), not a count. */
const ACTING = new Set(['scored', 'scores', 'reaches', 'reached', 'gets', 'got', 'hits', 'achieves', 'achieved', 'beats', 'outperforms', 'answers', 'answered', 'runs', 'ran', 'handles', 'fits']);

/** Is the attached-"B" size `[start, end)` a variant's name rather than a count? `headers`: a table cell's headers. */
export function isVariantSize(text: string, start: number, end: number, headers: string | undefined, columnHeader?: string): boolean {
  if (text[end] === '|' || text[start - 1] === '|' || text[end] === ':') return true;
  // "| Model |" column: "LLaMA-2<br>-70B" names a model; a size alone under no header of its own, beside a model's
  // name ("| Llama-2-Chat | 70B | 64.14 |"), is that model's variant.
  if (columnHeader !== undefined && (MODEL_COLUMN.test(columnHeader) || (columnHeader.trim() === '' && isWholeText(text, start, end) && headers !== undefined && namesModel(headers)))) return true;
  const [first, last] = listAround(text, start, end);
  // 'What does "70B" mean?': a size in quotation marks is mentioned, not stated.
  if (first > 0 && last < text.length && QUOTE_OPEN.includes(text[first - 1]) && QUOTE_CLOSE.includes(text[last])) return true;
  // "([our coverage](…) | [ai.meta.com](…) | 8B, 70B)": sizes set off by a bar label a model's variants, as in a table.
  if (barBeside(text, first, last)) return true;
  // ("the 70B variant's score": the possessive's noun is the word after.)
  const after = nextWord(text, last).replace(/['’]s$/, '');
  // "Llama 2 70B weights" and "the 70B weights" are a model's files; "70B weights" alone counts them.
  if (after === 'weights' && (namedBefore(wordBefore(text, first)) || DETERMINERS.has(wordBefore(text, first).toLowerCase()))) return true;
  // "It comes in two sizes: 2B and 7B parameters": what a model comes in is its variants.
  if (comesInBefore(text, first)) return true;
  if (spansVariants(text, first, last, start, end)) return true;
  if (COUNTED.has(after)) return false;
  // "We released the EXAONE 3.5 language model series including 2.4B, 7.8B, and 32B": the sizes a release includes are its variants.
  if (RELEASE_INCLUDING.test(text.slice(Math.max(0, first - 160), first))) return true;
  // "all currently available model sizes, including 7B, 13B, and 70B": the sizes a list of sizes includes.
  if (SIZES_INCLUDING.test(text.slice(Math.max(0, first - 60), first))) return true;
  // "the 8B vs 70B split": sizes set against each other are the variants compared.
  if (VERSUS.test(text.slice(first, last)) && (DETERMINERS.has(wordBefore(text, first).toLowerCase()) || namedBefore(wordBefore(text, first)))) return true;
  // "| 970.1B |" under "Cached": no model is sized in hundreds of billions to a tenth.
  if (TENTHS_OF_HUNDREDS.test(text.slice(start, end))) return false;
  // "$0.08/M tokens for the 8B.", "57.12% accuracy at 34B": a size standing alone as a noun after "the" or "at" is the model of that size
  // (In a cell too, whatever its column counts, after "the": "| 138 GB for the 70B |"; "| peaked at 2.1B |" counts.)
  if (first === start && last === end && (wordBefore(text, start).toLowerCase() === 'the' || (headers === undefined && wordBefore(text, start) === 'at')) && /^(?:[.,;:)!?]|$)/.test(text.slice(end, end + 1))) return true;
  if (headers !== undefined) {
    // "| F-11 | "Llama 2 70B scores 67.0 on HumanEval" |": a size after a model's name, before what the model scores, names the variant.
    if (namedBefore(wordBefore(text, first)) && SCORED_AFTER.test(text.slice(last))) return true;
    // "| 30B class | 70B class |": a size opening a cell and naming a class or a model is a variant, whatever the headers count.
    // (Not under a column that counts them: "| Parameters |" over "| 9B base |" gives a count.)
    if (text.slice(0, first).trim() === '' && MODEL_SIZE_NEXT.has(after) && !COUNTING_HEADER.test(headers)) return true;
    // "| 1B BF16 (baseline) |", "| 3B SpinQuant |": a size opening a cell and followed by a label names the variant it labels.
    if (text.slice(0, first).trim() === '' && VARIANT_LABEL_AFTER.test(text.slice(last)) && !COUNTED.has(after.toLowerCase())) return true;
    // A column of sizes, or a model's column ("DeepSeek V3") holding its figures; not a cell holding a
    // sentence ("Llama 2 70B scores 67.5 on HumanEval against …"), which is read as prose is.
    if (text.length <= PROSE_CELL && (COUNTING_HEADER.test(headers) || namesModel(headers))) return false;
    // Elsewhere a list of sizes, or a size alone in its cell, names variants ("| Llama 3 | 8B, 70B |").
    if (first !== start || last !== end || isWholeText(text, start, end)) return true;
  }
  // "Our fine-tuned 13B scored 58.3", "the 8B scores 71.2": a size that scores or runs is a model.
  if (ACTING.has(after)) return true;
  // "Mistral-7B-Instruct" names a model; "21B-A3B" is a mixture of experts' total and active size.
  // "2.2B model downloads": a count of what the models are downloaded, not a model of 2.2B.
  if ((after === 'model' || after === 'models') && COUNTED_NOUNS.has(nextWord(text, wordEnd(text, skipOneSpace(text, last))))) return false;
  // "For the 1B and 3B Llama 3.2 models": sizes before a model family's name, after a determiner, name its variants.
  if (DETERMINERS.has(wordBefore(text, first).toLowerCase()) && MODEL_FAMILIES.has(after.toLowerCase())) return true;
  // "we found 13B Llama 2 with GPTQ delivers …", "7B Llama 2 achieved": a size written before a family and its version
  // names the variant ("2.1B Llama downloads" still counts them).
  if (first === start && MODEL_FAMILIES.has(after.toLowerCase()) && !countedAfterFamily(text, last)) return true;
  if (MODEL_SIZE_NEXT.has(after) || (text[last] === '-' && isLetter(text.charCodeAt(last + 1)) && !(text[last + 1] === 'A' && isDigit(text.charCodeAt(last + 2))))) return true;
  // "a LoRA fine-tune on the 34B cost?", "our general 34B on contract clauses", "A 70B with the same recipe": a size after a
  // determiner (and perhaps one describing word), going on with no noun it could count, is the model of that size.
  if (first === start && last === end && MODEL_AS_NOUN_AFTER.test(text.slice(end, end + 12)) && MODEL_AS_NOUN_BEFORE.test(text.slice(Math.max(0, start - 32), start)) && !COUNT_CONTEXT.test(text.slice(Math.max(0, start - 120), end + 60))) return true;
  // "the 7B instruction model": a determiner, then the size, then "model" within two words.
  if (first === start && last === end && DETERMINERS.has(wordBefore(text, start).toLowerCase())) {
    if (MODEL_SIZE_NEXT.has(nextWord(text, wordEnd(text, skipOneSpace(text, end))))) return true;
  }
  // Chinese titles: "34B 干翻一众 70B 模型" (a count would say 参数, parameters).
  const following = skipOneSpace(text, last);
  if (isCjk(text.charCodeAt(following)) && !text.startsWith('参数', following)) return true;
  const before = wordBefore(text, first);
  if (!before) return false;
  const lower = before.toLowerCase();
  if (COUNTED_BEFORE.has(lower)) return false;
  // "ships in 7B, 13B and 34B": what a model comes in is its variants; "1.46M GPU hours for 8B" is given for one.
  if (lower === 'models' || lower === 'variants' || lower === 'checkpoints' || before === 'in' || (before === 'for' && /^\s*(?:[,;:)]|$)/.test(text.slice(last, last + 2)))) return true;
  // "the first LLaMA model (7B)", "a LLaMA fine-tune (13B)": a size in brackets after what it sizes.
  if (text[first - 1] === '(' && text[last] === ')' && MODEL_SIZE_NEXT.has(lower)) return true;
  return namedBefore(before);
}

/** After a family's name (and its version, "Llama 2"), a noun that the figure before counts ("2.1B Llama downloads"). */
function countedAfterFamily(text: string, last: number): boolean {
  const words: string[] = [];
  let at = last;
  // The family, perhaps its version and "model(s)", then the noun: four words at most.
  for (let k = 0; k < 4; k++) {
    const s = skipOneSpace(text, at);
    at = wordEnd(text, s);
    if (at === s) break;
    words.push(text.slice(s, at).toLowerCase());
  }
  const rest = words.slice(1).filter((w) => !/^\d+(?:\.\d+)?$/.test(w) && w !== 'model' && w !== 'models');
  return rest.length > 0 && (COUNTED_NOUNS.has(rest[0]) || COUNTED.has(rest[0]));
}

/**
 * "- 135M and 360M models, each trained on 600B tokens": a small model's size in millions, in a list of
 * sizes before "model(s)" or "variants", names the variant ("2.2M model downloads" counts them).
 */
export function namesSmallModel(text: string, end: number): boolean {
  const rest = SMALL_SIZES_AFTER.exec(text.slice(end, end + 80));
  const last = end + (rest ? rest[0].length : 0);
  const after = nextWord(text, last);
  if (!MODEL_SIZE_NEXT.has(after)) return false;
  return !((after === 'model' || after === 'models') && COUNTED_NOUNS.has(nextWord(text, wordEnd(text, skipOneSpace(text, last)))));
}

/** The rest of a list of sizes in millions after the first: ", 360M, and 1.7B". */
const SMALL_SIZES_AFTER = /^(?:(?:, ?(?:and |or )?| and | or | ?\/ ?)\d{1,3}(?:\.\d)?[MB]){0,6}/;

/** "ranging from", "range between", "sizes from": before the ends of a span of sizes (and `MODELS_FROM`, "models from"). */
const SIZES_RANGE = /\b(?:rang(?:e|es|ed|ing)|sizes?)\s+(?:from|between)\s+$/i;
const MODELS_FROM = /\b(?:models|variants|checkpoints)\s+from\s+$/i;

/** A label after a size: a capitalised word, a precision or a quantization ("BF16", "SpinQuant", "Q4_K_M", "Instruct"). */
const VARIANT_LABEL_AFTER = /^[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}_.-]*|[a-z]*\d+[a-z_\d]*)(?:[ \u00a0]|\(|$)/u;

const TENTHS_OF_HUNDREDS = /^[1-9]\d{2}\.\d+\s?B$/;

/** Is a bar ("|", or a Markdown-escaped "\\|" read as one) the first thing before `first` or after `last`, past spaces? */
function barBeside(text: string, first: number, last: number): boolean {
  let i = first;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  let j = last;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  return text[i - 1] === '|' || text[j] === '|';
}

/** "They come in three sizes: 8B, 70B, and 405B parameters": the last of what a model comes in is a variant like the others. */
export function comesInSizes(text: string, start: number, end: number): boolean {
  const [first, last] = listAround(text, start, end);
  return comesInBefore(text, first) || spansVariants(text, first, last, start, end);
}

/** "nine new models with sizes ranging from 7B to 70B,": the span of a family's variants. */
function spansVariants(text: string, first: number, last: number, start: number, end: number): boolean {
  if (first === start && last === end) return false;
  // ("from 6B to 200B+ parameters": the plus is the size's.)
  const after = nextWord(text, text[last] === '+' ? last + 1 : last);
  // ("ranging from 7B to 70B parameters" states the counts of parameters, as the realworld readers take it.)
  // ("models from 7B to 70B on our nodes": a preposition after the span counts nothing.)
  const before = text.slice(Math.max(0, first - 24), first);
  if (!(after === '' || SPAN_THEN.has(after)) || !(SIZES_RANGE.test(before) || MODELS_FROM.test(before)) || !/\bmodels?\b/i.test(text.slice(Math.max(0, first - 160), first))) return false;
  // ("models from 7B to 70B", but not a count's span: "downloads of open models from 1.8B to 2.1B".)
  return !MODELS_FROM.test(before) || !COUNT_CONTEXT.test(text.slice(Math.max(0, first - 60), first));
}

const SPAN_THEN: ReadonlySet<string> = new Set(['on', 'at', 'for', 'with', 'across', 'via', 'behind', 'under', 'through']);

/** Does the sentence before a list of sizes starting at `first` say what a model comes in? */
function comesInBefore(text: string, first: number): boolean {
  return COMES_IN_SIZES.test(text.slice(Math.max(0, first - 160), first));
}

/** A cell longer than this is a sentence, not a table's figure. */
const PROSE_CELL = 60;

/** Sizes set against each other ("8B vs 70B"). */
const VERSUS = /\s(?:vs\.?|versus)\s/;

/** Does the word before a size end a model's name ("Llama 2", "Qwen2.5", "Mistral")? */
export function namedBefore(before: string): boolean {
  if (!before) return false;
  if (hasDigitAndLetter(before) || isAllDigits(before)) return true;
  if (MODEL_FAMILIES.has(before.toLowerCase())) return true;
  return isUpper(before.charCodeAt(0)) && !NOT_NAMES.has(before.toLowerCase());
}

function isWholeText(text: string, start: number, end: number): boolean {
  for (let k = 0; k < start; k++) if (!isInlineSpace(text.charCodeAt(k))) return false;
  for (let k = end; k < text.length; k++) if (!isInlineSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Headers naming a model ("Qwen2.5 72B-Inst.", "DeepSeek-V3"): a word with both letters and digits. */
export function namesModel(headers: string): boolean {
  // A row headed by a sentence (a myth-vs-fact table) names no model of its own.
  if (headers.length > 80 || headers.split(/\s+/).length > 8) return false;
  let s = 0;
  for (let k = 0; k <= headers.length; k++) {
    if (k < headers.length && !isInlineSpace(headers.charCodeAt(k))) continue;
    if (hasDigitAndLetter(headers.slice(s, k))) return true;
    s = k + 1;
  }
  return false;
}

function isAllDigits(word: string): boolean {
  if (!word) return false;
  for (let k = 0; k < word.length; k++) if (!isDigit(word.charCodeAt(k)) && word[k] !== '.') return false;
  return true;
}
