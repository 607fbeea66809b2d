import type MarkdownIt from 'markdown-it';
import { detectClaims } from './detect/detector';
import { HANDS_TO_SOURCE, type HedgeKind } from './detect/lexicon';
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
import { columnHeaderOf, cornerHeaderOf, headersOf, isRequirementColumn, machineTableOf, rowHeaderOf, tableUnitOf } from './tables';

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
    // (Nor a paragraph that sets the working against sources: "Forrester's study puts the average saving at $2.3 million".)
    if (heading && heading.line !== title?.line && worksNumbersOut(heading) && !CONCLUDES.test(block.text) && !HANDS_TO_SOURCE.test(block.text)) return;
    if (block.role === 'heading' && block !== title && worksNumbersOut(block)) return;
    // "**Worked example 2 (API versus self-hosting).** A team sends 400 million tokens …": a paragraph that says it works an example.
    if (block.role === 'paragraph' && WORKED_PARAGRAPH.test(block.text)) return;
    // "[^1]: [Reuters - Microsoft to spend record $30 billion this quarter](…)": a cited work's title asserts nothing.
    if (block.reference) return;
    // (After a table, its first cells: "| Llama 2 70B | HumanEval | 67.5 |", then "…had the rows swapped, with Llama 2 70B at 67.0 and GPT-4 at 67.5".)
    const topic = [heading?.text, previous?.role === 'paragraph' ? previous.text : block.cell ? undefined : previous?.tableOpening].filter(Boolean).join(' ');
    // "| Acceptance threshold |", "| Q2 target |": a column of the figures a contract or plan requires states none.
    const columnHeader = columnHeaderOf(doc, block);
    if (isRequirementColumn(columnHeader)) return;
    const claims = detectClaims(block.text, { headers: headersOf(doc, block), columnHeader, rowHeader: rowHeaderOf(doc, block), cornerHeader: cornerHeaderOf(doc, block), tableUnit: tableUnitOf(doc, block), machines: machineTableOf(doc, block), topic });
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

/** A heading of a section that works numbers out ("Worked example", "Answer key"); not a use case quoted as its reader would put it ('Scenario 1: "I want to test my 8B model cheaply"'). */
function worksNumbersOut(heading: ProseBlock): boolean {
  return WORKED_SECTION.test(heading.text) && !USE_CASE.test(heading.text);
}

// ("Quick human math: a power user who munches 60M tokens … racks up ≈$195": a sum worked out, not a figure reported.)
// (As a label, with its colon: "Quick math aside, …" and "Rough math says …" report.)
const WORKED_PARAGRAPH = /^\s*(?:worked\s+example\b|(?:(?:quick|rough|napkin|back[- ]of[- ](?:the[- ])?envelope)\s+(?:human\s+)?(?:math|maths|arithmetic)|example\s+calculation|illustrative\s+(?:calculation|example))\s*:)/i;

const USE_CASE = /\bscenario\b(?:\s+\d+)?\s*:\s*["“']/i;

// ("#### Example: Supervised fine-tuning (SFT)", "### Example 2 – monthly usage": a docs page's section working a cost out;
// not "## Example customers", "## Example: Hugging Face adoption", nor one stating a figure, "Example: how Acme cut costs 40%".)
// ("## Part B. Questions", "## Exam questions": a handout's questions set their numbers; "## Open questions" is no such section.)
const WORKED_SECTION = /^\W*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+)?(?:an?\s+)?(?:worked\s+|illustrative\s+|hypothetical\s+)?example\b(?!s)(?![^%$\d]*[%$]\s?\d|[^\d]*\d[\d.,]*\s?%)(?=[^\n]*\b(?:costs?|calculations?|pricing|prices?|billing|bills?|budgets?|estimates?|usage|spend|fine-?tun\w*|training|hosting|monthly|per\s+month)\b)|\b(?:break-?even|calculator|back[- ]of[- ](?:the[- ])?envelope|what[- ]if|worked\s+example|answer\s+key|(?:worked\s+)?solutions\s+to\s+(?:the\s+)?exercises|exercises|problem\s+sets?)\b|^\W*(?:part\s+[a-z0-9]{1,3}[.:]?\s+)?(?:exam\s+|quiz\s+|practice\s+|homework\s+)?questions\W*$|(?:^|[\d.]\s+)scenario\b(?:\s+\d+)?\s*:/i;
