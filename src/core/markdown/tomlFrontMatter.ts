import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';

/**
 * Hugo's and Zola's TOML front matter, between `+++` lines at a note's very start, is
 * metadata like YAML's `---` block (which markdown-it-front-matter reads): a
 * `front_matter` token, so its title and dates are never prose.
 */
export function tomlFrontMatter(md: MarkdownIt): void {
  md.block.ruler.before('hr', 'toml_front_matter', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    if (startLine !== 0 || state.blkIndent !== 0 || lineAt(state, 0) !== '+++') return false;
    let close = 1;
    while (close < endLine && lineAt(state, close) !== '+++') close++;
    if (close >= endLine) return false;
    if (silent) return true;
    const token = state.push('front_matter', '', 0);
    token.block = true;
    token.map = [0, close + 1];
    token.markup = '+++';
    state.line = close + 1;
    return true;
  });
}

function lineAt(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]).trimEnd();
}
