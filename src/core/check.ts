import type MarkdownIt from 'markdown-it';
import { detectClaims } from './detect/detector';
import { isBenchmarkName, isKnownBenchmark, namesBenchmark } from './detect/scores';
import { namesModel } from './detect/variants';
import type { HedgeKind } from './detect/lexicon';
import { claimContexts } from './judge/context';
import type { DatasetIndex } from './judge/datasetIndex';
import { judge, type Status } from './judge/judge';
import { judgeCorrected } from './judge/corrected';
import { judgeRestated } from './judge/restated';
import { blockDefinitions, type Definitions } from './markdown/definitions';
import { createMarkdownParser } from './markdown/parser';
import { SourceText } from './markdown/sourceText';
import { docRange, extractProse, type HtmlComment, type ProseBlock, type ProseDocument } from './markdown/prose';
import { figureKey } from './config/figures';
import { RULE_BY_STATUS } from './rules';
import type { JudgedClaim, Severity } from './rules/rule';
import { parseDirectives, Suppressions } from './suppress';
import type { LineIndex } from './text/lines';
import { subjectKeyOf, type SubjectKey } from './workspace/subject';

/** One statistic claim in a note, judged (spec §4's finding, in document offsets). */
export interface Finding extends JudgedClaim {
  max?: number;
  hedge?: HedgeKind;
  code: string;
  severity: Severity;
  message: string;
  /** A suppression comment turns the finding off; it stays in the report with severity "none". */
  suppressed?: boolean;
  /** The step the figure was written to (for hedged agreement across notes). */
  precision?: number;
  /** What it measures and whose it is, for comparing notes (src/core/workspace/subject.ts). */
  subject?: SubjectKey;
}

export interface CheckOptions {
  /** Severity per status; defaults are spec §2's. "none" hides a status from the Problems panel. */
  severities?: Partial<Record<Status, Severity>>;
  /** Figures never reported (a config's `ignoreFigures`): kept in the report as suppressed. */
  ignoreFigures?: string[];
}

export interface CheckResult {
  findings: Finding[];
  lines: LineIndex;
  /** First line after front matter (where file-wide comments go). */
  bodyStartLine: number;
}

/** The blocks around a run of blocks judged on its own (a part of a note re-checked). */
export interface Surroundings {
  heading?: ProseBlock;
  /** The note's first heading, read as its title by every block after it. */
  title?: ProseBlock;
  previous?: ProseBlock;
  next?: ProseBlock;
}

/** Checks notes against one set of datasets. Create once; `check` is pure and re-entrant. */
export class Checker {
  private readonly md: MarkdownIt = createMarkdownParser();
  /** For parts of a note that do not open it, where `---` is a rule, not front matter. */
  private readonly partMd: MarkdownIt = createMarkdownParser({ frontMatter: false });

  constructor(readonly index: DatasetIndex) {}

  check(text: string, options: CheckOptions = {}): CheckResult {
    const doc = this.parse(text, true);
    const findings = this.judgeBlocks(doc, {}, options).flat();
    return finish(findings, doc.comments, doc.lines, doc.bodyStartLine, options);
  }

  /** Parses a note, or a part of one that starts on a line of its own (`opensNote` false). */
  parse(text: string, opensNote: boolean, env: object = {}): ProseDocument {
    return extractProse(opensNote ? this.md : this.partMd, text, env, opensNote);
  }

  /** The link and footnote definitions a note or part holds itself. */
  definitionsIn(text: string, opensNote: boolean): Definitions {
    return blockDefinitions(opensNote ? this.md : this.partMd, new SourceText(text, opensNote).parsed);
  }

  /**
   * Judges the blocks of a parsed note or part; `outside` gives the blocks beyond a
   * part. Returns each block's findings, in offsets of the parsed text.
   */
  judgeBlocks(doc: ProseDocument, outside: Surroundings, options: CheckOptions = {}): Finding[][] {
    const out: Finding[][] = [];
    let heading = outside.heading;
    let title = outside.title;
    // Whether the last block that is no table cell leads a worked table in ("The math for a ~$1,500/month API spend:").
    let leadWorks = outside.previous !== undefined && !outside.previous.cell && leadsWorkedTable(outside.previous);
    for (let i = 0; i < doc.blocks.length; i++) {
      const block = doc.blocks[i];
      const previous = i > 0 ? doc.blocks[i - 1] : outside.previous;
      const next = i + 1 < doc.blocks.length ? doc.blocks[i + 1] : outside.next;
      const found: Finding[] = [];
      // A table a worked example leads into works numbers out; it states none.
      if (!(block.cell && leadWorks)) this.checkBlock(doc, block, block.role === 'heading' ? undefined : heading, previous, next, found, options, title === block ? undefined : title);
      if (!block.cell) leadWorks = leadsWorkedTable(block);
      out.push(found);
      if (block.role === 'heading') heading = block;
      if (!title && block.role === 'heading') title = block;
    }
    return out;
  }

  private checkBlock(doc: ProseDocument, block: ProseBlock, heading: ProseBlock | undefined, previous: ProseBlock | undefined, next: ProseBlock | undefined, out: Finding[], options: CheckOptions, title?: ProseBlock): void {
    // "### The Breakeven Point", "## Cost calculator", "### 3.1 Scenario: 1M tokens/month": a section that works numbers out states none.
    // (Its conclusion, "**Conclusion**: self-hosting is 5–10× cheaper", states what the working found.)
    if (heading && heading.line !== title?.line && worksNumbersOut(heading) && !CONCLUDES.test(block.text)) return;
    if (block.role === 'heading' && block !== title && worksNumbersOut(block)) return;
    const topic = [heading?.text, previous?.role === 'paragraph' ? previous.text : undefined].filter(Boolean).join(' ');
    // "| Acceptance threshold |", "| Q2 target |": a column of the figures a contract or plan requires states none.
    if (inRequirementColumn(doc, block)) return;
    const claims = detectClaims(block.text, { headers: headersOf(doc, block), columnHeader: columnHeaderOf(doc, block), rowHeader: rowHeaderOf(doc, block), cornerHeader: cornerHeaderOf(doc, block), tableUnit: tableUnitOf(doc, block), topic });
    if (claims.length === 0) return;
    const contexts = claimContexts(doc, block, claims, heading, next, title, previous);
    const judgements = claims.map((claim, i) => judge(claim, contexts[i], this.index));
    judgeRestated(block.text, claims, contexts, judgements);
    judgeCorrected(block.text, claims, contexts, judgements);
    claims.forEach((claim, i) => {
      const range = docRange(block, claim.start, claim.end);
      if (!range) return;
      const judgement = judgements[i];
      const rule = RULE_BY_STATUS[judgement.status];
      const finding: Finding = {
        start: range[0],
        end: range[1],
        text: doc.lines.text.slice(range[0], range[1]),
        kind: claim.kind,
        value: claim.value,
        unit: claim.unit,
        status: judgement.status,
        code: rule.code,
        severity: options.severities?.[judgement.status] ?? rule.defaultSeverity,
        message: '',
        record: judgement.record ?? null,
      };
      finding.precision = claim.precision;
      finding.subject = subjectKeyOf(claim, contexts[i], judgement.record?.id);
      if (claim.max !== undefined) finding.max = claim.max;
      if (claim.hedge) finding.hedge = claim.hedge;
      if (judgement.conflict) finding.conflict = judgement.conflict;
      if (judgement.noteYear !== undefined) finding.noteYear = judgement.noteYear;
      if (judgement.evidence) finding.evidence = judgement.evidence;
      if (judgement.related) finding.related = judgement.related;
      if (finding.text === block.text.slice(claim.start, claim.end)) finding.plain = true;
      if (block.cell) {
        finding.inTable = true;
        if (block.cell.header) finding.tableHeader = true;
      }
      finding.message = rule.message(finding);
      out.push(finding);
    });
  }
}

/** Applies suppression comments and puts the report in document order. */
export function finish(findings: Finding[], comments: HtmlComment[], lines: LineIndex, bodyStartLine: number, options: CheckOptions): CheckResult {
  if (!inOrder(findings)) findings.sort((a, b) => a.start - b.start);
  const suppressions = new Suppressions(parseDirectives(comments));
  const ignored = options.ignoreFigures?.length ? new Set(options.ignoreFigures.map(figureKey)) : undefined;
  for (const f of findings) {
    if (ignored?.has(figureKey(f.text)) || (!suppressions.empty && suppressions.isSuppressed(f.code, lines.positionAt(f.start).line))) {
      f.suppressed = true;
      f.severity = 'none';
    } else if (f.suppressed) {
      // A finding checked again (see IncrementalCheck) whose comment or ignore entry has gone.
      delete f.suppressed;
      f.severity = options.severities?.[f.status] ?? RULE_BY_STATUS[f.status].defaultSeverity;
    }
  }
  return { findings, lines, bodyStartLine };
}

/** Blocks come in source order, so the findings do; a plugin that broke that would be caught here. */
function inOrder(findings: Finding[]): boolean {
  for (let k = 1; k < findings.length; k++) if (findings[k].start < findings[k - 1].start) return false;
  return true;
}

/** The paragraph before a table leads a worked example into it (see `WORKED_LEAD`). */
function leadsWorkedTable(block: ProseBlock): boolean {
  if (block.role !== 'paragraph') return false;
  // Only a paragraph ending in a colon can lead a table in; most do not, and are not read further.
  let end = block.text.length;
  while (end > 0 && block.text.charCodeAt(end - 1) <= 32) end--;
  return block.text[end - 1] === ':' && WORKED_LEAD.test(block.text.slice(Math.max(0, end - 200), end));
}

/** A paragraph that leads a worked table in: "The math for a ~$1,500/month API spend:", "Worked example:". */
const WORKED_LEAD = /(?:\b(?:the math for|worked example|for example|for instance|illustrative|hypothetical|scenario|suppose|assuming)\b[^\n]*|(?:^|[.!?]\s+)at\s+[$€£]?[\d.,]+[^.:\n]*):\s*$/i;

const CONCLUDES = /^\W*(?:conclusion|in conclusion|summary|takeaway|key takeaway|bottom line|in short)\b/i;

/** A heading of a section that works numbers out; not a use case quoted as its reader would put it ('Scenario 1: "I want to test my 8B model cheaply"'). */
function worksNumbersOut(heading: ProseBlock): boolean {
  return WORKED_SECTION.test(heading.text) && !USE_CASE.test(heading.text);
}

const USE_CASE = /\bscenario\b(?:\s+\d+)?\s*:\s*["“']/i;

const WORKED_SECTION = /\b(?:break-?even|calculator|back[- ]of[- ](?:the[- ])?envelope|what[- ]if|worked\s+example)\b|(?:^|[\d.]\s+)scenario\b(?:\s+\d+)?\s*:/i;

const BENCHMARK_COLUMN = /^\s*(?:benchmarks?|tasks?|evals?|evaluations?)\s*$/i;

/** A column header that may name a task scored like its neighbours: a word or two, no unit, size, price or date. */
const AMONG_BENCHMARKS = /^\s*(?![^|]*(?:param|size|token|price|cost|\$|date|year|licen|context|memory|gpu|latency|speed|throughput|rank))[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?\s*$/iu;

const AVERAGE_COLUMN = /^\s*(?:average|avg\.?|mean|overall|平均(?:分|得分)?)(?:\s+(?:score|accuracy))?\s*$/i;
/** "Commonsense Avg", "Reasoning average": an average of what a word names. */
const QUALIFIED_AVERAGE = /^\s*\p{L}[\p{L}-]*\s+(?:average|avg\.?)\s*$/iu;

/** For a table cell, its column's header alone ("" when it has none; undefined in the header row or outside tables). */
function columnHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.row === 0) return undefined;
  const head = doc.tables[place.table][0][place.col];
  return head === undefined ? '' : doc.blocks[head].text;
}

/** For a table cell after the first column, its row's first cell (undefined elsewhere or when the row has none). */
function rowHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.col === 0) return undefined;
  const first = doc.tables[place.table][place.row][0];
  return first === undefined ? undefined : doc.blocks[first].text;
}

/** For a body cell right of the first column, the header over the first column (undefined elsewhere or when it has none). */
function cornerHeaderOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place || place.col === 0 || place.row === 0) return undefined;
  const corner = doc.tables[place.table][0][0];
  return corner === undefined ? undefined : doc.blocks[corner].text;
}

/** A column of what is required or aimed at, not measured: "Acceptance threshold", "Target", "Goal". */
const REQUIREMENT_COLUMN = /\b(?:thresholds?|targets?|goals?|acceptance)\b/i;

function inRequirementColumn(doc: ProseDocument, block: ProseBlock): boolean {
  const header = columnHeaderOf(doc, block);
  return header !== undefined && REQUIREMENT_COLUMN.test(header);
}

/** For a body cell of a column of decimals, the unit the paragraph leading into its table gives them. */
function tableUnitOf(doc: ProseDocument, block: ProseBlock): 'tokens/s' | undefined {
  const place = block.cell;
  if (!place || place.row === 0 || place.col === 0) return undefined;
  const table = tableReading(doc, doc.tables[place.table]);
  return table.decimalColumns[place.col] ? table.leadUnit : undefined;
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
  }
  return parts.join(' ');
}

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
}

const tableReadings = new WeakMap<number[][], TableReading>();

function tableReading(doc: ProseDocument, rows: number[][]): TableReading {
  let reading = tableReadings.get(rows);
  if (!reading) {
    const named = rows[0].map((k) => k !== undefined && namesBenchmark(doc.blocks[k].text));
    const benchmarkColumn = rows[0].findIndex((k) => k !== undefined && BENCHMARK_COLUMN.test(doc.blocks[k].text));
    const averageColumn = rows[0].some((k) => k !== undefined && AVERAGE_COLUMN.test(doc.blocks[k].text));
    reading = { namesBenchmark: named, benchmarkColumns: named.filter(Boolean).length, benchmarkColumn: benchmarkColumn < 0 ? Infinity : benchmarkColumn, averageColumn, caption: captionNamesBenchmark(doc, rows), decimalColumns: rows[0].map((_, col) => decimalColumn(doc, rows, col)), leadUnit: leadUnitOf(doc, rows), sectionBenchmark: sectionNamesBenchmark(doc, rows) };
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

/** Does the heading of the table's section, a few blocks before it, name a benchmark ("#### LongBench", "### Results on MMLU")? */
function sectionNamesBenchmark(doc: ProseDocument, rows: number[][]): boolean {
  const first = rows[0].find((k) => k !== undefined);
  if (first === undefined) return false;
  for (let k = first - 1; k >= Math.max(0, first - SECTION_REACH); k--) {
    const block = doc.blocks[k];
    if (block.cell) return false;
    if (block.role === 'heading') return (block.text.match(/[\p{L}\p{N}][\p{L}\p{N}@+-]*/gu) ?? []).some(isBenchmarkName);
  }
  return false;
}

/** A paragraph leading into a table is at most this long. */
const MAX_LEAD = 300;
/** A lead that points at the table ("below", "the following", "this table", or a closing colon) and names tokens per second, in its words or its code. */
const POINTS_AT_TABLE = /\b(?:below|following|table)\b|:\s*$/i;
/** "Average eval speed (tokens/s) by GPUs": a caption labelling its figures with the unit in brackets. */
const TOKENS_PER_SECOND_LABEL = /\((?:t|tok|tokens?)\s?\/\s?s(?:ec)?\)/i;
const TOKENS_PER_SECOND = /(?:^|[\s(])(?:t|tok|tokens?)\s?\/\s?s(?:ec)?\b|\btokens per second\b/i;

function leadUnitOf(doc: ProseDocument, rows: number[][]): 'tokens/s' | undefined {
  const first = rows[0].find((k) => k !== undefined);
  const lead = first === undefined || first === 0 ? undefined : doc.blocks[first - 1];
  if (!lead || lead.role !== 'paragraph' || lead.cell || lead.text.length > MAX_LEAD || !(POINTS_AT_TABLE.test(lead.text) || TOKENS_PER_SECOND_LABEL.test(lead.text))) return undefined;
  return TOKENS_PER_SECOND.test(lead.text) || lead.code?.some((c) => TOKENS_PER_SECOND.test(c)) ? 'tokens/s' : undefined;
}

/** A caption is a short paragraph right before the table, no sentence of its own. */
const MAX_CAPTION = 120;

function captionNamesBenchmark(doc: ProseDocument, rows: number[][]): boolean {
  const first = rows[0].find((k) => k !== undefined);
  const caption = first === undefined || first === 0 ? undefined : doc.blocks[first - 1];
  if (!caption || caption.role !== 'paragraph' || caption.cell || caption.text.length > MAX_CAPTION || /[.!?]\s+\S/.test(caption.text)) return false;
  return (caption.text.match(/[\p{L}\p{N}][\p{L}\p{N}@+-]*/gu) ?? []).some(isKnownBenchmark);
}

