import type MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';

const BRACE = 0x7b;

/** Inline states in which no closing delimiter follows: later openers need not search again (linear). */
const noCloseAfter = new WeakMap<StateInline, Map<string, number>>();

/**
 * Static-site shortcodes, `{{< figure src="…" width="100%" >}}` and `{{% notice %}}` (Hugo,
 * and Jekyll-like tags `{% include … %}`), are markup a site generator expands, not prose:
 * each becomes a `shortcode` token (a placeholder in the prose text), so "100%" in its
 * attributes is no figure.
 */
export function shortcodes(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'shortcode', (state: StateInline, silent: boolean) => {
    const pos = state.pos;
    if (state.src.charCodeAt(pos) !== BRACE) return false;
    const close = closerAt(state.src, pos);
    if (!close) return false;
    let known = noCloseAfter.get(state);
    const from = known?.get(close);
    if (from !== undefined && from <= pos) return false;
    const end = state.src.indexOf(close, pos + 3);
    if (end < 0 || end + close.length > state.posMax) {
      if (!known) noCloseAfter.set(state, (known = new Map()));
      known.set(close, pos);
      return false;
    }
    if (!silent) state.push('shortcode', '', 0).content = state.src.slice(pos, end + close.length);
    state.pos = end + close.length;
    return true;
  });
}

/** The closing delimiter of a shortcode opening at `pos` ("{{<", "{{%", "{%"), or undefined. */
function closerAt(src: string, pos: number): string | undefined {
  const next = src[pos + 1];
  if (next === '{') {
    const kind = src[pos + 2];
    return kind === '<' ? '>}}' : kind === '%' ? '%}}' : undefined;
  }
  return next === '%' ? '%}' : undefined;
}
