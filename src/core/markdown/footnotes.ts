import type MarkdownIt from 'markdown-it';

/**
 * markdown-it-footnote's `footnote_tail` moves footnote definitions to the end of
 * the token stream for rendering, dropping any that nothing refers to and all but
 * the last of several with one label (and their figures with them), and it
 * rebuilds the stream once per footnote, which is quadratic in their number.
 * StatLens renders nothing, so definitions stay where the writer put them, each
 * in its own section: every one is checked, in linear time.
 */
export function keepFootnotesInPlace(md: MarkdownIt): void {
  md.core.ruler.disable('footnote_tail');
}
