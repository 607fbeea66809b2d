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
  /** The year a footnote's definition says its figure is for ("Download count as of December 2024"), by label. */
  years: Record<string, number>;
}

/** Footnotes as defined but not yet referenced (-1), which is how a seed must give them. */
export function definitionsOf(env: DefinitionsEnv, src = ''): Definitions {
  const footnotes: Record<string, number> = {};
  for (const label of Object.keys(env.footnotes?.refs ?? {})) footnotes[label] = -1;
  return { references: { ...env.references }, footnotes, years: footnoteYears(src) };
}

/** A stable text for comparing two parts' definitions. */
export function definitionsKey(d: Definitions): string {
  const refs = Object.keys(d.references).sort().map((k) => [k, d.references[k]]);
  const years = Object.keys(d.years).sort().map((k) => [k, d.years[k]]);
  return JSON.stringify([refs, Object.keys(d.footnotes).sort(), years]);
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;
/** "as of December 2024", "as of December 31, 2025", "for the year 2024", "Figures refer to 2025", "data are for 2025", "Snapshot … taken in 2024": a year the note's figure is for. */
const DATES_A_FIGURE = /\b(?:as of|for the year|refers? to|(?:figures?|numbers?|counts?|data)\s+(?:is\s+|are\s+)?(?:for|from)|snapshot\b[^.;\n]{0,60}?\b(?:taken|captured|pulled|made)\s+(?:in|on))\s+(?:(?:early|mid|late|the end of|end of)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b/i;

/** "labelled as the calendar-year 2025 figure", "the 2025 total": a year the figure is named by. */
const YEARS_FIGURE = /\b(?:(?:calendar|fiscal)[- ]year\s+|the\s+)((?:19|20)\d\d)\s+(?:figure|total|count|number|data|estimate)\b/i;

/** The year each footnote definition of `src` dates its figure to, when it says so in words. */
function footnoteYears(src: string): Record<string, number> {
  const years: Record<string, number> = {};
  if (!src.includes('[^')) return years;
  FOOTNOTE_DEFINITION.lastIndex = 0;
  for (let m = FOOTNOTE_DEFINITION.exec(src); m; m = FOOTNOTE_DEFINITION.exec(src)) {
    const dated = DATES_A_FIGURE.exec(m[2]) ?? YEARS_FIGURE.exec(m[2]);
    if (dated) years[m[1]] = Number(dated[1]);
  }
  return years;
}

/** Runs after the block phase, before inline references are resolved. */
export function seededDefinitions(md: MarkdownIt): void {
  md.core.ruler.after('block', 'statlens_definitions', (state: StateCore) => {
    const env = state.env as DefinitionsEnv;
    env.own = definitionsOf(env, state.src);
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
  return definitionsOf(env, parsedText);
}
