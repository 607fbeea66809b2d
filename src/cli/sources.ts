import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceDocument } from '../core/sources/document';
import { markdownSource } from '../core/sources/markdown';
import { plainTextSource } from '../core/sources/plainText';
import { describeError } from './errors';
import { pdfSource } from './pdf';

/** Sources larger than this are refused, not read: a saved article is a few MB at most. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

export type SourceFormat = 'markdown' | 'text' | 'html' | 'pdf';

/** A source read and turned into prose blocks, or the one-line reason it could not be. */
export type ReadSource = { file: string; format: SourceFormat; doc: SourceDocument; mtime: Date } | { file: string; error: string };

/** A PDF found by `readSource`: its bytes, for the (asynchronous, lazily loaded) PDF reader. */
export const PDF_PENDING = 'PDF sources are read by statlens import only: import it and name the dataset in "datasets"';

/**
 * Reads one source file: refuses what is not a regular file or is over the size
 * limit, sniffs the format (PDF by its header, HTML by its extension or opening
 * tag, Markdown by extension, otherwise text), refuses binary content, and hands
 * the text to the reader for its format. Never throws.
 */
export function readSource(file: string): ReadSource {
  return readSourceWith(file, () => ({ file, error: PDF_PENDING }));
}

/** As readSource, and a PDF is read too (statlens import). */
export async function readSourceAsync(file: string): Promise<ReadSource> {
  let pdf: Promise<ReadSource> | undefined;
  const read = readSourceWith(file, (bytes, mtime) => {
    pdf = pdfSource(bytes).then((doc) => (typeof doc === 'string' ? { file, error: doc } : { file, format: 'pdf', doc, mtime }));
    return { file, error: PDF_PENDING };
  });
  return pdf ?? read;
}

function readSourceWith(file: string, readPdf: (bytes: Uint8Array, mtime: Date) => ReadSource): ReadSource {
  let bytes: Buffer;
  let mtime: Date;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { file, error: 'not a regular file' };
    if (stat.size > MAX_SOURCE_BYTES) return { file, error: `too large (${(stat.size / 1048576).toFixed(1)} MB; sources are limited to ${MAX_SOURCE_BYTES / 1048576} MB)` };
    bytes = fs.readFileSync(file);
    mtime = stat.mtime;
  } catch (error) {
    return { file, error: `cannot read: ${describeError(error, file)}` };
  }
  const format = sniffFormat(file, bytes);
  if (format === 'pdf') return readPdf(bytes, mtime);
  if (isBinary(bytes)) return { file, error: 'a binary file, not text (Markdown, plain text, HTML)' };
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    const doc = format === 'html' ? loadHtmlReader().htmlSource(text) : format === 'markdown' ? markdownSource(text) : plainTextSource(text);
    if (!doc.blocks.some((b) => b.text.trim())) return { file, error: format === 'html' ? 'no text found in the page (broken or empty HTML?)' : 'no text found' };
    return { file, format, doc, mtime };
  } catch (error) {
    return { file, error: `cannot read as ${format}: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function sniffFormat(file: string, bytes: Uint8Array): SourceFormat {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  const ext = path.extname(file).toLowerCase();
  if (['.html', '.htm', '.xhtml', '.shtml'].includes(ext) || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (['.md', '.markdown', '.mdown', '.mkd', '.mdx'].includes(ext)) return 'markdown';
  return 'text';
}

/** NUL bytes, or many bytes that are not UTF-8, in the first 8 KB: a binary file. */
export function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const decoded = new TextDecoder('utf-8').decode(head);
  const bad = decoded.split('\uFFFD').length - 1;
  return bad > 8 && bad > head.length / 100;
}

type HtmlReader = typeof import('./html/entry');
let htmlReader: HtmlReader | undefined;

/** The HTML reader (Readability and linkedom) lives in dist/html.js, loaded on the first HTML source. */
function loadHtmlReader(): HtmlReader {
  // "statlens-html" is ./html/entry (tsconfig paths); the CLI build keeps it a separate file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (htmlReader ??= require('statlens-html') as HtmlReader);
}
