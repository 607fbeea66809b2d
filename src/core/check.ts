import type MarkdownIt from 'markdown-it';
import { detectClaims } from './detect/detector';
import type { HedgeKind } from './detect/lexicon';
import { claimContexts } from './judge/context';
import type { DatasetIndex } from './judge/datasetIndex';
import { judge, type Status } from './judge/judge';
import { createMarkdownParser } from './markdown/parser';
import { docRange, extractProse, type ProseBlock, type ProseDocument } from './markdown/prose';
import { RULE_BY_STATUS } from './rules';
import type { JudgedClaim, Severity } from './rules/rule';
import { parseDirectives, Suppressions } from './suppress';
import type { LineIndex } from './text/lines';

/** One statistic claim in a note, judged (spec §4's finding, in document offsets). */
export interface Finding extends JudgedClaim {
  max?: number;
  hedge?: HedgeKind;
  code: string;
  severity: Severity;
  message: string;
  /** A suppression comment turns the finding off; it stays in the report with severity "none". */
  suppressed?: boolean;
}

export interface CheckOptions {
  /** Severity per status; defaults are spec §2's. "none" hides a status from the Problems panel. */
  severities?: Partial<Record<Status, Severity>>;
}

export interface CheckResult {
  findings: Finding[];
  lines: LineIndex;
  /** First line after front matter (where file-wide comments go). */
  bodyStartLine: number;
}

/** Checks notes against one set of datasets. Create once; `check` is pure and re-entrant. */
export class Checker {
  private readonly md: MarkdownIt = createMarkdownParser();

  constructor(readonly index: DatasetIndex) {}

  check(text: string, options: CheckOptions = {}): CheckResult {
    const doc = extractProse(this.md, text);
    const findings: Finding[] = [];
    let heading: ProseBlock | undefined;
    doc.blocks.forEach((block, i) => {
      this.checkBlock(doc, block, block.role === 'heading' ? undefined : heading, doc.blocks[i - 1], doc.blocks[i + 1], findings);
      if (block.role === 'heading') heading = block;
    });
    // Blocks come in source order; the sort (linear on sorted input) keeps the report so
    // should a plugin ever emit blocks out of order.
    findings.sort((a, b) => a.start - b.start);
    applySeverities(findings, doc, options);
    return { findings, lines: doc.lines, bodyStartLine: doc.bodyStartLine };
  }

  private checkBlock(doc: ProseDocument, block: ProseBlock, heading: ProseBlock | undefined, previous: ProseBlock | undefined, next: ProseBlock | undefined, out: Finding[]): void {
    const topic = [heading?.text, previous?.role === 'paragraph' ? previous.text : undefined].filter(Boolean).join(' ');
    const claims = detectClaims(block.text, { headers: headersOf(doc, block), topic });
    if (claims.length === 0) return;
    const contexts = claimContexts(doc, block, claims, heading, next);
    claims.forEach((claim, i) => {
      const range = docRange(block, claim.start, claim.end);
      if (!range) return;
      const judgement = judge(claim, contexts[i], this.index);
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
        severity: rule.defaultSeverity,
        message: '',
        record: judgement.record ?? null,
      };
      if (claim.max !== undefined) finding.max = claim.max;
      if (claim.hedge) finding.hedge = claim.hedge;
      if (judgement.conflict) finding.conflict = judgement.conflict;
      if (judgement.noteYear !== undefined) finding.noteYear = judgement.noteYear;
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

/** For a table cell, the text of its column and row headers (a bare score's benchmark lives there). */
function headersOf(doc: ProseDocument, block: ProseBlock): string | undefined {
  const place = block.cell;
  if (!place) return undefined;
  const rows = doc.tables[place.table];
  const parts: string[] = [];
  if (place.row > 0 && rows[0][place.col] !== undefined) parts.push(doc.blocks[rows[0][place.col]].text);
  if (place.col > 0 && rows[place.row][0] !== undefined) parts.push(doc.blocks[rows[place.row][0]].text);
  return parts.join(' ');
}

function applySeverities(findings: Finding[], doc: ProseDocument, options: CheckOptions): void {
  const suppressions = new Suppressions(parseDirectives(doc.comments));
  for (const f of findings) {
    f.severity = options.severities?.[f.status] ?? f.severity;
    if (!suppressions.empty && suppressions.isSuppressed(f.code, doc.lines.positionAt(f.start).line)) {
      f.suppressed = true;
      f.severity = 'none';
    }
  }
}
