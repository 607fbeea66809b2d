import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';

const PERCENT = 0x25;

/** Inline states in which no closing `%%` follows: later openers need not search again (linear). */
const noCloseAfter = new WeakMap<StateInline, number>();

/**
 * Obsidian comments, `%% … %%` inline or as a block of lines between `%%` lines, are
 * hidden in the reading view and so are no prose: the inline form becomes an
 * `obsidian_comment` token (a placeholder in the prose text), the block form a block
 * token with no inline content.
 */
export function obsidianComments(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'obsidian_comment', (state: StateInline, silent: boolean) => {
    const pos = state.pos;
    if (state.src.charCodeAt(pos) !== PERCENT || state.src.charCodeAt(pos + 1) !== PERCENT) return false;
    // "73%%…" is a figure's sign repeated, not a comment opening.
    const before = state.src.charCodeAt(pos - 1);
    if (before === PERCENT || (before >= 48 && before <= 57)) return false;
    const known = noCloseAfter.get(state);
    if (known !== undefined && known <= pos) return false;
    const close = state.src.indexOf('%%', pos + 2);
    if (close < 0 || close + 2 > state.posMax) {
      noCloseAfter.set(state, pos);
      return false;
    }
    if (!silent) state.push('obsidian_comment', '', 0).content = state.src.slice(pos + 2, close);
    state.pos = close + 2;
    return true;
  });

  let unclosedFrom = -1;
  let unclosedSrc = '';
  md.block.ruler.before('paragraph', 'obsidian_comment_block', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const lineEnd = state.eMarks[startLine];
    if (state.sCount[startLine] - state.blkIndent >= 4) return false;
    if (state.src.charCodeAt(start) !== PERCENT || state.src.charCodeAt(start + 1) !== PERCENT) return false;
    // Closed on its own line: the inline rule reads it.
    if (state.src.indexOf('%%', start + 2) >= 0 && state.src.indexOf('%%', start + 2) < lineEnd) return false;
    if (unclosedSrc === state.src && unclosedFrom >= 0 && unclosedFrom <= start) return false;
    let line = startLine + 1;
    for (; line < endLine; line++) {
      const from = state.bMarks[line] + state.tShift[line];
      const at = state.src.indexOf('%%', from);
      if (at >= 0 && at < state.eMarks[line]) break;
    }
    if (line >= endLine) {
      unclosedSrc = state.src;
      unclosedFrom = start;
      return false;
    }
    if (silent) return true;
    const token = state.push('obsidian_comment_block', '', 0);
    token.map = [startLine, line + 1];
    token.content = state.getLines(startLine, line + 1, 0, true);
    state.line = line + 1;
    return true;
  });
}
