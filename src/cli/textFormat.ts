import type { Report, ReportFinding } from '../core/report';
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
    for (const f of file.findings as CliFinding[]) {
      if (f.severity === 'none' || f.baselined) continue;
      // Control characters from a note or dataset must not reach the terminal.
      const message = f.message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
      lines.push(`${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${paintSeverity(f.severity, options.colour === true)}  ${f.status}  ${message}`);
    }
  }
  return lines.join('\n');
}

export function summaryLine(report: Report): string {
  const findings = report.files.flatMap((f) => f.findings as CliFinding[]);
  const count = (status: string): number => findings.filter((x) => x.status === status && !x.suppressed && !x.baselined).length;
  const files = report.files.length;
  const parts = [`${count('supported')} supported`, `${count('conflicting')} conflicting`, `${count('unsupported')} unsupported`, `${count('cited')} cited`];
  const suppressed = findings.filter((x) => x.suppressed).length;
  if (suppressed) parts.push(`${suppressed} suppressed`);
  const baselined = findings.filter((x) => x.baselined).length;
  if (baselined) parts.push(`${baselined} baselined`);
  return `${files} ${files === 1 ? 'note' : 'notes'}, ${findings.length} ${findings.length === 1 ? 'statistic' : 'statistics'}: ${parts.join(', ')}`;
}
