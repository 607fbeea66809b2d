import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

interface FootnoteEntry {
  label?: string;
  /** Unset for inline footnotes, which have one anchor. */
  count?: number;
  content?: string;
  tokens?: Token[];
}

/**
 * markdown-it-footnote's `footnote_tail` moves every definition to the end of the
 * token stream, but appends each one with `tokens = tokens.concat(…)`, copying the
 * whole stream once per footnote: a note with 2,000 footnotes spent most of its check
 * there. This rule produces the same tokens in one pass.
 */
export function linearFootnoteTail(md: MarkdownIt): void {
  md.core.ruler.at('footnote_tail', tail);
}

function tail(state: StateCore): void {
  const footnotes = state.env.footnotes as { list?: FootnoteEntry[] } | undefined;
  if (!footnotes) return;
  const definitions = new Map<string, Token[]>();
  const kept: Token[] = [];
  let current: Token[] | undefined;
  for (const token of state.tokens) {
    if (token.type === 'footnote_reference_open') {
      current = [];
      definitions.set(`:${token.meta.label}`, current);
    } else if (token.type === 'footnote_reference_close') {
      current = undefined;
    } else if (current) {
      current.push(token);
    } else {
      kept.push(token);
    }
  }
  state.tokens = kept;
  if (!footnotes.list) return;
  kept.push(new state.Token('footnote_block_open', '', 1));
  footnotes.list.forEach((entry, id) => {
    const open = new state.Token('footnote_open', '', 1);
    open.meta = { id, label: entry.label };
    kept.push(open);
    const body = entry.tokens ? inlineParagraph(state, entry) : entry.label ? definitions.get(`:${entry.label}`) : undefined;
    for (const token of body ?? []) kept.push(token);
    const lastParagraph = kept[kept.length - 1].type === 'paragraph_close' ? kept.pop() : undefined;
    const anchors = entry.count && entry.count > 0 ? entry.count : 1;
    for (let subId = 0; subId < anchors; subId++) {
      const anchor = new state.Token('footnote_anchor', '', 0);
      anchor.meta = { id, subId, label: entry.label };
      kept.push(anchor);
    }
    if (lastParagraph) kept.push(lastParagraph);
    kept.push(new state.Token('footnote_close', '', -1));
  });
  kept.push(new state.Token('footnote_block_close', '', -1));
}

/** An inline footnote (`^[…]`) becomes a paragraph of its own, as the plugin renders it. */
function inlineParagraph(state: StateCore, entry: FootnoteEntry): Token[] {
  const open = new state.Token('paragraph_open', 'p', 1);
  open.block = true;
  const inline = new state.Token('inline', '', 0);
  inline.children = entry.tokens ?? null;
  inline.content = entry.content ?? '';
  const close = new state.Token('paragraph_close', 'p', -1);
  close.block = true;
  return [open, inline, close];
}
