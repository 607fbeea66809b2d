import { isAlnum, isDigit, isInlineSpace, isLetter, isNameLetter, isUpper, isWordChar, nextWord, phraseAfter, phraseAt, precededBy, skipOneSpace, wordEnd, wordStart } from './chars';
import type { ClaimKind, DetectedClaim } from './figure';
import { COMPARATIVES, CURRENCY_CODES, MARGIN_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, MONEY_ONLY_SUFFIXES, NOT_NAMES, PARAMETER_WORDS, PERCENT_WORDS, POINTS_WORDS, RATE_NOUNS, SCALE_SUFFIXES, SCALE_WORDS, SIZE_UNITS } from './lexicon';
import { readNumber, precisionOf, type NumberToken } from './numbers';
import { hedgeAround } from './hedges';
import { assertsNothing } from './asserted';
import { detectSpelled, FACTOR_OF } from './spelled';
import { cjkRemainder, isDeviceMemory, isHangulScale, isHardwareCountOrIdiom, isHardwareMemory, isModelOrHardwareName, readScale, readSizeUnit, type Scale } from './suffixes';
import { readComputeUnit, readLatency, readThroughput } from './units';
import { isScore, type ScoreContext } from './scores';

/** What the detector may know beyond the block's text: table headers, the section's topic. */
export type DetectContext = ScoreContext;

/**
 * Finds the statistic claims in one block of prose. One pass over the text; at
 * each digit run it looks a few characters either way, so the cost is linear.
 */
export function detectClaims(text: string, context: DetectContext = {}): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  const urls = urlSpans(text);
  let url = 0;
  const chain = new UnitChain();
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    while (url < urls.length && urls[url][1] <= i) url++;
    if (url < urls.length && urls[url][0] <= i) {
      i = urls[url][1] - 1;
      continue;
    }
    const citation = numberedCitationEnd(text, i);
    if (citation >= 0) {
      i = citation - 1;
      continue;
    }
    const num = readNumber(text, i);
    const claim = readClaim(text, num, context);
    if (claim && !assertsNothing(text, claim.start, claim.end, claim.kind)) {
      chain.close(claim, num, claims);
      claims.push(claim);
      i = claim.end - 1;
    } else {
      if (claim) chain.reset();
      else chain.extend(text, num);
      i = (claim?.end ?? num.end) - 1;
    }
  }
  // Words say what figures say, and assert nothing where figures would not ("If even 10% …, that would be over a billion dollars").
  return mergeSpelled(claims, detectSpelled(text).filter((c) => !assertsNothing(text, c.start, c.end, c.kind)));
}

/** Both lists in order; a spelled quantity overlapping a figure gives way to it. */
function mergeSpelled(figures: DetectedClaim[], spelled: DetectedClaim[]): DetectedClaim[] {
  if (spelled.length === 0) return figures;
  const out: DetectedClaim[] = [];
  let f = 0;
  for (const w of spelled) {
    while (f < figures.length && figures[f].end <= w.start) out.push(figures[f++]);
    if (f < figures.length && figures[f].start < w.end) continue;
    out.push(w);
  }
  while (f < figures.length) out.push(figures[f++]);
  return out;
}

/** "(in GBps: 12.5, 25 and 50)": a list of bare numbers after the unit it is given in. */
const UNIT_LABEL = /\bin ([A-Za-z/]{2,8})$/;
const LIST_SEPARATORS = [': ', ', ', ' and ', ' or '];
const MAX_LISTED = 8;

function labelledUnit(text: string, num: NumberToken): DetectedClaim | undefined {
  if (num.start < 8 || !isDigit(text.charCodeAt(num.end - 1))) return undefined;
  // Back over "12.5, 25 and " to the colon that ends the label.
  let i = num.start;
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    const sep = LIST_SEPARATORS.find((s) => text.endsWith(s, i));
    if (!sep) return undefined;
    i -= sep.length;
    if (sep === ': ') {
      const m = UNIT_LABEL.exec(text.slice(Math.max(0, i - 12), i));
      const unit = m ? readComputeUnit(m[1], 0) : undefined;
      if (!unit || unit.end !== m![1].length) return undefined;
      return { start: num.start, end: num.end, kind: unit.kind, unit: unit.unit, value: num.value * unit.factor, precision: precisionOf(num) * unit.factor };
    }
    const end = i;
    while (i > 0 && (isDigit(text.charCodeAt(i - 1)) || text[i - 1] === '.')) i--;
    if (i === end) return undefined;
  }
  return undefined;
}

/** "| Input $/M tokens |", "| Price ($/hr) |": a column whose header gives its cells' currency and what they are per. */
const PRICE_HEADER = /([$€£¥元])\s*\/\s*(?:(1\s?)?(k|m|thousand|million|1,000|1,000,000)\b\s*)?([a-z]+)?/i;
/** A cell of two numbers, slash-separated: an input price and an output price. */
const PRICE_PAIR = /^\s*\d[\d.,]*\s*\/\s*\d[\d.,]*\s*$/;
const PER_QUANTITY: Record<string, number> = { k: 1e3, thousand: 1e3, '1,000': 1e3, m: 1e6, million: 1e6, '1,000,000': 1e6 };

function pricedColumn(text: string, num: NumberToken, context: DetectContext): DetectedClaim | undefined {
  // "| 0.40 / 1.20 |" under "Price (in/out $/M tokens)": an input and an output price, each a price.
  if (!context.columnHeader || (text.trim() !== text.slice(num.start, num.end) && !PRICE_PAIR.test(text))) return undefined;
  const m = PRICE_HEADER.exec(context.columnHeader);
  if (!m) return undefined;
  const quantity = m[3] ? PER_QUANTITY[m[3].toLowerCase()] : 1;
  const noun = m[4] ? RATE_NOUNS[m[4].toLowerCase()] : undefined;
  if (!quantity || (m[4] && !noun)) return undefined;
  // ("输入价格（元/M Tokens）": a Chinese price list's yuan.)
  const code = m[1] === '元' ? 'CNY' : CURRENCY_SYMBOLS[m[1]];
  const unit = noun ? `${code}/${noun}` : code;
  return { start: num.start, end: num.end, kind: 'money', unit, value: num.value / quantity, precision: precisionOf(num) / quantity };
}

/**
 * "| 2026 (USD billion) |" over "| 47 |", "| Price per million tokens (GBP) |" over "| 0.42 |":
 * a figure alone in a cell whose column or row header gives it a currency in brackets
 * (perhaps with a scale, perhaps per so many tokens).
 */
function currencyHeaded(text: string, num: NumberToken, context: DetectContext): DetectedClaim | undefined {
  // (Not in the header row, whose first cell is read as every header's row header.)
  if (context.columnHeader === undefined || text.trim() !== text.slice(num.start, num.end) || (num.value === 0 && num.decimals === 0)) return undefined;
  for (const header of [context.columnHeader, context.rowHeader, context.cornerHeader]) {
    const m = header ? CURRENCY_HEADER.exec(header) : null;
    const worded = m || !header ? null : WORDED_CURRENCY_HEADER.exec(header);
    if (!m && !worded) continue;
    const code = m ? CURRENCY_CODES[m[1].toUpperCase()] ?? CURRENCY_SYMBOLS[m[1].slice(-1)] : CURRENCY_WORDS[worded![2].toLowerCase()];
    const written = m ? m[2] : worded![1];
    const lower = written?.toLowerCase();
    const scale = written ? (lower === 'mil millones' || lower === 'mil milhões' ? 1e9 : SCALE_WORDS[lower!] ?? SCALE_WORDS[lower!.replace(/s$/, '')] ?? SCALE_SUFFIXES[written] ?? MONEY_ONLY_SUFFIXES[lower!]) : 1;
    if (!code || !scale) return undefined;
    const per = PER_TOKENS_HEADER.exec(header!);
    const quantity = per ? PER_QUANTITY[per[1].toLowerCase().replace(/\s/g, '').replace(/^1(?=[km]$)/, '')] : 1;
    if (!quantity) return undefined;
    const unit = per ? `${code}/token` : code;
    // ("| 47.000 |" under "(millones de dólares)": where the header is French or Spanish, dots set thousands apart.)
    const cell = worded ? thousandsByDots(text, num) ?? num : num;
    return { start: num.start, end: num.end, kind: 'money', unit, value: (cell.value * scale) / quantity, precision: (precisionOf(cell) * scale) / quantity };
  }
  return undefined;
}

/** A currency in brackets, perhaps with a scale: "(GBP)", "(USD billion)", "(US$ m)", "(€, millions)". */
const CURRENCY_HEADER = /\(\s*(?:in\s+)?(USD|EUR|GBP|JPY|CNY|RMB|US\$|[$€£¥])\s*,?\s*(thousands?|millions?|billions?|bn|mn|m|b|k)?\s*\)/i;
/** "(milliards de dollars)", "(millions d'euros)", "(millones de dólares)": a French or Spanish table's scale and currency in words. */
const WORDED_CURRENCY_HEADER = /\(\s*(milliards?|millions?|mil millones|millones|mil milhões|milhões)\s+(de dollars|d['’]euros|de dólares|de euros)\s*\)/i;
/** "Price per million tokens", "per 1K tokens": what a priced column is per. */
const PER_TOKENS_HEADER = /\bper\s+(1\s?k|1\s?m|k|m|thousand|million|1,000|1,000,000)\s+tokens?\b/i;

/**
 * "| Throughput | TPS |" over "| 1.15 | 2298.89 |", "| VRAM Used (GB) | 5.5 |": a figure alone
 * in a cell (perhaps with its error bar) whose column header or row's first cell gives its
 * unit, which a bare number elsewhere would not have.
 */
function headedUnit(text: string, num: NumberToken, context: DetectContext): DetectedClaim | undefined {
  // ("Mean Latency (s) <sub>v0.45.0</sub>": a subscript or other inline HTML annotates the header; the unit is before it.)
  const headers = [context.columnHeader, context.rowHeader].filter((h): h is string => !!h).map((h) => h.replace(INLINE_HTML_SPAN, '').trim());
  // A bare "0" in a cell is as often a placeholder as a measurement.
  if (headers.length === 0 || (num.value === 0 && num.decimals === 0)) return undefined;
  // "| 858.88 ±1.22 |": a measurement with its error bar is one figure.
  const spread = ERROR_BAR.exec(text.slice(num.end));
  // "| 50.2 (2.6x) |": a measurement with its change against a baseline, which is a figure of its own.
  const change = spread ? null : CHANGE_AFTER.exec(text.slice(num.end));
  // "| ~35 |", "| 43-61 |", "| ~10-12 |": an approximate figure, or a range, alone in its cell.
  const upTo = spread || change ? null : CELL_RANGE_END.exec(text.slice(num.end));
  const high = upTo ? Number(upTo[1]) : undefined;
  const after = spread ?? change ?? (high !== undefined && high > num.value ? upTo : null);
  const lead = text.slice(0, num.start).trim();
  const approx = lead === '~' || lead === '≈';
  if ((lead !== '' && !approx) || (text.slice(num.end).trim() !== '' && !(after && text.slice(num.end + after[0].length).trim() === ''))) return undefined;
  const end = spread || upTo ? num.end + after![0].length : num.end;
  const figure = (kind: ClaimKind, unit: string, per = 1, factor = 1): DetectedClaim => {
    const claim: DetectedClaim = { start: num.start, end, kind, unit, value: (num.value * factor) / per, precision: (precisionOf(num) * factor) / per };
    if (upTo) claim.max = (high! * factor) / per;
    if (approx) claim.hedge = 'approx';
    return claim;
  };
  const sized = headers.map((h) => BYTES_HEADER.exec(h)).find((m) => m);
  // "| VRAM Used (GB) | 5.5 |", "| size (GiB) |": a size in the unit its header gives (but not a card's memory in its row).
  if (sized && !(context.rowHeader && HARDWARE_ROW.test(context.rowHeader))) return figure('size', 'bytes', 1, SIZE_UNITS[(sized[1] ?? sized[2]).toLowerCase()]);
  // "| prompt processing t/s @ 512 |": tokens per second, however the header goes on.
  if (headers.some((h) => TOKENS_PER_SECOND_IN.test(h))) return figure('rate', 'tokens/s');
  // "| Training Time (GPU hours) |", "| Emissions (tons CO2eq) |": what training took, as a model card reports it.
  const trained = headers.map((h) => TRAINING_HEADER.exec(h)).find((m) => m);
  if (trained) return figure('size', trained[1] ? 'GPU-hours' : 'tCO2e');
  // "| Compute (TFLOPS FP16) |", "| **TFLOPS (FP8)** |": compute in the unit its header gives.
  const compute = headers.map((h) => COMPUTE_HEADER.exec(h)).find((m) => m);
  if (compute) return figure('rate', 'FLOP/s', 1, FLOPS_FACTOR[compute[1].toUpperCase()]);
  // "| Average Summary Length (Words) |": a length counted in words, tokens or characters.
  if (headers.some((h) => COUNTED_IN_HEADER.test(h))) return figure('count', 'count');
  // "| Context (K) |", "| 上下文窗口大小（K） |" over "| 128 |": a context window in thousands of tokens.
  if (headers.some((h) => CONTEXT_IN_THOUSANDS.test(h))) return figure('count', 'count', 1, 1e3);
  // "| bits/weight |": a quantization's bits per weight.
  if (headers.some((h) => BITS_PER_WEIGHT.test(h))) return figure('rate', 'bits/weight');
  if (spread) return undefined;
  // "| Latency Improvement |" over "| 1.19 |": a ratio to a baseline, a multiple.
  if (headers.some((h) => SPEEDUP_HEADER.test(h))) return figure('multiplier', 'x');
  // "| Throughput (token/s) | 158596 | 82665 |": a row's first cell may name its unit, as a column's header does.
  const header = headers.find((h) => RATE_HEADER.test(h) || LATENCY_HEADER.test(h));
  // "You see the results of `tokens/s` below.", then a table of machines by models: its unit, given before it.
  if (!header) return context.tableUnit && !upTo ? figure('rate', context.tableUnit) : undefined;
  const latency = LATENCY_HEADER.exec(header);
  if (latency) return figure('size', 's', /^m/i.test(latency[1]) ? 1000 : 1);
  const m = RATE_HEADER.exec(header)!;
  // A column headed only "Throughput" says per second, not of what; "Throughput (token/s)" says of what.
  return figure('rate', m[1] ? (/\btok(?:en)?s?\b/i.test(header) ? 'tokens/s' : 'per second') : m[2] ? 'requests/s' : 'tokens/s');
}

const COMPUTE_HEADER = /\b([GTPE])FLOPS\b/i;
const FLOPS_FACTOR: Record<string, number> = { G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A context window's column, counted in thousands of tokens: "Context (K)", "上下文窗口大小（K）". */
const CONTEXT_IN_THOUSANDS = /(?:context|上下文)[^()（）]{0,24}[（(]\s*(?:K|k|千)\s*(?:tokens)?\s*[)）]/i;
/** A column whose header says what its figures count, in brackets: "(Words)", "(tokens)", "(characters)". */
const COUNTED_IN_HEADER = /\(\s*(?:words|tokens|characters|chars)\s*\)\W*$/i;

/** A column of ratios to a baseline: "Latency Improvement", "Speedup", "Throughput gain" (not in "%"). */
const SPEEDUP_HEADER = /^\W*(?:[\w-]+\s+){0,2}(?:improvement|speed-?up|gain)\s*(?:\((?:x|×|times)\))?\W*$/i;

/** What prose extraction leaves of inline HTML ("<sub>v0.45</sub>"): the text between two object marks. */
const INLINE_HTML_SPAN = /\uFFFC[^\uFFFC]*\uFFFC/g;

/** A column of throughputs: "Throughput" (perhaps "(token/s)"), in requests ("QPS", "Requests/s") or in tokens ("TPS", "Tokens/Second"). */
const RATE_HEADER = /^\W*(?:(throughput)|(qps|rps|req(?:uest)?s?\s*\/\s*s(?:ec(?:ond)?)?)|tps|tok(?:en)?s?\s*\/\s*s(?:ec(?:ond)?)?|tokens per second)\W*(?:\([^)]*\))?\W*$/i;
/** "-12" or "–12" closing a cell after its first number: the high end of a range. */
const CELL_RANGE_END = /^\s?[-–]\s?(\d+(?:\.\d+)?)(?=\s*$)/;
/** "Latency 90%", "TTFT 99%": a latency named by its percentile. */
const PERCENTILE_OF = /\b(?:latency|ttft|tpot|response\s+time)\s+$/i;
/** "(2.6x)", "(-76.9%)", "(+0.7)" after a measurement: its change against a baseline. */
const CHANGE_AFTER = /^\s*\(\s*[+\-−]?\d[\d,]*(?:\.\d+)?\s*(?:x|×|%)?\s*\)/;
/** "±1.22" after a measurement, with no other words. */
const ERROR_BAR = /^\s*±\s*\d[\d,]*(?:\.\d+)?/;
/** A header giving its cells' unit of size in brackets or after a comma: "VRAM Used (GB)", "size (GiB)", "Model size, Gb". */
const BYTES_HEADER = /\((?:[^()]*\sin\s+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*\)|,\s*([KMGT]B|[KMGT]iB|Gb)\s*$/;
/** A row that names a card or a machine ("| A100 | 80 |"): its memory is hardware, no claim. */
const HARDWARE_ROW = /\b(?:[AHLTBV]\d{2,3}[A-Z]?|L4|T4|A2|RTX|GTX|Radeon|Ryzen|Arc|Xeon|EPYC|Jetson|DGX|MI\d{3}X?|TPU|M[1-4]\s(?:Max|Pro|Ultra)|Mac\s?(?:mini|Studio|Pro))\b/;
/** A header giving its cells' unit of compute time or emissions in brackets: "(GPU hours)", "(tons CO2eq)". */
const TRAINING_HEADER = /\(\s*(?:(GPU[- ]hours)|(?:metric\s+)?(?:tons|tonnes)\s+CO2e(?:q)?)\s*\)/i;
/** "bits/weight", "bpw", "bits per weight" as a header. */
const BITS_PER_WEIGHT = /^\W*(?:bits\s*\/\s*weight|bpw|bits per weight)\W*$/i;
/** "t/s", "tok/s", "tokens/s" anywhere in a header. */
export const TOKENS_PER_SECOND_IN = /(?:^|[\s(])(?:t|tok|tokens?)\s?\/\s?s(?:ec)?\b/i;
/** A column of latencies or times with their unit: "TTFT (seconds)", "Per-token latency (ms)", "Load time (s)". */
const LATENCY_HEADER = /^\W*(?:[\w-]+\s+){0,2}(?:ttft|tpot|itl|e2el|tbt|latency|time[- ]to[- ]first[- ]token|response time|load time|time)(?:\s+p?\d{2}(?:\.\d)?%?)?\s*\(\s*(ms|milliseconds|s|sec|secs|seconds)(?:\s*\/\s*(?:token|tok|request|req))?\s*\)(?:\s+(?:median|mean|average|avg|p\d{2}))?\W*$/i;

/** "| H100 | 80GB | 1,979 |" under "| GPU | Memory | TFLOPS |": a card's memory in a row the card names. */
function isCardMemoryCell(text: string, start: number, end: number, context: DetectContext): boolean {
  // "| 4080 16GB |", "| RTX 4000 Ada 20GB |" under "| GPU |": a card named with its memory.
  if (context.columnHeader !== undefined && HARDWARE_COLUMN.test(context.columnHeader) && text.slice(0, start).trim() !== '') return true;
  if (text.trim() !== text.slice(start, end)) return false;
  // "| **GPU Memory** | 192 GB | 141 GB |" under "| | MI300x | H100 |": a specification table laid out the other way.
  if (context.rowHeader && MEMORY_HEADER.test(context.rowHeader) && context.columnHeader && context.columnHeader.split(/\s+/).some((w) => CARD_NUMBER.test(w.replace(/[*_]/g, '')))) return true;
  if (!context.columnHeader || !MEMORY_HEADER.test(context.columnHeader)) return false;
  // ("| Instance Type | vCPUs | Memory |" over "| intel-icl | 4 | 8GB |": a table of machines, whose memory each row's is.)
  if (context.machines) return true;
  // "| GPU VRAM | context length |" over "| 8 GB | 2,972 |": the first column's memory is the row's machine, its key.
  if (context.rowHeader === undefined && context.headers !== undefined && context.headers === context.columnHeader) return true;
  // The row's header follows the column's in `headers`.
  const row = context.headers?.slice(context.columnHeader.length) ?? '';
  // ("| **RTX 3090** | 24GB |", "| AMD Ryzen AI Max+ | 128GB |": a consumer card or a machine, named in words.)
  return row.split(/\s+/).some((w) => CARD_NUMBER.test(w.replace(/[*_]/g, ''))) || HARDWARE_ROW.test(row);
}

/** A column of the machines a benchmark ran on. */
const HARDWARE_COLUMN = /^\W*(?:gpus?|cards?|graphics cards?|hardware|devices?|accelerators?)\W*$/i;

/** A card's model number: "H100", "A10G", "MI300x", "L40S". */
const CARD_NUMBER = /^[A-Z]{1,3}\d{2,4}[A-Za-z]?$/;

const MEMORY_HEADER = /^\W*(?:gpu\s+)?(?:memory|vram|hbm\d?e?|ram)\b/i;

/** "their 120 GB scratch volumes", "a 2 TB NVMe drive": what a disk holds is its size, not a measurement. */
const STORAGE = /^\s+(?:of\s+)?(?:(?!(?:on|in|of|to|at|per|for|the|a|an)\b)[a-z-]+\s+)?(?:volumes?|disks?|drives?|ssds?|nvme|partitions?)\b/i;

/** "128 GB of system RAM", "48 GB of VRAM", "48 GB GDDR6", "64GB DDR5", "two 24 GB cards", "2× 24 GB": a machine's memory, not a measurement. */
const MACHINE_MEMORY = /^\s+(?:g?ddr\d+x?|lpddr\d+x?|hbm\d?e?|l?rdimm)\b|^\s+more\s+hbm\d?e?\b|^\s+(?:of\s+)?(?:(?:system|gpu|video|host|unified|onboard|ordinary|regular|main|ddr[45]?)\s+)?(?:ram|vram|hbm[23]?e?)\b|^\s+(?:of\s+)?unified\s+memory\b|^\s+(?:(?:gpu|graphics)\s+)?(?:cards?|gpus?|dimms?)\b/i;

const OF_MEMORY = /^\s+of\s+(?:(?:cpu|gpu|system|host|main)\s+)?(?:memory|dram)\b/i;
const HAS_BEFORE = /\b(?:has|have|had|with|offers?|features?)\s+(?:only\s+|just\s+)?$/i;

/** "runs on a 32GB VRAM GPU", "on a 6GB GPU": a machine a model runs on, whatever the verb ("runs on 12GB VRAM" is what it needs). */
const ON_MACHINE = /\bon\s+(?:an?|the|one|a\s+single)\s+$/i;

/** A model's needs ("needs 35 GB of VRAM", "a 35 GB VRAM footprint") are measured; the machine's memory is not. */
const NEEDS = /\b(?:needs?|needed|wants?|requires?|required|uses?|used|takes?|took|consumes?|consumed|occupies|occupied|peaks?|peaked|footprint|fits?|fitting|runs?|running|ran)\b[^.;:!?]{0,32}$/i;

function isStorageCapacity(text: string, end: number): boolean {
  return STORAGE.test(text.slice(end, end + 32));
}

/** A model, its weights or its cache named just before a size: the model's own size, not a machine's memory. */
const MODEL_BEFORE = /\b(?:weights?|models?|checkpoints?|kv cache|\d+(?:\.\d+)?B)\b[^.;:!?]{0,24}$/i;

/** "128 GB of system RAM", "two 24 GB cards", "2× 24 GB": the memory of a machine someone has. */
function isMachineMemory(text: string, start: number, end: number): boolean {
  if (/\b\d+\s?[×x]\s?$/.test(text.slice(Math.max(0, start - 6), start))) return true;
  // "(4 GPUs × 192 GB each)": the memory of each card, in a sum of a machine's memory.
  if (/\b(?:gpus?|cards?|accelerators?)\s?[×x]\s?$/i.test(text.slice(Math.max(0, start - 16), start))) return true;
  // "8x AMD MI300x GPU OAM, 192GB, 750W": a card's specification, its memory beside its power.
  if (/^,\s*\d+\s?W\b/.test(text.slice(end, end + 10))) return true;
  // "the V100 GPU has 32GB of memory", "equipped with 1.5TB of CPU DRAM": memory a machine has ("6GB of GPU memory is required" is a need).
  if (OF_MEMORY.test(text.slice(end, end + 24)) && HAS_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (!MACHINE_MEMORY.test(text.slice(end, end + 32))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return ON_MACHINE.test(before) || (!NEEDS.test(before) && !MODEL_BEFORE.test(before));
}

/** Is the word right before `start` (one space between) written in capitals ("RTX", "GTX")? */
function afterCapitals(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  let k = start - 1;
  while (k > 0 && isUpper(text.charCodeAt(k - 1))) k--;
  return start - 1 - k >= 2 && !isLetter(text.charCodeAt(k - 1));
}

/** Units a bare number takes from the figure that ends its list ("2800 vs 6300 petaflop days"). */
const CHAINED_UNITS = new Set(['bytes', 'bytes/s', 'FLOP/s', 'FLOP', 'pp']);

const CHAIN_SEPARATORS = [' \u2192 ', ' -> ', ', and ', ', or ', ', ', ' or ', ' and ', ' vs. ', ' vs ', ' versus '];

/**
 * Bare numbers listed before a figure with a unit share it: "100 or 200Gbps",
 * "2.5 → 3.125 → 6.25 → 12.5 GBps". Kept as the scan goes, so the cost stays linear.
 */
class UnitChain {
  private numbers: NumberToken[] = [];
  private next = -1;

  reset(): void {
    if (this.numbers.length) this.numbers = [];
    this.next = -1;
  }

  /** A number that is no claim on its own: it may open or continue a list. */
  extend(text: string, num: NumberToken): void {
    if (num.start !== this.next && this.numbers.length) this.numbers = [];
    this.next = -1;
    const after = text.charCodeAt(num.end);
    if (!num.valid || (after !== 32 && after !== 44) || (num.decimals === 0 && num.value >= 1900 && num.value <= 2100)) return this.reset();
    // "RTX 4090, 24 GB": a model number after its maker's capitals lists nothing.
    if (afterCapitals(text, num.start)) return this.reset();
    for (const sep of CHAIN_SEPARATORS) {
      if (!text.startsWith(sep, num.end) || !isDigit(text.charCodeAt(num.end + sep.length))) continue;
      this.numbers.push(num);
      this.next = num.end + sep.length;
      return;
    }
    this.reset();
  }

  /** A claim: when it ends the list and its unit is one a list shares, the list's numbers become claims too. */
  close(claim: DetectedClaim, num: NumberToken, out: DetectedClaim[]): void {
    if (this.numbers.length && claim.start === this.next && num.start === claim.start && CHAINED_UNITS.has(claim.unit) && claim.max === undefined) {
      const factor = claim.value / num.value;
      for (const n of this.numbers) {
        out.push({ start: n.start, end: n.end, kind: claim.kind, unit: claim.unit, value: n.value * factor, precision: precisionOf(n) * factor });
      }
    }
    this.reset();
  }
}

const NUMBERED_CITATION = /^\d{1,3}(?:[,–-] ?\d{1,3})*\]/;

const GROUPED = /^\d{1,3}(?:,\d{3})+\]$/;

/** "[12]", "[3, 14]", "[2–4]": a numbered citation is never a figure ("[1,200]" is a count). Its end, or -1. */
function numberedCitationEnd(text: string, i: number): number {
  if (text[i - 1] !== '[') return -1;
  const m = NUMBERED_CITATION.exec(text.slice(i, i + 40));
  return m && !GROUPED.test(m[0]) ? i + m[0].length : -1;
}

/**
 * URLs and e-mail addresses written as plain text (markdown-it's linkify is off):
 * never claims. Found from each "://", "www." or "@" outward, so the cost stays
 * linear whatever the text.
 */
function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const add = (start: number, end: number): void => {
    if (spans.length && start < spans[spans.length - 1][1]) spans[spans.length - 1][1] = Math.max(end, spans[spans.length - 1][1]);
    else spans.push([start, end]);
  };
  for (const marker of ['://', 'www.', '@']) {
    let from = 0;
    for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, from)) {
      let start = at;
      const bound = Math.max(0, at - 64);
      while (start > bound && isUrlChar(text.charCodeAt(start - 1), marker !== '://')) start--;
      let end = at + marker.length;
      while (end < text.length && isUrlChar(text.charCodeAt(end), true)) end++;
      if (marker !== '@' || (start < at && text.slice(at, end).includes('.'))) add(start, end);
      from = end;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Characters a URL keeps going through (left of "://" only the scheme's). */
function isUrlChar(c: number, anyPathChar: boolean): boolean {
  if (isAlnum(c) || c === 43 || c === 45 || c === 46) return true;
  if (!anyPathChar) return false;
  return c > 32 && c !== 60 && c !== 62 && c !== 34 && c !== 39 && c !== 96 && c !== 0x7f && !isInlineSpace(c) && c !== 0xfffc;
}

/** After "73pc": "of", a stop, or a word of what a share or change measures ("salary premium", "faster", "cheaper"). */
const PC_OF = /^(?:\s+of\s|\s*[.,;:)!?]|\s*$|\s+(?:salary|premium|faster|slower|cheaper|less|more|lower|higher|growth|share|rise|drop|cut|increase|decrease|off|discount|stake|margin|annually|a\s+year|year-on-year|yoy)\b)/i;
const PC_CHANGE_BEFORE = /\b(?:up|down|by|to|rose|fell|grew|jumped|dropped|cut|about|around|nearly|over|just|only|not)\s+$/i;
const IDENTIFIER_PUNCT = '/:#@§\\^&=_.';
const CURRENCY_WORD_PHRASES = Object.keys(CURRENCY_WORDS);
const CENTS = ['cents', 'cent'];
/** After "6c": a price's basis, "/1k tokens", "per 1000 tokens", "per token". */
const CENTS_RATE_AFTER = /^(?:\s?\/\s?|\s+per\s+)(?:1\s?[kKmM]|1,?000(?:,000)?|million|thousand)?\s*tokens?\b/;
const CJK_CURRENCIES: ReadonlyArray<readonly [string, string]> = [['美元', 'USD'], ['人民币', 'CNY'], ['元', 'CNY'], ['日元', 'JPY'], ['円', 'JPY'], ['米ドル', 'USD'], ['ドル', 'USD'], ['ユーロ', 'EUR'], ['달러', 'USD'], ['원', 'KRW']];
const DASHES = '-\u2013\u2014';

/** Characters right before a number that make it part of a name, version, path or reference. */
function attachedToName(text: string, start: number): boolean {
  const p = text.charCodeAt(start - 1);
  if (Number.isNaN(p)) return false;
  if (isWordChar(p)) return true;
  if (p === 45 && isAlnum(text.charCodeAt(start - 2))) return true;
  // "==73%==" (a highlight) and "7x4=28GB" (arithmetic) are not "x=5".
  if (p === 61 && (text.charCodeAt(start - 2) === 61 || isDigit(text.charCodeAt(start - 2)))) return false;
  // "HumanEval score?::67.5": the double colon of a flashcard or an inline field ("premium::23%") sets the answer off.
  if (p === 58 && text.charCodeAt(start - 2) === 58) return false;
  return IDENTIFIER_PUNCT.includes(text[start - 1]);
}

/** "10:30", "4/4/2026", "24/7": a digit right after ":" or "/" means a time, date or ratio. */
function continuesAsTimeOrDate(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 58 || c === 47) && isDigit(text.charCodeAt(end + 1));
}

interface Currency {
  code: string;
  start: number;
}

function currencyBefore(text: string, start: number): Currency | undefined {
  const symbol = CURRENCY_SYMBOLS[text[start - 1]];
  if (symbol) {
    let j = start - 1;
    while (j > 0 && start - 1 - j < 2 && isUpper(text.charCodeAt(j - 1))) j--;
    const letters = text.slice(j, start - 1);
    if (letters && symbol === 'USD' && DOLLAR_PREFIXES[letters] && !isLetter(text.charCodeAt(j - 1))) {
      return { code: DOLLAR_PREFIXES[letters], start: j };
    }
    return { code: symbol, start: start - 1 };
  }
  if (isInlineSpace(text.charCodeAt(start - 1)) && start >= 4) {
    const code = text.slice(start - 4, start - 1);
    if (CURRENCY_CODES[code] && !isLetter(text.charCodeAt(start - 5))) return { code: CURRENCY_CODES[code], start: start - 4 };
    // "US$ 47 bilhões", "R$ 1,1 milhão": a dollar sign and its country's letters, spaced from the figure as Portuguese writes them.
    const spaced = SPACED_DOLLAR.exec(text.slice(Math.max(0, start - 5), start));
    if (spaced && !isLetter(text.charCodeAt(start - spaced[0].length - 1))) return { code: DOLLAR_PREFIXES[spaced[1]], start: start - spaced[0].length };
    // "$ 100 million", "€ 200.000": a currency sign spaced from its figure, as Dutch and French typesetting has it.
    const sign = CURRENCY_SYMBOLS[text[start - 2]];
    if (sign && (start < 3 || !isAlnum(text.charCodeAt(start - 3)))) return { code: sign, start: start - 2 };
  }
  return undefined;
}

const SPACED_DOLLAR = /(US|R)\$ $/;
/** A dollar sign opening a formula ("$x", "$\alpha", "${"), or one not written right after a figure. */
const FORMULA_DOLLAR = /(?<!\d)\$|\$(?=[\p{L}\\{])/u;

/**
 * "Ryzen 9 5950X", "Intel 13900K": a processor's model number, four digits or more with a
 * capital suffix, after its maker's or line's name (a capital word, or the tier's digit).
 */
function isProcessorModel(text: string, num: NumberToken): boolean {
  if (num.grouped || num.decimals > 0 || num.end - num.start < 4 || !MODEL_SUFFIX.has(text[num.end])) return false;
  let k = num.start;
  if (!isInlineSpace(text.charCodeAt(k - 1))) return false;
  k--;
  const before = text.slice(wordStart(text, k), k);
  return before.length > 0 && ((isUpper(before.charCodeAt(0)) && !NOT_NAMES.has(before.toLowerCase())) || /^\d$/.test(before));
}

const MODEL_SUFFIX = new Set(['X', 'K']);

function isMultiplierX(text: string, pos: number): boolean {
  const c = text[pos];
  return (c === 'x' || c === 'X' || c === '\u00d7') && !isAlnum(text.charCodeAt(pos + 1));
}

/** "between 64 and ": the low end of a band, before its high end. */
const SCORE_BAND_BEFORE = /\bbetween\s+(\d{1,3}(?:\.\d+)?)\s+and\s+$/;

function readClaim(text: string, written: NumberToken, context: DetectContext): DetectedClaim | undefined {
  const num = dotGrouped(text, written) ?? written;
  if (!num.valid || (attachedToName(text, num.start) && !CURRENCY_SYMBOLS[text[num.start - 1]])) return undefined;
  const currency = currencyBefore(text, num.start);
  if (!currency && isProcessorModel(text, num)) return undefined;
  if (continuesAsTimeOrDate(text, num.end)) return currency ? readRateOnly(text, num, currency) : readFraction(text, num);
  const first = readFigure(text, num, currency, context);
  // A unit its column or row header gives ("size (GiB)") says what a bare number is better than a benchmark-like row name does.
  const bare = (first?.claim.kind === 'score' || first?.claim.kind === 'count') && !currency;
  const headed = bare ? (first!.claim.kind === 'score' ? headedUnit(text, num, context) : undefined) ?? currencyHeaded(text, num, context) : undefined;
  const claim = headed ?? readRange(text, num, first, currency, context) ?? first?.claim ?? (currency ? undefined : labelledUnit(text, num) ?? pricedColumn(text, num, context) ?? headedUnit(text, num, context) ?? currencyHeaded(text, num, context));
  if (!claim) return undefined;
  // "scored between 64 and 68 on HumanEval": the score that ends a band takes its low end, which alone read as no score.
  if (claim.kind === 'score' && claim.max === undefined) {
    const band = SCORE_BAND_BEFORE.exec(text.slice(Math.max(0, claim.start - 24), claim.start));
    // (Not two models' scores a point apart, "neck and neck, between 67.0 and 67.5": each is its model's.)
    if (band && Number(band[1]) + 1 <= claim.value) return { ...claim, start: claim.start - band[0].length + band[0].indexOf(band[1]), value: Number(band[1]), max: claim.value };
  }
  // "Cost per 1M tokens", "$0.01 - $0.03 / 1K": what a rate is per, not a count anyone measured.
  if (claim.kind === 'count' && isDenominator(text, claim.start)) return undefined;
  if (text[claim.end] === '+' && !isDigit(text.charCodeAt(claim.end + 1))) {
    claim.end++;
    claim.hedge = 'atLeast';
  }
  claim.hedge ??= hedgeAround(text, claim.start, claim.end);
  return claim;
}

/**
 * "47.000 millones de dólares", "más de 250.000 modelos", "1.200.000": thousands set apart by dots,
 * as Spanish, German and Italian write them; only where no English reader would see decimals (a
 * scale or currency word after it, several dot groups, or ".000" before a lower-case noun).
 */
function dotGrouped(text: string, num: NumberToken): NumberToken | undefined {
  const raw = text.slice(num.start, num.end);
  if (raw.indexOf('.') < 0) return undefined;
  const after = text.slice(num.end, num.end + 16);
  const several = raw.indexOf('.') !== raw.lastIndexOf('.');
  // (Before a noun: "250.000 modelos"; "67.000 on HumanEval" is a score to three decimals.)
  // ("60.000 Tokens": a German noun after round thousands is capitalised.)
  const roundThousands = /\.000$/.test(raw) && /^\s\p{L}/u.test(after) && !/^\s(?:x|times|on|in|at|for|and|or|to|of|vs|with|from|than|by|per)\b/i.test(after);
  // ("€ 200.000": a sign spaced from its figure is European typesetting, whose dots set thousands apart.)
  const spacedSign = raw[0] !== '0' && SPACED_SIGN_BEFORE.test(text.slice(Math.max(0, num.start - 2), num.start));
  if (!several && !roundThousands && !spacedSign && !THOUSANDS_WORD_AFTER.test(after)) return undefined;
  return thousandsByDots(text, num);
}

/** The number at `num` read with its dots as thousands separators ("47.000" is 47,000), or undefined when it is not built so. */
function thousandsByDots(text: string, num: NumberToken): NumberToken | undefined {
  const raw = text.slice(num.start, num.end);
  if (!DOT_GROUPS.test(raw)) return undefined;
  const digits = raw.replace(/\./g, '');
  let trailingZeros = 0;
  for (let i = digits.length - 1; i > 0 && digits[i] === '0'; i--) trailingZeros++;
  return { ...num, valid: true, value: Number(digits), decimals: 0, trailingZeros, grouped: true };
}

// ("0.030 Dollar": no thousands group starts with a zero; that is a decimal.)
const DOT_GROUPS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACED_SIGN_BEFORE = /[$€£] $/;
/** Words after a figure that say its dots set thousands apart: "millones", "de dólares", "euros", "1.500 dollari", "1.500 Dollar". */
const THOUSANDS_WORD_AFTER = /^\s?(?:millones|millón|mil\s+millones|mil\s+milhões|milhões|milhão|milioni|miliardi|de\s+dólares|dólares|di\s+dollari|dollari|Dollar\b|US-Dollar|euros?|€|Mio\b|Mrd\b)/;

/** A price just before a rate's "/" ("$0.03 ", "$0.01 - $0.03"). */
const PRICE_BEFORE_SLASH = /[$€£]\s?[\d.,]+\s?[KMBkmb]?\s?$/;

/** Is `start` right after "per " or a price's "/" (a rate's denominator)? */
function isDenominator(text: string, start: number): boolean {
  let j = start;
  if (j > 0 && isInlineSpace(text.charCodeAt(j - 1))) j--;
  // "$0.03 / 1K" prices per thousand; "17B active / 109B total" sets two figures side by side, "1/50th" is a fraction.
  if (text[j - 1] === '/') return PRICE_BEFORE_SLASH.test(text.slice(Math.max(0, j - 24), j - 1));
  // "Cost for 1K tokens: $0.0027": the amount a price is quoted for.
  if (PRICED_AMOUNT.test(text.slice(Math.max(0, j - 16), j))) return true;
  return j >= 3 && text.slice(j - 3, j).toLowerCase() === 'per' && !isLetter(text.charCodeAt(j - 4));
}

const PRICED_AMOUNT = /\b(?:cost|costs|price|prices|pricing)\s+for$/i;

/** "$0.04/1K tokens": a price whose "/" is followed by a quantity, not a date. */
function readRateOnly(text: string, num: NumberToken, currency: Currency): DetectedClaim | undefined {
  const money: DetectedClaim = { start: currency.start, end: num.end, value: num.value, precision: precisionOf(num), kind: 'money', unit: currency.code };
  const rate = readMoneyRate(text, money);
  return rate === money ? undefined : rate;
}

/** "about 1/2 of the runs": a share written as a fraction of small numbers, before "of". */
function readFraction(text: string, num: NumberToken): DetectedClaim | undefined {
  if (text[num.end] !== '/' || num.decimals > 0 || text[num.start - 1] === '/') return undefined;
  const denominator = readNumber(text, num.end + 1);
  // "at ~1/10th the training cost", "1/50th of the price": a fraction of what another costs, a multiplier.
  const ordinal = /^(?:th|rd|nd)(?![\p{L}\p{N}])/u.exec(text.slice(denominator.end, denominator.end + 3));
  if (ordinal && denominator.valid && denominator.decimals === 0 && num.value >= 1 && num.value < denominator.value) {
    const end = denominator.end + ordinal[0].length;
    const next = nextWord(text, end);
    return next === 'the' || next === 'of' ? { start: num.start, end, kind: 'multiplier', unit: 'x', value: num.value / denominator.value, precision: 1 / denominator.value } : undefined;
  }
  if (!denominator.valid || denominator.decimals > 0 || denominator.value > 10 || !(num.value < denominator.value) || num.value < 1) return undefined;
  if (text[denominator.end] === '/' || phraseAt(text, skipOneSpace(text, denominator.end), 'of') < 0) return undefined;
  return { start: num.start, end: denominator.end, kind: 'percent', unit: 'percent', value: (num.value / denominator.value) * 100, precision: 100 / denominator.value };
}

/** A figure as read, with how its written number was scaled to the normalised value. */
interface Reading {
  claim: DetectedClaim;
  /** normalised value / written number */
  factor: number;
  /** The figure carries its own scale ("$40M"), so a range's low end keeps its value. */
  scaled: boolean;
  /** No unit, scale or currency: a plain number or a score. */
  bare: boolean;
}

function reading(claim: DetectedClaim, num: NumberToken, scale?: Scale): Reading {
  return { claim, factor: claim.value / num.value || 1, scaled: scale !== undefined, bare: claim.unit === 'score' || (claim.unit === 'count' && !scale) };
}

/** Words for a score's points after a margin ("by 17.0 points", "by 15.1 pts"). */
const POINT_WORDS = ['points', 'pts'] as const;

/** The figure at `num` with its currency, scale and unit; undefined when it is no claim. */
function readFigure(text: string, num: NumberToken, currency: Currency | undefined, context: DetectContext, rangeEnd = false): Reading | undefined {
  const start = currency?.start ?? num.start;
  const precision = precisionOf(num);
  let pos = num.end;
  if (!currency) {
    // "%73", "yüzde 45": Turkish writes the percent before the figure.
    const before = PERCENT_BEFORE.exec(text.slice(Math.max(0, start - PERCENT_BEFORE_REACH), start));
    if (before && text[pos] !== '%' && (num.end - num.start >= 2 || before[1] !== '%')) return reading(claimOf(start - before[1].length, num.value, precision, undefined, pos, 'percent', 'percent'), num);
    // "| Latency 90% (seconds) |": a percentile names which latency, it measures nothing.
    if (text[pos] === '%' && PERCENTILE_OF.test(text.slice(Math.max(0, start - 24), start))) return undefined;
    if (text[pos] === '%') return isIdiomaticHundred(text, num, pos + 1) || namesRule(text, start, pos + 1) ? undefined : reading(claimOf(start, num.value, precision, undefined, pos + 1, 'percent', 'percent'), num);
    if (isInlineSpace(text.charCodeAt(pos)) && text[pos + 1] === '%') return reading(claimOf(start, num.value, precision, undefined, pos + 2, 'percent', 'percent'), num);
    // "73pc of enterprises", "up 23pc": per cent as British headlines and threads write it, where a share or a change is plain
    // ("40pc and 12 Macs", "200pc licences" count pieces and computers).
    if (text.startsWith('pc', pos) && !isAlnum(text.charCodeAt(pos + 2)) && (PC_OF.test(text.slice(pos + 2, pos + 24)) || PC_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return reading(claimOf(start, num.value, precision, undefined, pos + 2, 'percent', 'percent'), num);
    const percent = phraseAfter(text, pos, PERCENT_WORDS);
    // "Calder & Finch, 2026. 312 pp.": a book's pages, no change of over a hundred points.
    if (percent && percent[1] === 'pp' && num.value > 100) return undefined;
    // "ICML 2023 Proc.": proceedings, not the Polish "18 proc.".
    if (percent && percent[1] === 'proc.' && (num.value > 100 || text[skipOneSpace(text, pos)] === 'P')) return undefined;
    if (percent) return reading(claimOf(start, num.value, precision, undefined, percent[0], 'percent', POINTS_WORDS.has(percent[1]) ? 'pp' : 'percent'), num);
    // "outperforming GPT-4o by 23.2 points": a margin, in a score's points.
    const points = phraseAfter(text, pos, POINT_WORDS);
    // ("24.8 points higher than the SOTA": a margin named by the comparison after it.)
    if (points && (precededBy(text, start, 'by') || MARGIN_WORDS.has(nextWord(text, points[0])))) return reading(claimOf(start, num.value, precision, undefined, points[0], 'score', 'points'), num);
    // "5倍以上", "5배": a multiple, as Japanese, Chinese and Korean write it.
    if (text[pos] === '倍' || text[pos] === '배') return reading(claimOf(start, num.value, precision, undefined, pos + 1, 'multiplier', 'x'), num);
    // "90.6점": a score in points, as Korean writes it.
    if (text[pos] === '점' && (num.decimals > 0 || num.value >= 10)) return reading(claimOf(start, num.value, precision, undefined, pos + 1, 'score', 'score'), num);
    if (isMultiplierX(text, pos)) return isHardwareCountOrIdiom(text, start, pos + 1) ? undefined : reading(claimOf(start, num.value, precision, undefined, pos + 1, 'multiplier', 'x'), num);
    // "a factor of 10 cheaper": a multiple named as a factor.
    if (num.value > 1 && FACTOR_OF.test(text.slice(Math.max(0, start - 12), start)) && !isLetter(text.charCodeAt(pos))) return reading(claimOf(start, num.value, precision, undefined, pos, 'multiplier', 'x'), num);
  }
  // "100+ billion yuan", "5,000+ petaflops": an open bound before the scale or unit.
  const plusFirst = plusBeforeWord(text, pos);
  const scale = readScale(text, plusFirst > 0 ? plusFirst : pos, currency !== undefined);
  if (scale) pos = scale.end;
  // "3億9,200万": the rest of the number, in a smaller scale written in characters.
  const rest = scale && !scale.suffix ? cjkRemainder(text, pos, scale.factor) : undefined;
  if (rest) pos = rest.end;
  const plusAfter = plusBeforeWord(text, pos);
  const unitPos = plusAfter > 0 ? plusAfter : !scale && plusFirst > 0 ? plusFirst : pos;
  const factor = scale?.factor ?? 1;
  const open = plusAfter > 0 || plusFirst > 0;
  const value = num.value * factor + (rest?.value ?? 0);
  const scaledPrecision = rest ? rest.precision : precision * factor;
  const hedge = open ? 'atLeast' : undefined;
  if (currency) return reading(readMoneyRate(text, claimOf(start, value, scaledPrecision, hedge, pos, 'money', currency.code)), num, scale);
  const compute = readComputeUnit(text, unitPos);
  if (compute) return reading(claimOf(start, value * compute.factor, scaledPrecision * compute.factor, hedge, compute.end, compute.kind, compute.unit), num, scale);
  const size = readSizeUnit(text, pos);
  if (size) {
    if (isModelOrHardwareName(text, start, size.end, scale, size.attached, context.headers, context.columnHeader) || isDeviceMemory(text, start) || isHardwareMemory(text, start) || isStorageCapacity(text, size.end) || isMachineMemory(text, start, size.end) || isCardMemoryCell(text, start, size.end, context)) return undefined;
    return reading({ start, end: size.end, kind: 'size', unit: 'bytes', value: value * size.factor, precision: scaledPrecision * size.factor }, num, scale);
  }
  const rate = readThroughput(text, unitPos);
  // "| 8B tok/s | 70B tok/s |": a column of a model size's throughputs, no billions of tokens a second.
  if (rate && scale?.suffix === 'B' && rate.unit === 'tokens/s') return undefined;
  if (rate) return reading(claimOf(start, value, scaledPrecision, hedge, rate.end, 'rate', rate.unit), num, scale);
  const latency = scale ? undefined : readLatency(text, pos, context.headers);
  if (latency) return reading(claimOf(start, num.value * latency.factor, precision * latency.factor, undefined, latency.end, latency.kind, latency.unit), num);
  // "5 亿美元", "16.5 亿元": a currency written in characters right after a scale in characters.
  // ("470억 달러", "230만 달러": Korean writes a space between the scale and the currency.)
  const moneyAt = scale && text[unitPos] === ' ' && isHangulScale(text.charCodeAt(unitPos - 1)) ? unitPos + 1 : unitPos;
  const cjkMoney = scale ? CJK_CURRENCIES.find(([word]) => text.startsWith(word, moneyAt)) : undefined;
  if (cjkMoney) return reading(claimOf(start, value, scaledPrecision, hedge, moneyAt + cjkMoney[0].length, 'money', cjkMoney[1]), num, scale);
  // "每个模型每月28.8元", "| 14.0元 |", "300ドル", "1,000円", "100달러": a currency written on to a figure with no scale character.
  const writtenOn = !scale && unitPos === pos ? CJK_CURRENCIES.find(([word]) => text.startsWith(word, pos)) : undefined;
  if (writtenOn) return reading(readMoneyRate(text, claimOf(start, value, scaledPrecision, hedge, pos + writtenOn[0].length, 'money', writtenOn[1])), num);
  // ("10-Milliarden-Dollar-Bewertung": a German compound joins the currency on with a hyphen.)
  const written = phraseAfter(text, unitPos, CURRENCY_WORD_PHRASES) ?? (scale && text[unitPos] === '-' ? phraseAfter(text, unitPos + 1, CURRENCY_WORD_PHRASES) : undefined);
  // ("0,9 Mrd. €"; not the sign or code that opens the next figure, "250,000 €0.5", "78 million EUR 1,000"; a word may be followed
  // by a number, "102.5 million dollars 2 years after launch".)
  const opensNext = written && (written[1] === '€' ? isDigit(text.charCodeAt(written[0])) : ISO_CODE.test(written[1]) && isDigit(text.charCodeAt(skipOneSpace(text, written[0]))));
  const money = written && !opensNext ? written : undefined;
  // ("100-200€", "30€/Monat": a euro sign written on to the figure is its currency, however round the figure.)
  if (money && (scale || num.grouped || num.decimals || (money[1] === '€' && unitPos === pos && text[pos] === '€'))) return reading(readMoneyRate(text, claimOf(start, value, scaledPrecision, hedge, money[0], 'money', CURRENCY_WORDS[money[1]])), num, scale);
  // "60$ per 1M output tokens": a dollar sign written after the figure, as some writers do; never one that opens a formula ("2$ and $x").
  // ("15$/Monat und 20$ im Monat": another sum written so before it is no formula; "$x" or "$\alpha" is.)
  if (!scale && text[unitPos] === '$' && unitPos === pos && !isAlnum(text.charCodeAt(unitPos + 1)) && text[unitPos + 1] !== '$' && (num.decimals || !FORMULA_DOLLAR.test(text.slice(Math.max(0, start - 40), start)))) {
    return reading(readMoneyRate(text, claimOf(start, value, scaledPrecision, hedge, unitPos + 1, 'money', 'USD')), num);
  }
  // "27 cents an hour", "84 cents": a price in cents, however small the number.
  // "Just my 2 cents" is an idiom.
  // ("6c/1k tokens", "3c per 1000 tokens": a "c" glued on is cents only before the rate it prices.)
  const centsC = text[unitPos] === 'c' && unitPos === pos && CENTS_RATE_AFTER.test(text.slice(unitPos + 1, unitPos + 24)) ? ([unitPos + 1, 'c'] as const) : undefined;
  const cents = scale || /\bmy\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ? undefined : text[unitPos] === '¢' ? ([unitPos + 1, '¢'] as const) : centsC ?? phraseAfter(text, unitPos, CENTS);
  if (cents) return reading(readMoneyRate(text, claimOf(start, value / 100, scaledPrecision / 100, hedge, cents[0], 'money', 'USD')), num);
  if (scale) {
    if (isModelOrHardwareName(text, start, pos, scale, false, context.headers, context.columnHeader)) return undefined;
    // "a 32K-token window": the unit glued by a hyphen is part of the span.
    const glued = text[pos] === '-' ? phraseAfter(text, pos + 1, ['tokens', 'token']) : undefined;
    return reading(claimOf(start, value, scaledPrecision, hedge, glued ? glued[0] : pos, parameterCount(text, pos) ? 'size' : 'count', 'count'), num, scale);
  }
  const times = readTimes(text, num, pos, rangeEnd);
  if (times) return reading(claimOf(start, num.value, precision, undefined, times, 'multiplier', 'x'), num);
  // "1.7RC4", "9554F04D", "20,000BC", "64-bit", "8-shot": part of a name or a compound word.
  if (isNameLetter(text.charCodeAt(pos)) || (text[pos] === '-' && isNameLetter(text.charCodeAt(pos + 1)))) return undefined;
  if (num.grouped) return { claim: claimOf(start, num.value, precision, undefined, pos, 'count', 'count'), factor: 1, scaled: false, bare: false };
  const window = contextTokens(text, num, pos);
  if (window) return reading(claimOf(start, num.value, precision, undefined, window, 'count', 'count'), num);
  if (isScore(text, num, context)) return reading(claimOf(start, num.value, precision, undefined, pos, 'score', 'score'), num);
  return undefined;
}

/**
 * A claim built in one literal, its fields in the order the object spreads gave
 * them (start, value, precision, hedge when open, end, kind, unit), without a spread per figure.
 */
function claimOf(start: number, value: number, precision: number, hedge: 'atLeast' | undefined, end: number, kind: ClaimKind, unit: string): DetectedClaim {
  return hedge === undefined ? { start, value, precision, end, kind, unit } : { start, value, precision, hedge, end, kind, unit };
}

/** Index after a "+" written between a figure and its scale or unit ("100+ billion"), or -1. */
function plusBeforeWord(text: string, pos: number): number {
  return text[pos] === '+' && isInlineSpace(text.charCodeAt(pos + 1)) && isLetter(text.charCodeAt(pos + 2)) ? pos + 1 : -1;
}

/** Adjectives after which "100%" means "completely" ("100% sure"), not a measured share. */
const COMPLETELY = new Set(['sure', 'certain', 'confident', 'correct', 'compatible', 'compliant', 'identical', 'free', 'open', 'honest', 'committed', 'safe', 'true', 'serious', 'clear', 'agree', 'behind', 'on', 'of', 'the']);

/** "The 1% rule", "the 80/20 rule": a share that names a rule of thumb, not one measured. */
function namesRule(text: string, start: number, end: number): boolean {
  return nextWord(text, end) === 'rule' && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

function isIdiomaticHundred(text: string, num: NumberToken, end: number): boolean {
  return num.value === 100 && COMPLETELY.has(nextWord(text, end));
}

function parameterCount(text: string, end: number): boolean {
  return PARAMETER_WORDS.has(nextWord(text, end));
}

/**
 * "The context length for these models is 4096 tokens": a context length is a claim
 * (spec §1) even written without a separator. Only after words that name one, in the
 * same sentence, since "2048 tokens" alone may be an example's input. Returns the end
 * after "tokens", or 0.
 */
function contextTokens(text: string, num: NumberToken, pos: number): number {
  if (num.decimals > 0 || num.value < 256) return 0;
  const tokens = phraseAfter(text, pos, ['tokens']);
  if (!tokens) return 0;
  const before = text.slice(Math.max(0, num.start - 80), num.start);
  let sentence = 0;
  for (let k = before.length - 2; k >= 0; k--) {
    if ((before[k] === '.' || before[k] === '!' || before[k] === '?') && isInlineSpace(before.charCodeAt(k + 1))) {
      sentence = k + 1;
      break;
    }
  }
  return CONTEXT_NAMED.test(before.slice(sentence)) ? tokens[0] : 0;
}

const CONTEXT_NAMED = /\b(?:context|sequence)[\s-]+(?:length|window|size)s?\b/i;

/** A currency word that is an ISO code ("usd", "eur"): written before a figure as often as after one. */
const ISO_CODE = /^[a-z]{3}$/;

/** "%73", "yüzde 45": a percent sign or word before the figure, not written on to a word or number before it. */
// (Not "%1", a placeholder, nor the "%" of "50 %50", the figure before's; at least two digits follow.)
const PERCENT_BEFORE = /(?:^|(?<![\d%])\s|[(„“"'])((?:yüzde|Yüzde)\s|%)$/u;
const PERCENT_BEFORE_REACH = 8;

/** "4.7 times more", "3.2-fold", the end of "10-100 times": a multiplier written out. */
function readTimes(text: string, num: NumberToken, pos: number, rangeEnd: boolean): number {
  const fold = phraseAfter(text, pos, ['-fold', 'fold', '-fach']);
  if (fold && (text[pos] === '-' || isInlineSpace(text.charCodeAt(pos)))) return fold[0];
  // ("3,2 fois plus rapide", "3,2 veces más rápido", "3,2 volte più veloce", "3,2-mal schneller": French writes "fois",
  // Spanish "veces", Italian "volte", German "mal".)
  // (Polish: "3,2 raza szybciej", "10 razy mniej"; Swedish "3,2 gånger snabbare", Norwegian "ganger", Danish "gange"; Turkish "3,2 kat daha hızlı";
  // Indonesian "3,2 kali lebih cepat"; Romanian "3,2 ori mai rapid".)
  const times = phraseAfter(text, pos, ['times', 'fois', 'veces', 'volte', 'vezes', 'keer', '-mal', 'mal', 'razy', 'raza', 'gånger', 'ganger', 'gange', 'kat', 'kali', 'ori']);
  if (!times) return 0;
  if (times[1] !== 'times') return num.decimals > 0 || /^\s(?:plus|moins|más|menos|più|meno|mais|schneller|mehr|weniger|höher|so|sneller|meer|minder|zo|szybciej|wolniej|więcej|mniej|taniej|drożej|snabbare|mindre|större|fler|färre|kortare|raskere|hurtigere|flere|færre|daha|lebih|mai)(?![\p{L}\p{N}])/u.test(text.slice(times[0], times[0] + 10)) ? times[0] : 0;
  // "nearly 12 times China's $9.3 billion": a multiple of another's figure.
  if (rangeEnd || num.decimals > 0 || COMPARATIVES.has(nextWord(text, times[0])) || /^\s\p{Lu}[\p{L}.-]*['’]s\s/u.test(text.slice(times[0], times[0] + 24))) return times[0];
  return 0;
}

/** "$0.03 per 1,000 tokens", "$2/hour": a price per unit is one span. */
/**
 * The end of "per" at `at`, or of a translated note's "pour", "por", "par" ("0,03 dollar pour
 * 1 000 jetons"), or "pro" and "je" before a number ("0,03 Dollar pro 1.000 Token"); else -1.
 */
function perWordAt(text: string, at: number): number {
  for (const word of PER_WORDS) {
    const end = phraseAt(text, at, word);
    if (end >= 0) return end;
  }
  for (const word of PER_WORDS_BEFORE_NUMBER) {
    const end = phraseAt(text, at, word);
    if (end >= 0 && isDigit(text.charCodeAt(skipOneSpace(text, end)))) return end;
  }
  return -1;
}

const PER_WORDS = ['per', 'pour', 'por', 'par'];
const PER_WORDS_BEFORE_NUMBER = ['pro', 'je', 'ogni'];

function readMoneyRate(text: string, money: DetectedClaim): DetectedClaim {
  let j = -1;
  const per = perWordAt(text, skipOneSpace(text, money.end));
  if (per >= 0) j = skipOneSpace(text, per);
  else if (text[money.end] === '/') j = money.end + 1;
  else if (isInlineSpace(text.charCodeAt(money.end)) && text[money.end + 1] === '/' && isInlineSpace(text.charCodeAt(money.end + 2))) j = money.end + 3;
  if (j < 0) return money;
  let quantity = 1;
  let counted = -1;
  if (isDigit(text.charCodeAt(j))) {
    const n = readNumber(text, j);
    if (!n.valid) return money;
    const scale = readScale(text, n.end, false);
    // "0,03 dólares por 1.000 tokens": where the price's decimals follow a comma, the count's dots group thousands.
    const dotThousands = /,\d{1,2}\b/.test(text.slice(money.start, money.end)) && /^\d{1,3}(?:\.\d{3})+$/.test(text.slice(n.start, n.end));
    quantity = (dotThousands ? Number(text.slice(n.start, n.end).replace(/\./g, '')) : n.value) * (scale?.factor ?? 1);
    counted = scale?.end ?? n.end;
    j = skipOneSpace(text, counted);
  } else if (CJK_RATE_SCALES[text[j]] !== undefined || text.startsWith('百万', j)) {
    // "0.03美元/千token", "¥2/百万tokens": a Chinese scale character before what is counted.
    const two = text.startsWith('百万', j);
    quantity = two ? 1e6 : CJK_RATE_SCALES[text[j]];
    j += two ? 2 : 1;
    if (text[j] === '个' || text[j] === '個') j++;
  } else {
    const end = wordEnd(text, j);
    const written = text.slice(j, end);
    const scaleWord = SCALE_WORDS[written.toLowerCase()] ?? SCALE_SUFFIXES[written];
    if (scaleWord && isInlineSpace(text.charCodeAt(end))) {
      quantity = scaleWord;
      // ("$30 per million input tokens": the noun may come a word on, as after "per 1,000".)
      counted = end;
      j = skipOneSpace(text, end);
    }
  }
  const end = wordEnd(text, j);
  let noun: string | undefined = RATE_NOUNS[text.slice(j, end).toLowerCase()];
  if (!noun && counted > 0 && quantity > 1) {
    // "$0.06 per 1,000 for output tokens": the count ends the span, the noun comes a few words on.
    // "$0.03 / 1K" in a row about tokens: API prices per thousand or million are per token.
    // "| Prompt | $0.65/1M |": a price per "1M" or "1K" with nothing after is an API's price per token.
    const bareThousands = text[money.end] === '/' && /^[KMkm]\b/.test(text.slice(counted - 1, counted + 1)) && (!isLetter(text.charCodeAt(skipOneSpace(text, counted))) || TOKEN_SIDES.test(text.slice(skipOneSpace(text, counted), counted + 14)));
    noun = rateNounAhead(text, j) ?? (quantity >= 1000 && (bareThousands || /\btokens?\b/i.test(text)) ? 'token' : undefined);
    if (noun) return { ...money, end: counted, unit: `${money.unit}/${noun}`, value: money.value / quantity, precision: money.precision / quantity };
  }
  if (!noun || !(quantity > 0)) return money;
  return { ...money, end, unit: `${money.unit}/${noun}`, value: money.value / quantity, precision: money.precision / quantity };
}

const CJK_RATE_SCALES: Readonly<Record<string, number>> = { '千': 1e3, '万': 1e4, '萬': 1e4 };

/** "$0.65/1M input": the side of an API call a price per million is for, which is tokens. */
const TOKEN_SIDES = /^(?:input|output|prompt|completion|in|out)\b/i;

/** The rate noun among the next few words of the clause ("for output tokens"), if any. */
function rateNounAhead(text: string, from: number): string | undefined {
  let j = from;
  for (let words = 0; words < 4 && isLetter(text.charCodeAt(j)); words++) {
    const end = wordEnd(text, j);
    const noun = RATE_NOUNS[text.slice(j, end).toLowerCase()];
    if (noun) return noun;
    if (!isInlineSpace(text.charCodeAt(end))) return undefined;
    j = end + 1;
  }
  return undefined;
}

/**
 * "40–50%", "$40-50 billion", "3 to 4x", "10-100 times": a range is one claim spanning
 * both ends. "from $1.7B to $37B" and "from 31% to 55%" are two figures, each with its
 * own unit: the first is returned alone and the second read on its own.
 */
function readRange(text: string, num: NumberToken, first: Reading | undefined, currency: Currency | undefined, context: DetectContext): DetectedClaim | undefined {
  let j = first ? first.claim.end : num.end;
  if (DASHES.includes(text[j] ?? '\0')) j++;
  // "$87 – $90 billion": two sums of one currency around a spaced dash (split below only where each stands whole).
  else if (first?.claim.kind === 'money' && spacedDash(text, j) && text[j + 3] === text[first.claim.start]) j += 3;
  // "1 - 2 words / second": a spaced dash joins a bare number only ("2.7B - 1.4T tokens" is two figures).
  else if (!first && isInlineSpace(text.charCodeAt(j)) && DASHES.includes(text[j + 1] ?? '\0') && isInlineSpace(text.charCodeAt(j + 2))) j += 3;
  // "60% – 80% of memory": two shares spaced around a dash are one range, as "60%–80%" is.
  else if (first?.claim.kind === 'percent' && spacedDash(text, j)) j += 3;
  else {
    const to = phraseAfter(text, j, ['to']);
    // "grew from 14,000 to 32,600": two figures a change runs between, each whole on its own.
    if (!to || (first && (ownsUnit(first, num) || (!first.bare && precededBy(text, first.claim.start, 'from'))))) return undefined;
    j = skipOneSpace(text, to[0]);
  }
  const digitAt = CURRENCY_SYMBOLS[text[j]] ? j + 1 : j;
  if (!isDigit(text.charCodeAt(digitAt))) return undefined;
  const secondNum = readNumber(text, digitAt);
  if (!secondNum.valid) return undefined;
  const inherited = currencyBefore(text, digitAt) ?? (currency ? { code: currency.code, start: digitAt } : undefined);
  const second = readFigure(text, secondNum, inherited, context, true);
  // ("bunched at 41–48 on HumanEval": two scores joined by a dash are a range of scores.)
  const scores = first?.claim.unit === 'score' && second?.claim.unit === 'score' && DASHES.includes(text[first.claim.end]);
  // ("steadier at 64–68 on the same seeds": a score's dash to a bare number written alike is its band, whatever follows; never its low end alone.)
  if (!scores && first?.claim.unit === 'score' && DASHES.includes(text[first.claim.end]) && (!second || second.bare) && secondNum.decimals === num.decimals && secondNum.value <= 100) {
    return num.value < secondNum.value ? { ...first.claim, end: secondNum.end, max: secondNum.value } : undefined;
  }
  if (!second || (second.bare && !scores)) return undefined;
  // "$25,000–$35,000", "$1.50 to $2 per hour", "$1.7B–$37B": two sums, each with its own currency sign, are two figures (spec §1);
  // "$40–$50 billion" is one, its low end taking the high end's scale.
  // (Not a rate: "$0.03 – $0.06 per 1,000 tokens" keeps its low end's rate as one range.)
  if (first?.claim.kind === 'money' && CURRENCY_SYMBOLS[text[j]] && second.claim.unit === first.claim.unit && (first.scaled || second.factor === 1)) return undefined;
  if (first && !first.bare && (first.claim.kind !== second.claim.kind || !sameUnit(first, second))) return undefined;
  const low = first?.scaled ? first.claim.value : num.value * second.factor;
  if (!(low < second.claim.value)) return undefined;
  return { ...second.claim, start: first?.claim.start ?? currency?.start ?? num.start, value: low, max: second.claim.value };
}

function spacedDash(text: string, j: number): boolean {
  return isInlineSpace(text.charCodeAt(j)) && DASHES.includes(text[j + 1] ?? '\0') && isInlineSpace(text.charCodeAt(j + 2));
}

/** "$1.7B", "31%": a figure with its own scale or sign, which a "to" does not join to the next one. */
function ownsUnit(first: Reading, num: NumberToken): boolean {
  return first.scaled || ((first.claim.kind === 'percent' || first.claim.kind === 'multiplier') && first.claim.end > num.end);
}

/** "$10-12M per MW": the low end's unit is the high end's before the rate. */
function sameUnit(first: Reading, second: Reading): boolean {
  const a = first.claim.unit;
  const b = second.claim.unit;
  return a === b || (!first.scaled && b.startsWith(`${a}/`));
}
