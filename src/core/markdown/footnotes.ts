import type MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';

interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number>; list?: Array<{ label: string; count: number }> };
}

/**
 * markdown-it-footnote keeps only the last of several definitions with one label,
 * and drops a definition that nothing refers to (neither would render), and their
 * figures with them. They are still the writer's claims, so a repeated label gets
 * a label of its own and every unreferenced definition is listed, after the
 * referenced ones, for `footnote_tail` to keep.
 */
export function keepEveryFootnote(md: MarkdownIt): void {
  md.core.ruler.before('footnote_tail', 'footnote_keep_every', (state: StateCore) => {
    const notes = (state.env as FootnoteEnv).footnotes;
    if (!notes?.refs) return false;
    const seen = new Set<string>();
    for (const token of state.tokens) {
      if (token.type !== 'footnote_reference_open') continue;
      const label: string = token.meta.label;
      if (seen.has(label)) {
        // NUL cannot occur in a label (markdown-it replaced it), so the new label is unique.
        token.meta.label = `${label}\0${seen.size}`;
        notes.refs[`:${token.meta.label}`] = -1;
      }
      seen.add(token.meta.label);
    }
    const list = (notes.list ??= []);
    for (const key of Object.keys(notes.refs)) {
      if (notes.refs[key] >= 0) continue;
      notes.refs[key] = list.length;
      list.push({ label: key.slice(1), count: 0 });
    }
    return false;
  });
}
