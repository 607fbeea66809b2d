import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import frontMatter from 'markdown-it-front-matter';
import { tex } from '@mdit/plugin-tex';
import { keepFootnotesInPlace } from './footnotes';
import { inlinePositions } from './inlinePositions';
import { boundedNesting } from './nesting';
import { tableRowSources } from './tableRows';

/**
 * The one markdown-it configuration StatLens reads notes with: CommonMark plus
 * GFM tables, raw HTML (so comments and tags are recognised, never scanned),
 * footnotes, front matter and `$…$` math, with source positions for inline tokens.
 * Nothing is ever rendered.
 */
export function createMarkdownParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.use(frontMatter, () => undefined);
  // @types/markdown-it-footnote is typed against markdown-it's CommonJS declarations.
  md.use(footnote as unknown as PluginSimple);
  md.use(keepFootnotesInPlace);
  md.use(tex, { render: () => '' });
  md.use(inlinePositions);
  md.use(tableRowSources);
  md.use(boundedNesting);
  return md;
}
