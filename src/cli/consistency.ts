import type { ReportFinding } from '../core/report';
import type { Range } from '../core/text/lines';
import type { Severity } from '../core/rules/rule';
import { WorkspaceIndex } from '../core/workspace/index';
import type { ShownNote } from './output';

/** A note's figure that other notes state differently, as the JSON report carries it on the figure's own finding. */
export interface ReportInconsistency {
  code: string;
  severity: Severity;
  message: string;
  /** Each other note's figure, by path: the first is the one the message names. */
  related: Array<{ path: string; range: Range; text: string }>;
}

export type ConsistentFinding = ReportFinding & { inconsistent?: ReportInconsistency };

/**
 * The cross-note pass, after every note is checked: notes go into one workspace
 * index, and each figure another note states differently gets an `inconsistent`
 * field on its finding. A field, not a finding of its own, so a claim is still
 * one finding at its range with its own status (spec §4). `severityOf` gives a
 * note's severity for the rule (its config's `severity.inconsistent`).
 */
export function addInconsistencies(notes: ShownNote[], severityOf: (file: string) => Severity | undefined): void {
  if (notes.length < 2) return;
  const index = new WorkspaceIndex();
  for (const note of notes) index.set(note.path, note.claims ?? [], { label: note.path, severity: severityOf(note.file) });
  for (const note of notes) {
    const found = index.inconsistencies(note.path);
    if (found.length === 0) continue;
    // Findings and claims are made from the same list in the same order.
    const at = new Map((note.claims ?? []).map((c, i) => [c, i]));
    for (const x of found) {
      const finding = note.findings[at.get(x.claim)!] as ConsistentFinding;
      finding.inconsistent = {
        code: x.code,
        severity: x.severity,
        message: x.message,
        related: x.others.map((o) => ({ path: o.path, range: o.claim.range, text: o.claim.text })),
      };
    }
  }
}
