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

const DIRECTIVE = /^statlens-(disable-file|disable-next-line|disable-line|disable|enable)(?:\s+(.*))?$/i;

export function parseDirectives(comments: HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const codes = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((code) => code.toLowerCase())
      .map((code) => (code.startsWith('statlens.') ? code : `statlens.${code}`));
    out.push({ kind: m[1].toLowerCase() as DirectiveKind, line: c.line, codes: codes.length ? codes : undefined });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Which rules are off from a line on: all but `on`, or just `off`. */
interface State {
  from: number;
  all: boolean;
  off: ReadonlySet<string>;
  on: ReadonlySet<string>;
}

/**
 * Answers "is rule `code` suppressed on `line`?" for one note, as markdownlint
 * does: the state after a line's comments applies to that line, a rule can be
 * enabled again by name inside a disabled region, and codes ignore case.
 */
export class Suppressions {
  private readonly states: State[] = [];
  private readonly lineOnly = new Map<number, Set<string> | 'all'>();
  private fileAll = false;
  private readonly fileCodes = new Set<string>();

  constructor(directives: Directive[]) {
    let state: State = { from: 0, all: false, off: new Set(), on: new Set() };
    for (const d of directives) {
      switch (d.kind) {
        case 'disable-file':
          if (d.codes) for (const c of d.codes) this.fileCodes.add(c);
          else this.fileAll = true;
          break;
        case 'disable-line':
        case 'disable-next-line':
          this.addLine(d.kind === 'disable-line' ? d.line : d.line + 1, d.codes);
          break;
        case 'disable':
        case 'enable':
          state = next(state, d);
          if (this.states.length && this.states[this.states.length - 1].from === d.line) this.states[this.states.length - 1] = state;
          else this.states.push(state);
          break;
      }
    }
  }

  get empty(): boolean {
    return this.states.length === 0 && this.lineOnly.size === 0 && !this.fileAll && this.fileCodes.size === 0;
  }

  isSuppressed(code: string, line: number): boolean {
    if (this.fileAll || this.fileCodes.has(code)) return true;
    const only = this.lineOnly.get(line);
    if (only === 'all' || only?.has(code)) return true;
    const state = this.stateAt(line);
    return state ? (state.all ? !state.on.has(code) : state.off.has(code)) : false;
  }

  private addLine(line: number, codes: string[] | undefined): void {
    const current = this.lineOnly.get(line);
    if (current === 'all') return;
    if (!codes) return void this.lineOnly.set(line, 'all');
    const set = current ?? new Set<string>();
    for (const c of codes) set.add(c);
    this.lineOnly.set(line, set);
  }

  private stateAt(line: number): State | undefined {
    let lo = 0;
    let hi = this.states.length - 1;
    let found: State | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.states[mid].from <= line) {
        found = this.states[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

function next(state: State, d: Directive): State {
  const from = d.line;
  if (!d.codes) return { from, all: d.kind === 'disable', off: new Set(), on: new Set() };
  const off = new Set(state.off);
  const on = new Set(state.on);
  for (const code of d.codes) {
    if (state.all) {
      if (d.kind === 'enable') on.add(code);
      else on.delete(code);
    } else if (d.kind === 'disable') off.add(code);
    else off.delete(code);
  }
  return { from, all: state.all, off, on };
}
