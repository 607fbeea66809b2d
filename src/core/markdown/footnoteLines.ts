import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * markdown-it-footnote opens a definition with a token that has no source lines.
 * Top-level spans (and so incremental re-checks) start where their first token
 * with lines starts, which for `[^1]:` followed by an indented paragraph was the
 * paragraph: re-parsed alone from there, it read as indented code. The opening
 * token gets the definition's lines.
 */
export function footnoteDefinitionLines(md: MarkdownIt): void {
  // The ruler keeps its rules in `__rules__`; there is no public getter for one rule by name.
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }> }).__rules__;
  const rule = rules.find((r) => r.name === 'footnote_def');
  if (!rule) return;
  const define = rule.fn;
  const withLines: BlockRule = (state, startLine, endLine, silent) => {
    const at = state.tokens.length;
    if (!define(state, startLine, endLine, silent)) return false;
    const open = state.tokens[at];
    if (!silent && open?.type === 'footnote_reference_open' && !open.map) open.map = [startLine, state.line];
    return true;
  };
  md.block.ruler.at('footnote_def', withLines, { alt: [...rule.alt] });
}
