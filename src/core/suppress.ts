import type { HtmlComment } from './markdown/prose';

/**
 * markdownlint-style suppression comments, one prefix:
 * `<!-- statlens-disable -->` … `<!-- statlens-enable -->`, `<!-- statlens-disable-line -->`,
 * `<!-- statlens-disable-next-line -->`, `<!-- statlens-disable-file -->`. Each may
 * name rules ("statlens.unsupported" or just "unsupported"); none means all.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  line: number;
  /** Rule codes, or undefined for every rule. */
  codes?: string[];
}

const DIRECTIVE = /^statlens-(disable-file|disable-next-line|disable-line|disable|enable)(?:\s+(.*))?$/;

export function parseDirectives(comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const codes = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((code) => (code.startsWith('statlens.') ? code : `statlens.${code}`).toLowerCase());
    out.push({ kind: m[1] as DirectiveKind, line: c.line, codes: codes.length ? codes : undefined });
  }
  return out.sort((a, b) => a.line - b.line);
}

interface Span {
  from: number;
  to: number;
  codes?: string[];
}

/** Answers "is rule `code` suppressed on `line`?" for one document. */
export class Suppressions {
  private readonly spans: Span[] = [];

  constructor(directives: Directive[]) {
    const open = new Map<string, number>();
    const ALL = '*';
    for (const d of directives) {
      const keys = d.codes ?? [ALL];
      switch (d.kind) {
        case 'disable-file':
          this.spans.push({ from: 0, to: Infinity, codes: d.codes });
          break;
        case 'disable-line':
          this.spans.push({ from: d.line, to: d.line, codes: d.codes });
          break;
        case 'disable-next-line':
          this.spans.push({ from: d.line + 1, to: d.line + 1, codes: d.codes });
          break;
        case 'disable':
          for (const k of keys) if (!open.has(k)) open.set(k, d.line);
          break;
        case 'enable':
          for (const k of d.codes ? keys : [...open.keys()]) {
            const from = open.get(k);
            if (from === undefined) continue;
            this.spans.push({ from, to: d.line, codes: k === ALL ? undefined : [k] });
            open.delete(k);
          }
          break;
      }
    }
    for (const [k, from] of open) this.spans.push({ from, to: Infinity, codes: k === ALL ? undefined : [k] });
  }

  get empty(): boolean {
    return this.spans.length === 0;
  }

  isSuppressed(code: string, line: number): boolean {
    return this.spans.some((s) => line >= s.from && line <= s.to && (!s.codes || s.codes.includes(code)));
  }
}
