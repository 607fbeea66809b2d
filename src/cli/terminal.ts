/** What the CLI may draw on a terminal: colours on stdout, a progress line on stderr. */

export type Env = Record<string, string | undefined>;

/**
 * Colour: never with NO_COLOR (any non-empty value, per no-color.org); forced by
 * FORCE_COLOR unless it is "0" or "false"; otherwise only on a terminal that is not "dumb".
 */
export function colourEnabled(isTTY: boolean, env: Env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/** A progress line redraws itself with "\r", so only on a real terminal that is not "dumb", and not with NO_COLOR. */
export function progressEnabled(isTTY: boolean, env: Env): boolean {
  return isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** Runs of fewer notes end too soon for a progress line to help. */
export const PROGRESS_MIN_NOTES = 20;

export interface Progress {
  update(done: number): void;
  /** Erases the line, so what follows starts on a clean line. */
  clear(): void;
}

const NO_PROGRESS: Progress = { update() {}, clear() {} };

/** "statlens: checked 1200/5000 notes", redrawn in place at most every `interval` ms. */
export class ProgressLine implements Progress {
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly now: () => number = Date.now,
    private readonly interval = 100,
  ) {}

  update(done: number): void {
    const t = this.now();
    if (t - this.last < this.interval) return;
    this.last = t;
    this.write(`\r\x1b[Kstatlens: checked ${done}/${this.total} notes`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}

export function startProgress(stream: { isTTY?: boolean; write(text: string): unknown }, env: Env, total: number): Progress {
  if (total < PROGRESS_MIN_NOTES || !progressEnabled(stream.isTTY === true, env)) return NO_PROGRESS;
  return new ProgressLine((text) => stream.write(text), total);
}

const SEVERITY_COLOUR: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '2' };

/** The severity word in its colour (red, yellow, cyan, dim); unchanged when colour is off. */
export function paintSeverity(severity: string, colour: boolean): string {
  const code = SEVERITY_COLOUR[severity];
  return colour && code ? `\x1b[${code}m${severity}\x1b[0m` : severity;
}
