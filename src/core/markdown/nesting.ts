import type MarkdownIt from 'markdown-it';
import { wrapBlockRule } from './blockRules';

/** Block rules that open a container and parse what is inside it. */
const CONTAINERS = ['list', 'blockquote', 'footnote_def'];

/**
 * markdown-it stops at `maxNesting` levels to keep its recursion off the stack's
 * limit, but where it stops it skips to the end of the enclosing parse: for a
 * list item that is the end of the note, so a list nested 50 deep hid every
 * figure after it. Declining to open containers a few levels earlier means the
 * limit is never hit: deeper markers are read as the text they are, and the rest
 * of the note is parsed as usual.
 */
export function boundedNesting(md: MarkdownIt): void {
  // maxNesting is a real option (100 in the default preset) that @types/markdown-it leaves out.
  const deepest = ((md.options as { maxNesting?: number }).maxNesting ?? 100) - 4;
  for (const name of CONTAINERS) {
    wrapBlockRule(md, name, (open) => (state, startLine, endLine, silent) => state.level < deepest && open(state, startLine, endLine, silent));
  }
}
