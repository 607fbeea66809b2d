import type { Article } from '../dataset/types';
import type { SourceDocument } from './document';
import { markdownSource } from './markdown';
import { plainTextSource } from './plainText';
import { buildDataset, slug, type ImportedDataset } from './records';
import type { SourceFormat } from './sniff';

/** Reads a saved web page; the adapters load it (Readability on linkedom) only when an HTML source is read. */
export type HtmlReader = (html: string) => SourceDocument;

/**
 * A text source's prose blocks, or the one line saying why there are none. The CLI
 * and the editor both read Markdown, text and HTML sources through here; the caller
 * decodes the bytes (after `isBinary`) and loads the HTML reader.
 */
export function textSource(format: Exclude<SourceFormat, 'pdf'>, text: string, html?: HtmlReader): SourceDocument | string {
  try {
    if (format === 'html' && !html) return 'HTML sources cannot be read here (the HTML reader did not load)';
    const doc = format === 'html' ? html!(text) : format === 'markdown' ? markdownSource(text) : plainTextSource(text);
    if (!doc.blocks.some((b) => b.text.trim())) return format === 'html' ? 'no text found in the page (broken or empty HTML?)' : 'no text found';
    return doc;
  } catch (error) {
    return `cannot read as ${format}: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** A config source's key, which names its records' ids: its path from the config's folder, without the extension. */
export function sourceKeyOf(relativePath: string): string {
  return slug(relativePath.replace(/\.[^./]+$/, ''));
}

/**
 * The article a source names (front matter, page or PDF metadata), its gaps filled:
 * the file name for a title, the URL's host or "unknown publisher", the file's date.
 */
export function articleOf(meta: Partial<Article>, fileName: string, modified: string): Article {
  const host = meta.url ? /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(meta.url)?.[1] : undefined;
  return {
    title: meta.title ?? fileName,
    publisher: meta.publisher ?? host ?? 'unknown publisher',
    date: meta.date ?? modified,
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.section ? { section: meta.section } : {}),
  };
}

/**
 * A config's source as a dataset, as `statlens import` would write it: the records of
 * `buildDataset`, or "no statistics found". `modified` is the file's date (YYYY-MM-DD).
 */
export function sourceDataset(doc: SourceDocument, relativePath: string, modified: string): ImportedDataset | string {
  const fileName = relativePath.split('/').pop() ?? relativePath;
  const imported = buildDataset(doc, { sourceKey: sourceKeyOf(relativePath), article: articleOf(doc.meta, fileName, modified) });
  return imported.records.length === 0 ? 'no statistics found' : imported;
}
