import type { Report } from '../core/report';

/** `path:line:col  severity  status  message`, like markdownlint-cli2 and eslint (1-based). */
export function formatText(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.severity === 'none') continue;
      // Control characters from a note or dataset must not reach the terminal.
      const message = f.message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
      lines.push(`${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.status}  ${message}`);
    }
  }
  return lines.join('\n');
}

export function summaryLine(report: Report): string {
  const count = (status: string): number => report.files.reduce((n, f) => n + f.findings.filter((x) => x.status === status && !x.suppressed).length, 0);
  const total = report.files.reduce((n, f) => n + f.findings.length, 0);
  const files = report.files.length;
  const parts = [`${count('supported')} supported`, `${count('conflicting')} conflicting`, `${count('unsupported')} unsupported`, `${count('cited')} cited`];
  const suppressed = report.files.reduce((n, f) => n + f.findings.filter((x) => x.suppressed).length, 0);
  if (suppressed) parts.push(`${suppressed} suppressed`);
  return `${files} ${files === 1 ? 'note' : 'notes'}, ${total} ${total === 1 ? 'statistic' : 'statistics'}: ${parts.join(', ')}`;
}
