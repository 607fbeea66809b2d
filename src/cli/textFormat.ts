import type { Report, ReportFinding } from '../core/report';
import type { ConsistentFinding } from './consistency';
import { paintSeverity } from './terminal';

/** A report finding as the CLI prints it: a baseline may have accepted it. */
export type CliFinding = ReportFinding & { baselined?: boolean };

export interface TextOptions {
  colour?: boolean;
}

/** `path:line:col  severity  status  message`, like markdownlint-cli2 and eslint (1-based). Baselined findings are left out. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings as Array<CliFinding & ConsistentFinding>) {
      if (f.baselined) continue;
      const where = `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      // Control characters from a note or dataset must not reach the terminal.
      if (f.severity !== 'none') lines.push(`${where}  ${paintSeverity(f.severity, options.colour === true)}  ${f.status}  ${clean(f.message)}`);
      const x = f.inconsistent;
      if (x && x.severity !== 'none') lines.push(`${where}  ${paintSeverity(x.severity, options.colour === true)}  inconsistent  ${clean(x.message)}`);
    }
  }
  return lines.join('\n');
}

const clean = (message: string): string => message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

export function summaryLine(report: Report): string {
  const findings = report.files.flatMap((f) => f.findings as CliFinding[]);
  const count = (status: string): number => findings.filter((x) => x.status === status && !x.suppressed && !x.baselined).length;
  const files = report.files.length;
  const parts = [`${count('supported')} supported`, `${count('conflicting')} conflicting`, `${count('unsupported')} unsupported`, `${count('cited')} cited`];
  const suppressed = findings.filter((x) => x.suppressed).length;
  if (suppressed) parts.push(`${suppressed} suppressed`);
  const inconsistent = findings.filter((x) => (x as ConsistentFinding).inconsistent && !x.suppressed).length;
  if (inconsistent) parts.push(`${inconsistent} inconsistent across notes`);
  const baselined = findings.filter((x) => x.baselined).length;
  if (baselined) parts.push(`${baselined} baselined`);
  return `${files} ${files === 1 ? 'note' : 'notes'}, ${findings.length} ${findings.length === 1 ? 'statistic' : 'statistics'}: ${parts.join(', ')}`;
}
