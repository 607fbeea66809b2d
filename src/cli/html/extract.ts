import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../core/dataset/types';
import { tableBlocks, withTopics, type SourceBlock, type SourceDocument } from '../../core/sources/document';
import { normaliseDate } from '../../core/sources/metadata';

/** The little of the DOM this reader uses (the project compiles without the DOM library). */
interface DomElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomElement;
  remove(): void;
}
interface DomDocument extends DomElement {
  body: DomElement | null;
  documentElement: DomElement | null;
}

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/**
 * A saved web page as a source: its metadata (title, og:site_name,
 * article:published_time, the canonical URL) and the text blocks of its main
 * content, found by Mozilla's Readability (Firefox's reader view) on a linkedom
 * DOM. Where Readability finds no article, the whole body is read. Built into its
 * own bundle (dist/html.js), loaded only when an HTML source is read.
 */
export function htmlSource(html: string): SourceDocument {
  const document = parse(html);
  const meta = pageMeta(document);
  let root: DomElement | null = null;
  try {
    // Readability changes the DOM it reads: give it its own copy.
    const parsed = new Readability(parse(html) as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (parsed?.content) root = parse(`<!doctype html><html><body>${parsed.content}</body></html>`).body;
    if (parsed?.siteName && !meta.publisher) meta.publisher = parsed.siteName.trim();
    if (parsed?.publishedTime && !meta.date) meta.date = normaliseDate(parsed.publishedTime);
    if (parsed?.title && !meta.title) meta.title = parsed.title.trim();
  } catch {
    root = null;
  }
  const blocks: SourceBlock[] = [];
  const body = root ?? document.body ?? document.documentElement;
  if (body) collect(body, blocks);
  if (!meta.date) delete meta.date;
  return { blocks: withTopics(blocks), meta };
}

function pageMeta(document: DomDocument): Partial<Article> {
  const content = (selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = content('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim();
  const publisher = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]');
  const published = content('meta[property="article:published_time"]') ?? content('meta[name="date"]') ?? content('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || content('meta[property="og:url"]');
  const meta: Partial<Article> = {};
  if (title) meta.title = squash(title);
  if (publisher) meta.publisher = squash(publisher);
  const date = published ? normaliseDate(published) : undefined;
  if (date) meta.date = date;
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
}

const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DD', 'DT', 'FIGCAPTION', 'CAPTION', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'CODE', 'PRE']);

/** Text blocks in reading order: each leaf block element (a paragraph, list item, heading), and each table as rows. */
function collect(element: DomElement, out: SourceBlock[]): void {
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'TABLE') {
      const rows = Array.from(child.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((cell) => squash(cell.textContent ?? '')));
      out.push(...tableBlocks(rows.filter((r) => r.some(Boolean))));
      continue;
    }
    const hasBlocks = Array.from(child.querySelectorAll('*')).some((d) => BLOCK.has(d.tagName.toUpperCase()));
    if (hasBlocks) {
      collect(child, out);
      continue;
    }
    const text = squash(textOf(child));
    if (!text) continue;
    out.push({ text, role: /^H[1-6]$/.test(tag) ? 'heading' : 'paragraph' });
  }
}

/** An element's text without its scripts and code. */
function textOf(element: DomElement): string {
  const clone = element.cloneNode(true);
  for (const skip of Array.from(clone.querySelectorAll('script, style, code, sup.reference'))) skip.remove();
  return clone.textContent ?? '';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
