import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import frontMatter from 'markdown-it-front-matter';
import { tex } from '@mdit/plugin-tex';
import { seededDefinitions } from './definitions';
import { inlinePositions } from './inlinePositions';
import { boundedNesting } from './nesting';
import { footnoteDefinitionLines } from './footnoteLines';
import { obsidianComments } from './obsidianComments';
import { shortcodes } from './shortcodes';
import { tableRowSources } from './tableRows';
import { tomlFrontMatter } from './tomlFrontMatter';
import { trailingDollars } from './trailingDollars';

/**
 * The one markdown-it configuration StatLens reads notes with: CommonMark plus
 * GFM tables, raw HTML (so comments and tags are recognised, never scanned),
 * footnotes, front matter (YAML's `---` and TOML's `+++`), `$…$` math and Obsidian `%% comments %%`, with source
 * positions for inline tokens.
 * Nothing is ever rendered.
 */
export function createMarkdownParser({ frontMatter: withFrontMatter = true } = {}): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Front matter only opens a note; a part of a note parsed alone never has any.
  if (withFrontMatter) md.use(frontMatter, () => undefined).use(tomlFrontMatter);
  // @types/markdown-it-footnote is typed against markdown-it's CommonJS declarations.
  md.use(footnote as unknown as PluginSimple);
  // The plugin's tail moves definitions to the end for rendering (and copies the whole
  // token stream once per footnote doing it). Left in place, a definition is prose in
  // source order, judged in its own section, and a note re-checks section by section.
  md.core.ruler.disable('footnote_tail');
  md.use(tex, { render: () => '' });
  md.use(trailingDollars);
  md.use(seededDefinitions);
  md.use(inlinePositions);
  md.use(tableRowSources);
  md.use(footnoteDefinitionLines);
  md.use(boundedNesting);
  md.use(obsidianComments);
  md.use(shortcodes);
  return md;
}
