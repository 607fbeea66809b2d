import type { Finding } from './check';
import type { StatRecord } from './dataset/types';
import type { LineIndex, Range } from './text/lines';
import type { Evidence } from './judge/evidence';

/** The CLI's JSON report (spec §4). */
export interface Report {
  version: 1;
  files: ReportFile[];
}

export interface ReportFile {
  path: string;
  findings: ReportFinding[];
}

export interface ReportFinding {
  range: Range;
  text: string;
  kind: string;
  value: number;
  unit: string;
  status: string;
  severity: string;
  code: string;
  message: string;
  record: ReportRecord | null;
  /** What the note's words say of the record's subject: named, left out, contradicted. */
  why?: Evidence;
  /** The nearest record that is not a match, with why not (no fix is offered towards it). */
  relatedRecord?: { id: string; text: string; why: Evidence };
  suppressed?: boolean;
}

export type ReportRecord = Omit<StatRecord, 'keywords' | 'occurrence'>;

export function reportFinding(f: Finding, lines: LineIndex): ReportFinding {
  const out: ReportFinding = {
    range: lines.rangeOf(f.start, f.end),
    text: f.text,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    status: f.status,
    severity: f.severity,
    code: f.code,
    message: f.message,
    record: f.record ? reportRecord(f.record) : null,
  };
  if (f.evidence) out.why = f.evidence;
  if (f.related) out.relatedRecord = { id: f.related.record.id, text: f.related.record.text, why: f.related.evidence };
  if (f.suppressed) out.suppressed = true;
  return out;
}

function reportRecord(r: StatRecord): ReportRecord {
  const { keywords: _k, occurrence: _o, ...rest } = r;
  return rest;
}
