import type MarkdownIt from 'markdown-it';
import { wrapBlockRule } from './blockRules';

/**
 * markdown-it-footnote opens a definition with a token that has no source lines.
 * Top-level spans (and so incremental re-checks) start where their first token
 * with lines starts, which for `[^1]:` followed by an indented paragraph was the
 * paragraph: re-parsed alone from there, it read as indented code. The opening
 * token gets the definition's lines.
 */
export function footnoteDefinitionLines(md: MarkdownIt): void {
  wrapBlockRule(md, 'footnote_def', (define) => (state, startLine, endLine, silent) => {
    const at = state.tokens.length;
    if (!define(state, startLine, endLine, silent)) return false;
    const open = state.tokens[at];
    if (!silent && open?.type === 'footnote_reference_open' && !open.map) open.map = [startLine, state.line];
    return true;
  });
}
