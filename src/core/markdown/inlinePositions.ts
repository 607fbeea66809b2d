import type MarkdownIt from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';

/**
 * markdown-it gives block tokens line maps but inline tokens no positions at all.
 * StatLens must point at the exact characters of a figure, so this plugin records,
 * for every inline token, the offset in its inline `content` where its source text
 * starts (`srcPos`). Text tokens are exact substrings of the content once the two
 * rules that merge tokens (`text_join`, `fragments_join`) are off; a text token
 * whose content cannot be verified against the source gets `srcPos = -1` and is
 * treated as unmappable rather than guessed.
 */
export interface PositionedToken extends Token {
  srcPos?: number;
  /** Set once `srcPos` is known to be exact (pending text, placed delimiters). */
  fixed?: boolean;
}

type Rule = (state: StateInline, silent: boolean) => boolean;

interface TrackingState extends StateInline {
  pendingStart: number;
}

export function inlinePositions(md: MarkdownIt): void {
  md.core.ruler.disable('text_join');
  md.inline.ruler2.disable('fragments_join');

  const BaseState = md.inline.State;
  class State extends BaseState {
    pendingStart = 0;

    override pushPending(): Token {
      const start = this.pendingStart;
      const token = super.pushPending() as PositionedToken;
      token.srcPos = this.src.startsWith(token.content, start) ? start : -1;
      token.fixed = true;
      return token;
    }

    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const token = super.push(type, tag, nesting) as PositionedToken;
      token.srcPos = this.pos;
      return token;
    }
  }
  md.inline.State = State as typeof BaseState;

  // Same loop as markdown-it's ParserInline#tokenize, plus bookkeeping of where
  // pending text starts and where delimiter tokens (emphasis, strikethrough) sit.
  md.inline.tokenize = function tokenize(this: MarkdownIt['inline'], s: StateInline): void {
    const state = s as TrackingState;
    const rules = this.ruler.getRules('') as Rule[];
    const end = state.posMax;
    const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100;
    while (state.pos < end) {
      const prevPos = state.pos;
      const tokensBefore = state.tokens.length;
      const hadPending = state.pending.length > 0;
      let ok = false;
      if (state.level < maxNesting) {
        for (const rule of rules) {
          ok = rule(state, false);
          if (ok) {
            if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
            break;
          }
        }
      }
      if (ok) {
        if (!hadPending && state.pending.length > 0) state.pendingStart = prevPos;
        placeDelimiters(state.tokens as PositionedToken[], tokensBefore, prevPos, state.src);
        if (state.pos >= end) break;
        continue;
      }
      if (state.pending.length === 0) state.pendingStart = state.pos;
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  };
}

/**
 * Emphasis and strikethrough push one text token per delimiter run, all at the
 * rule's start position; lay them out one after another and verify each.
 */
function placeDelimiters(tokens: PositionedToken[], from: number, pos: number, src: string): void {
  let at = pos;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'text' || token.fixed || token.srcPos !== pos || token.content.length === 0) continue;
    token.fixed = true;
    if (src.startsWith(token.content, at)) {
      token.srcPos = at;
      at += token.content.length;
    } else {
      token.srcPos = -1;
    }
  }
}
