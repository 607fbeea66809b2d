import type { CheckResult, Finding } from '../check';
import { RULE_BY_STATUS } from '../rules';
import type { Edit, Fix } from '../rules/rule';
import { citationFix } from './citation';
import { ignoreFileFix, ignoreLineFix } from './suppression';

/** Every quick fix for one finding: the rule's own, "Insert citation", then the two suppressions. */
export function fixesFor(finding: Finding, text: string, result: CheckResult): Fix[] {
  const fixes = [...RULE_BY_STATUS[finding.status].fixes(finding)];
  // Citing the source of a figure that contradicts it would be wrong; replace it first.
  if (finding.record && finding.status === 'supported') {
    const citation = citationFix(text, finding.end, finding.record);
    if (citation) fixes.push(citation);
  }
  if (finding.severity !== 'none' && !finding.suppressed) {
    fixes.push(ignoreLineFix(finding, result.lines), ignoreFileFix(finding, result.lines, result.bodyStartLine));
  }
  return fixes;
}

/** "Fix all conflicting figures": the preferred fix of every conflicting finding, as one set of edits. */
export function fixAllConflicting(result: CheckResult): Edit[] {
  const edits: Edit[] = [];
  for (const f of result.findings) {
    if (f.status !== 'conflicting' || f.suppressed) continue;
    const fix = RULE_BY_STATUS[f.status].fixes(f).find((x) => x.preferred);
    if (fix) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.start - b.start).filter((e, i, all) => i === 0 || e.start >= all[i - 1].end);
}

/** Applies non-overlapping edits to a text (the CLI's and tests' way; the editor uses WorkspaceEdit). */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
