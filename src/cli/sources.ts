import * as fs from 'node:fs';
import type { SourceDocument } from '../core/sources/document';
import { textSource } from '../core/sources/read';
import { isBinary, MAX_SOURCE_BYTES, sniffFormat, tooLargeMessage, type SourceFormat } from '../core/sources/sniff';
import { describeError } from './errors';
import { pdfSource } from './pdf';

// Format sniffing lives in the core: the editor reads sources the same way.
export { isBinary, MAX_SOURCE_BYTES, sniffFormat, type SourceFormat };

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
    if (stat.size > MAX_SOURCE_BYTES) return { file, error: tooLargeMessage(stat.size) };
    bytes = fs.readFileSync(file);
    mtime = stat.mtime;
  } catch (error) {
    return { file, error: `cannot read: ${describeError(error, file)}` };
  }
  const format = sniffFormat(file, bytes);
  if (format === 'pdf') return readPdf(bytes, mtime);
  if (isBinary(bytes)) return { file, error: 'a binary file, not text (Markdown, plain text, HTML)' };
  const text = new TextDecoder('utf-8').decode(bytes);
  let html: HtmlReader | undefined;
  if (format === 'html') {
    try {
      html = loadHtmlReader();
    } catch (error) {
      return { file, error: `cannot load the HTML reader: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  const doc = textSource(format, text, html?.htmlSource);
  return typeof doc === 'string' ? { file, error: doc } : { file, format, doc, mtime };
}

type HtmlReader = typeof import('./html/entry');
let htmlReader: HtmlReader | undefined;

/** The HTML reader (Readability and linkedom) lives in dist/html.js, loaded on the first HTML source. */
function loadHtmlReader(): HtmlReader {
  // "statlens-html" is ./html/entry (tsconfig paths); the CLI build keeps it a separate file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (htmlReader ??= require('statlens-html') as HtmlReader);
}
