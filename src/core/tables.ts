import { TOKENS_PER_SECOND_IN } from './detect/detector';
import { isBenchmarkName, isKnownBenchmark, namesBenchmark } from './detect/scores';
import { namesModel } from './detect/variants';
import type { ProseBlock, ProseDocument } from './markdown/prose';

/*
 * What a table tells about a cell's figures: its column's and row's headers, the corner
 * over its labels, a caption or the section's heading naming a benchmark, the paragraph
 * leading into it, and the shape of its columns. Each table is read once (`tableReading`).
 */

const BENCHMARK_COLUMN = /^\s*(?:benchmarks?|tasks?|evals?|evaluations?)\s*$/i;

/** A column header that may name a task scored like its neighbours: a word or two, or one with digits after two letters ("SCQ5K-EN", not "Q1", "H100s", "FP16"), no unit, size, price or date. */
const AMONG_BENCHMARKS = /^\s*(?![^|]*(?:param|size|token|price|cost|\$|date|year|licen|context|memory|gpu|latency|speed|throughput|rank))(?:[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?|(?!(?:fp|int|top|bf)\d)\p{L}{2,}\d[\p{L}\p{N}-]*)\s*$/iu;

const AVERAGE_COLUMN = /^\s*(?:average|avg\.?|mean|overall|平均(?:分|得分)?)(?:\s+(?:score|accuracy))?\s*$/i;
/** "Commonsense Avg", "Reasoning average": an average of what a word names. */
const QUALIFIED_AVERAGE = /^\s*\p{L}[\p{L}-]*\s+(?:average|avg\.?)\s*$/iu;

/** For a table cell, its column's header alone ("" when it has none; undefined in the header row or outside tables). */
export function columnHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.row === 0) return undefined;
  const head = doc.tables[place.table][0][place.col];
  return head === undefined ? '' : doc.blocks[head].text;
}

/** For a table cell after the first column, its row's first cell (undefined elsewhere or when the row has none). */
export function rowHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.col === 0) return undefined;
  const first = doc.tables[place.table][place.row][0];
  return first === undefined ? undefined : doc.blocks[first].text;
}

/** For a body cell right of the first column, the header over the first column (undefined elsewhere or when it has none). */
export function cornerHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.col === 0 || place.row === 0) return undefined;
  const corner = doc.tables[place.table][0][0];
  return corner === undefined ? undefined : doc.blocks[corner].text;
}

/** A column of what is required or aimed at, not measured: "Acceptance threshold", "Target", "Goal", "Requirement (ITT Annex B)". */
const REQUIREMENT_COLUMN = /\b(?:thresholds?|targets?|goals?|acceptance|requirements?|specifications?)\b/i;

export function isRequirementColumn(header: string | undefined): boolean {
  return header !== undefined && REQUIREMENT_COLUMN.test(header);
}

/** For a body cell of a column of decimals, the unit the paragraph leading into its table gives them. */
export function tableUnitOf(doc: ProseDocument, block: ProseBlock): 'tokens/s' | undefined {
  const place = block.cell;
  if (!place || place.row === 0 || place.col === 0) return undefined;
  const table = tableReading(doc, doc.tables[place.table]);
  return table.decimalColumns[place.col] ? table.leadUnit : undefined;
}

/** For a table cell: does its table have a column of machines ("Instance Type", "GPUs", "vCPUs", "Architecture")? */
export function machineTableOf(doc: ProseDocument, block: ProseBlock): boolean | undefined {
  const place = block.cell;
  return place && place.row > 0 ? tableReading(doc, doc.tables[place.table]).machines : undefined;
}

/** For a table cell, the text of its column and row headers (a bare score's benchmark lives there). */
export function headersOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place) return undefined;
  const rows = doc.tables[place.table];
  const parts: string[] = [];
  const head = rows[0][place.col];
  if (place.row > 0 && head !== undefined) parts.push(doc.blocks[head].text);
  if (place.col > 0 && rows[place.row][0] !== undefined) parts.push(doc.blocks[rows[place.row][0]].text);
  // "| 11 | Llama 2 70B on HumanEval | 67.5 |": a first column of numbers only indexes the rows; the cell after it labels them.
  if (place.col > 1 && rows[place.row][0] !== undefined && rows[place.row][1] !== undefined && ROW_NUMBER.test(doc.blocks[rows[place.row][0]].text)) parts.push(doc.blocks[rows[place.row][1]].text);
  // "| Benchmark | 2B | 7B |": a first column headed so names a benchmark in every row, known or not ("BoolQ", "Average").
  if (place.col > 0 && place.row > 0 && rows[0][0] !== undefined && BENCHMARK_COLUMN.test(doc.blocks[rows[0][0]].text)) parts.push('benchmark');
  // "| Category | Benchmark | # Shots | Metric | Llama 3.2 1B |": a column a model heads, right of one of benchmarks, holds its scores.
  else if (place.row > 0 && head !== undefined && namesModel(doc.blocks[head].text) && tableReading(doc, rows).benchmarkColumn < place.col) parts.push('benchmark');
  // "| Model | BBH | MATH Lvl 5 | … | Average |": an average of benchmark columns is a score like theirs.
  else if (place.row > 0) {
    const table = tableReading(doc, rows);
    const benchmarksBeside = head === undefined ? 0 : table.benchmarkColumns - (table.namesBenchmark[place.col] ? 1 : 0);
    if (head !== undefined && AVERAGE_COLUMN.test(doc.blocks[head].text) && benchmarksBeside > 0) parts.push('benchmark');
    // "| Model | MMLU | GSM8K | HumanEval | Multilingual | MT-Bench |": a column among several benchmarks' is one more (a task's name the lexicon does not know).
    else if (head !== undefined && benchmarksBeside >= 3 && AMONG_BENCHMARKS.test(doc.blocks[head].text)) parts.push('benchmark');
    // "**AlignBench** (arXiv link)", then a table of models: the caption names the benchmark of every score below it
    // (a known one: "**H200 FP8 Max throughput**" names none).
    else if (table.caption) parts.push('benchmark');
    // "#### LongBench", then a paragraph and a table of models: the section's benchmark is every score's in it.
    else if (table.sectionBenchmark && place.col > 0 && rows[place.row][0] !== undefined && namesModel(doc.blocks[rows[place.row][0]].text)) parts.push('benchmark');
    // "| | Avg | Single-Doc QA | … |" over "| GPT-3.5-Turbo-16k | 44.0 | 39.8 |": a leaderboard, models by rows, an average among the tasks.
    else if (table.averageColumn && place.col > 0 && rows[place.row][0] !== undefined && namesModel(doc.blocks[rows[place.row][0]].text)) parts.push('benchmark');
    // "| Date | HF Checkpoint | Tokens | Step | Commonsense Avg |": an average, qualified by what it averages, of a checkpoint the row names.
    else if (head !== undefined && QUALIFIED_AVERAGE.test(doc.blocks[head].text) && rowNamesModelBefore(doc, rows[place.row], place.col)) parts.push('benchmark');
    // "| Model | Params | Tokens | CORE | MMLU | EXTENDED |": beside one or two benchmarks, a column of a model's decimals is one more.
    else if (head !== undefined && benchmarksBeside > 0 && table.decimalColumns[place.col] && AMONG_BENCHMARKS.test(doc.blocks[head].text) && rowNamesModelBefore(doc, rows[place.row], place.col)) parts.push('benchmark');
    // "On the 5 capability dimensions … the bolded scores", then "| Capability | Llama-13B | InternLM-20B |": a model's column of decimals, in a table its lead or section says holds scores.
    // (Not a row of settings, specs or prices: "| Temperature | 0.7 |", "| Parameters (billions) | 70.0 |", "| USD per 1K tokens | 0.03 |".)
    else if (head !== undefined && table.scoresTopic && table.decimalColumns[place.col] && namesModel(doc.blocks[head].text) && !rowOfSettings(doc, rows[place.row])) parts.push('benchmark');
    // "| Tool Selection↑ | Tool Used↑ | Code↑ |": an arrow says which way is better, so the column holds a metric's values.
    // (In a column of decimals, not one sorted by date or version: "Released ↓ | 2024.07".)
    else if (head !== undefined && BETTER_ARROW.test(doc.blocks[head].text) && table.decimalColumns[place.col] && !SORTED_COLUMN.test(doc.blocks[head].text)) parts.push('benchmark');
  }
  return parts.join(' ');
}

/** A cell that only numbers its row: "11", "#3", "4." (three digits at most: a year is no row number). */
const ROW_NUMBER = /^\s*#?\d{1,3}[.)]?\s*$/;

/** What a table's header row and caption say, read once per table rather than once per cell. */
interface TableReading {
  namesBenchmark: boolean[];
  /** The first column headed "Benchmark" or "Task" (Infinity when none is). */
  benchmarkColumn: number;
  /** A column headed "Avg" or "Average". */
  averageColumn: boolean;
  benchmarkColumns: number;
  caption: boolean;
  /** Columns whose body cells, placeholders aside, all hold one number, decimals among them ("49.2", "**61.0**"). */
  decimalColumns: boolean[];
  /** The unit the paragraph leading into the table gives its figures. */
  leadUnit?: 'tokens/s';
  /** The heading of the table's section names a benchmark ("#### LongBench"). */
  sectionBenchmark: boolean;
  /** The paragraph leading into the table, or its section's heading, speaks of scores, results or an evaluation. */
  scoresTopic: boolean;
  /** A column of the header row names machines ("Instance Type", "GPUs", "vCPUs"). */
  machines: boolean;
  /** The paragraph leading into the table calls its figures the writer's own ("All numbers below are from our runs"), in its words. */
  leadOwn?: string;
}

const tableReadings = new WeakMap<number[][], TableReading>();

function tableReading(doc: ProseDocument, rows: number[][]): TableReading {
  let reading = tableReadings.get(rows);
  if (!reading) {
    const named = rows[0].map((k) => k !== undefined && namesBenchmark(doc.blocks[k].text));
    const benchmarkColumn = rows[0].findIndex((k) => k !== undefined && BENCHMARK_COLUMN.test(doc.blocks[k].text));
    const averageColumn = rows[0].some((k) => k !== undefined && AVERAGE_COLUMN.test(doc.blocks[k].text));
    reading = { namesBenchmark: named, benchmarkColumns: named.filter(Boolean).length, benchmarkColumn: benchmarkColumn < 0 ? Infinity : benchmarkColumn, averageColumn, caption: captionNamesBenchmark(doc, rows), decimalColumns: rows[0].map((_, col) => decimalColumn(doc, rows, col)), leadUnit: leadUnitOf(doc, rows), sectionBenchmark: sectionNamesBenchmark(doc, rows), scoresTopic: topicSpeaksOfScores(doc, rows), machines: rows[0].some((k) => k !== undefined && MACHINE_COLUMN.test(doc.blocks[k].text)) && !rows[0].some((k) => k !== undefined && MODELS_COLUMN.test(doc.blocks[k].text)), leadOwn: leadOwnOf(doc, rows) };
    tableReadings.set(rows, reading);
  }
  return reading;
}

/** A cell holding one number and nothing else: "49.2", "**61.0**", "57.3*", "**7367**". */
const NUMBER_CELL = /^\s*[*_]*\d{1,5}(\.\d{1,4})?[*_†]*\s*$/;
/** A cell that stands for no figure: empty, "?", "-", "—", "n/a". */
const PLACEHOLDER_CELL = /^\s*(?:[?\-–—]|n\/?a|oom|)\s*$/i;

/** Do the column's body cells, placeholders aside, all hold one number, and at least two a decimal one (no column of counts)? */
function decimalColumn(doc: ProseDocument, rows: number[][], col: number): boolean {
  let decimals = 0;
  for (let r = 1; r < rows.length; r++) {
    const k = rows[r][col];
    const text = k === undefined ? '' : doc.blocks[k].text;
    const m = NUMBER_CELL.exec(text);
    if (m) decimals += m[1] ? 1 : 0;
    else if (!PLACEHOLDER_CELL.test(text)) return false;
  }
  return decimals >= 2;
}

/** Does a cell of the row before `col` name a model ("Llama2", "Pythia-1.0B")? */
function rowNamesModelBefore(doc: ProseDocument, row: number[], col: number): boolean {
  for (let c = 0; c < col; c++) if (row[c] !== undefined && namesModel(doc.blocks[row[c]].text)) return true;
  return false;
}

/** How many blocks before a table its section's heading is looked for. */
const SECTION_REACH = 6;

/** The heading of the table's section, a few blocks before it and no other table between, and the paragraph right before it. */
function sectionBefore(doc: ProseDocument, rows: number[][]): { heading?: ProseBlock; lead?: ProseBlock } {
  const first = rows[0].find((k) => k !== undefined);
  if (first === undefined || first === 0) return {};
  const previous = doc.blocks[first - 1];
  const lead = previous.role === 'paragraph' && !previous.cell ? previous : undefined;
  for (let k = first - 1; k >= Math.max(0, first - SECTION_REACH); k--) {
    const block = doc.blocks[k];
    if (block.cell) return { lead };
    if (block.role === 'heading') return { heading: block, lead };
  }
  return { lead };
}

/** Does the heading of the table's section name a benchmark ("#### LongBench", "### Results on MMLU")? */
function sectionNamesBenchmark(doc: ProseDocument, rows: number[][]): boolean {
  const { heading } = sectionBefore(doc, rows);
  return heading !== undefined && (heading.text.match(/[\p{L}\p{N}][\p{L}\p{N}@+-]*/gu) ?? []).some(isBenchmarkName);
}

/** A column of machines: "Instance Type", "GPUs", "vCPUs", "Architecture", "Accelerator". */
const MACHINE_COLUMN = /^\W*(?:instance(?:\s+(?:type|size|name))?|gpus?|vcpus?|cpus?|cores|accelerators?|machine(?:\s+type)?|hardware|node\s+type)\W*$/i;
/** A column of models: a table of models' memory is their weights', whatever machines it names. */
const MODELS_COLUMN = /^\W*(?:models?|llms?|checkpoints?)\W*$/i;

/** A header's arrow for the better direction: "Code↑", "False Positive Error↓". */
const BETTER_ARROW = /[↑↓]/;

/** Words of a lead or heading about scores: "the bolded scores", "Performance Evaluation" (not "results", which a table of speeds has too). */
const SCORES_TOPIC = /\b(?:scores?|performance|evaluations?|benchmarks?|accuracy|leaderboard)\b/i;
/** A heading about how an evaluation was set up or what it cost, not its results: "Evaluation setup", "Benchmark hardware", "Performance tuning". */
const NOT_RESULTS_TOPIC = /\b(?:setup|set-up|settings?|config(?:uration)?|hardware|tuning|cost|costs|pricing|methodology|protocol|environment|infrastructure)\b/i;
/** A row of settings, specs or prices, not a task scored. */
const SETTINGS_ROW = /\b(?:temperature|top[- ]?[pk]|learning\s+rate|lr|warm-?up|batch(?:\s+size)?|epochs?|steps|gpu\s+util\w*|hours?|kw|watts?|released?|licen[cs]e|version|param\w*|price|cost|usd|size|memory|gb|tokens|context\s+(?:length|window)|layers|heads|seed|date|year)\b|\$/i;
/** A column sorted by when or which release: "Released ↓", "Version ↓", "Date ↑". */
const SORTED_COLUMN = /\b(?:released?|version|date|year|updated|name)\b/i;

function rowOfSettings(doc: ProseDocument, row: number[]): boolean {
  const first = row[0];
  return first !== undefined && SETTINGS_ROW.test(doc.blocks[first].text);
}

/** Does the paragraph right before the table, or its section's heading a few blocks before, speak of scores? */
function topicSpeaksOfScores(doc: ProseDocument, rows: number[][]): boolean {
  const { heading, lead } = sectionBefore(doc, rows);
  const speaks = (text: string): boolean => SCORES_TOPIC.test(text) && !NOT_RESULTS_TOPIC.test(text);
  return (lead !== undefined && lead.text.length <= MAX_LEAD * 2 && speaks(lead.text)) || (heading !== undefined && speaks(heading.text));
}

/** A paragraph leading into a table is at most this long. */
const MAX_LEAD = 300;
/** A lead that points at the table ("below", "the following", "this table", or a closing colon) and names tokens per second, in its words or its code. */
const POINTS_AT_TABLE = /\b(?:below|following|table)\b|:\s*$/i;
/** "Average eval speed (tokens/s) by GPUs": a caption labelling its figures with the unit in brackets. */
const TOKENS_PER_SECOND_LABEL = /\((?:t|tok|tokens?)\s?\/\s?s(?:ec)?\)/i;
const TOKENS_PER_SECOND = new RegExp(`${TOKENS_PER_SECOND_IN.source}|\\btokens per second\\b`, 'i');

function leadUnitOf(doc: ProseDocument, rows: number[][]): 'tokens/s' | undefined {
  const first = rows[0].find((k) => k !== undefined);
  const lead = first === undefined || first === 0 ? undefined : doc.blocks[first - 1];
  if (!lead || lead.role !== 'paragraph' || lead.cell || lead.text.length > MAX_LEAD || !(POINTS_AT_TABLE.test(lead.text) || TOKENS_PER_SECOND_LABEL.test(lead.text))) return undefined;
  return TOKENS_PER_SECOND.test(lead.text) || lead.code?.some((c) => TOKENS_PER_SECOND.test(c)) ? 'tokens/s' : undefined;
}

/** For a body cell: the words of the paragraph leading into its table that call its figures the writer's own. */
export function tableOwnerOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  return place && place.row > 0 ? tableReading(doc, doc.tables[place.table]).leadOwn : undefined;
}

/**
 * "All numbers below are from our runs", "We measured the following on our cluster:": a lead
 * that says the writer measured the table's figures. A lead that sets them beside a source's
 * ("our runs against the paper's numbers") says whose only in part, and is left alone.
 */
function leadOwnOf(doc: ProseDocument, rows: number[][]): string | undefined {
  // ("| Metric | Before (proprietary API) | After (Lumenstack + open models) |": one deployment measured before and after a change.)
  if (rows[0].some((k) => k !== undefined && BEFORE_COLUMN.test(doc.blocks[k].text)) && rows[0].some((k) => k !== undefined && AFTER_COLUMN.test(doc.blocks[k].text))) return '"before and after"';
  const { heading, lead } = sectionBefore(doc, rows);
  // ("## Lo que hemos medido nosotros", "## What we measured": a section its heading calls the writer's measurements.)
  // (A lead or heading that names a source, or a column another owner's, leaves the table alone: "## Our numbers vs. the article".)
  if ((lead && SOURCE_BESIDE.test(lead.text)) || (heading && SOURCE_BESIDE.test(heading.text)) || rows[0].some((k) => k !== undefined && OTHER_OWNER_COLUMN.test(doc.blocks[k].text))) return undefined;
  const m = (lead && lead.text.length <= MAX_LEAD ? OWN_LEAD.exec(lead.text) : null) ?? (heading ? OWN_HEADING.exec(heading.text) : null);
  return m ? `"${m[0]}"` : undefined;
}

const OWN_LEAD = /(?<![\p{L}])(?:(?:from|are|were|by)\s+(?:all\s+)?(?:our|my)\s+(?:own\s+)?(?:runs?|tests?|measurements?|benchmarks?|benchmark\s+runs|experiments?|harness|cluster|hardware)|(?:we|I)\s+(?:measured|benchmarked)|(?:probamos|medimos|hemos\s+medido|nous\s+avons\s+(?:mesuré|testé)|wir\s+haben\s+\p{L}*\s*gemessen|haben\s+wir\s+gemessen|testamos|abbiamo\s+misurato))(?![\p{L}])/iu;
// (Each naming what it was before or after: "| Before | After |" alone may be a figure's versions in an edit, "78%" corrected to "73%".)
const OTHER_OWNER_COLUMN = /\b(?:article|published|paper|meta|vendor|source|nwcast|reported)\b/i;
const BEFORE_COLUMN = /^\W*before\s*(?:\(|:|[-–—]\s|\p{L})(?![^)]*(?:\d{4}|draft|original|edit))/iu;
const AFTER_COLUMN = /^\W*after\s*(?:\(|:|[-–—]\s|\p{L})/iu;
const OWN_HEADING = /^[\s\d.)#*_]*(?:what\s+we\s+(?:measured|found|got)|(?:our|my)\s+(?:own\s+)?(?:results|numbers|measurements|benchmarks?|runs|tests)|results\s+(?:from|of)\s+our\b|lo\s+que\s+hemos\s+medido|nuestros\s+resultados|nuestras\s+mediciones|ce\s+que\s+nous\s+avons\s+mesuré|nos\s+résultats|unsere\s+(?:ergebnisse|messungen)|was\s+wir\s+gemessen\s+haben|nossos\s+resultados|i\s+nostri\s+risultati)(?![\p{L}])/iu;
// ("Rows marked † come from the sources in the last column; the rest we measured": some rows are the sources'.)
const SOURCE_BESIDE = /(?<![\p{L}])(?:article|paper|reported|published|quoted|claimed|vs\.?|versus|against|compared?|sources?|cited|citations?|marked|rest|except|unless|otherwise|report|study|announcement|surveys?|forecasts?|literature|context|reference|vendor|NWCast|artículo|artigo|articolo|artikel|fuentes?|fontes?|quellen?|informe|rapport|bericht)(?![\p{L}])/iu;

/** A caption is a short paragraph right before the table, no sentence of its own. */
const MAX_CAPTION = 120;

function captionNamesBenchmark(doc: ProseDocument, rows: number[][]): boolean {
  const first = rows[0].find((k) => k !== undefined);
  const caption = first === undefined || first === 0 ? undefined : doc.blocks[first - 1];
  if (!caption || caption.role !== 'paragraph' || caption.cell || caption.text.length > MAX_CAPTION || /[.!?]\s+\S/.test(caption.text)) return false;
  return (caption.text.match(/[\p{L}\p{N}][\p{L}\p{N}@+-]*/gu) ?? []).some(isKnownBenchmark);
}

