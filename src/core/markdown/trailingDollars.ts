import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';

const DOLLAR = 0x24;

/**
 * "15$/Monat statt 20$ bei ChatGPT Pro": a dollar sign written after a figure, as many
 * writers outside the US put it, is the price's currency, never a math span's opening
 * (`$/Monat statt 20$` would otherwise be read as TeX and lost from the prose). So a `$`
 * right after a digit, and not doubled, is plain text. Math written `2$x$` is rare in notes.
 */
export function trailingDollars(md: MarkdownIt): void {
  md.inline.ruler.before('math_inline_dollar', 'trailing_dollar', (state: StateInline, silent: boolean) => {
    const pos = state.pos;
    if (state.src.charCodeAt(pos) !== DOLLAR || state.src.charCodeAt(pos + 1) === DOLLAR) return false;
    const before = state.src.charCodeAt(pos - 1);
    if (!(before >= 48 && before <= 57)) return false;
    if (!silent) state.pending += '$';
    state.pos = pos + 1;
    return true;
  });
}
