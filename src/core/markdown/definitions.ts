import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';

/**
 * Link reference and footnote definitions are the only state markdown-it shares
 * across a note: `[x][ref]` and `[^1]` resolve against definitions anywhere in it.
 * A part of a note parsed alone is given the whole note's definitions as a seed,
 * and reports which it defines itself, so a caller can tell when an edit changed them.
 */
export interface DefinitionsEnv {
  /** The whole note's definitions, used to resolve references in this part. */
  seed?: Definitions;
  /** Set by the parse: the definitions this text holds itself. */
  own?: Definitions;
  references?: Record<string, unknown>;
  footnotes?: { refs?: Record<string, number> };
}

export interface Definitions {
  references: Record<string, unknown>;
  footnotes: Record<string, number>;
}

/** Footnotes as defined but not yet referenced (-1), which is how a seed must give them. */
export function definitionsOf(env: DefinitionsEnv): Definitions {
  const footnotes: Record<string, number> = {};
  for (const label of Object.keys(env.footnotes?.refs ?? {})) footnotes[label] = -1;
  return { references: { ...env.references }, footnotes };
}

/** A stable text for comparing two parts' definitions. */
export function definitionsKey(d: Definitions): string {
  const refs = Object.keys(d.references).sort().map((k) => [k, d.references[k]]);
  return JSON.stringify([refs, Object.keys(d.footnotes).sort()]);
}

/** Runs after the block phase, before inline references are resolved. */
export function seededDefinitions(md: MarkdownIt): void {
  md.core.ruler.after('block', 'statlens_definitions', (state: StateCore) => {
    const env = state.env as DefinitionsEnv;
    env.own = definitionsOf(env);
    if (!env.seed) return;
    // The seed is the whole note's table, so it wins over this part's copy of it.
    env.references = { ...env.references, ...env.seed.references };
    env.footnotes = { ...env.footnotes, refs: { ...env.footnotes?.refs, ...env.seed.footnotes } };
  });
}

/** The definitions a text holds, from markdown-it's block phase alone. */
export function blockDefinitions(md: MarkdownIt, parsedText: string): Definitions {
  const env: DefinitionsEnv = {};
  md.block.parse(parsedText, md, env, []);
  return definitionsOf(env);
}
