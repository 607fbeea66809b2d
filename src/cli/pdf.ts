import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceBlock, SourceDocument } from '../core/sources/document';
import { withTopics } from '../core/sources/document';
import { normaliseDate } from '../core/sources/metadata';

/** What we use of pdfjs-dist's text layer. */
interface TextItem {
  str: string;
  hasEOL?: boolean;
  height?: number;
  transform?: number[];
}
interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<TextItem | object> }> }>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(options: object): { promise: Promise<PdfDocument> };
}

/** A specifier the bundler leaves alone: pdfjs-dist is ESM and loaded at run time. */
const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Where pdfjs-dist's legacy build is: the copy beside the bundle (`dist/pdfjs/pdf.mjs`,
 * which esbuild.js writes and the .vsix ships), else the one in node_modules (a CLI
 * installed beside `pdfjs-dist`). Undefined when there is neither.
 */
export function pdfjsLocation(bundleDir: string = __dirname): string | undefined {
  const beside = path.join(bundleDir, 'pdfjs', 'pdf.mjs');
  if (fs.existsSync(beside)) return beside;
  try {
    // Resolved from this file, so an installed CLI finds its own dependency whatever the working directory.
    return require.resolve(PDFJS);
  } catch {
    return undefined;
  }
}
// The CLI bundle is CommonJS; a literal import() would become a require(), which cannot load ESM on Node 20.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * pdfjs says on stdout, as it loads, that it cannot render without @napi-rs/canvas
 * (which the .vsix does not ship): StatLens only reads text, and stdout is a report.
 */
async function withoutRenderingWarnings<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) log(...args);
  };
  try {
    return await load();
  } finally {
    console.log = log;
  }
}

/**
 * A PDF's text as a source, with pdfjs-dist 4.9's legacy build (runs on Node 20),
 * loaded only when a PDF is read. Lines are joined into paragraphs where the
 * vertical gap is small; each block knows its page. The reason, as one line, for
 * an encrypted PDF or one with no text layer (a scan).
 */
export async function pdfSource(bytes: Uint8Array, pdfjsAt: string | undefined = pdfjsLocation()): Promise<SourceDocument | string> {
  let pdfjs: PdfJs;
  try {
    if (!pdfjsAt) throw new Error(`neither dist/pdfjs nor ${PDFJS} is there`);
    const href = pathToFileURL(pdfjsAt).href;
    pdfjs = (await withoutRenderingWarnings(() => importEsm(href))) as PdfJs;
  } catch (error) {
    // The packed CLI installs with no dependencies; reading PDFs is the one thing that needs one.
    return `reading a PDF needs pdfjs-dist 4.9, which the CLI does not install (npm install -g pdfjs-dist@4.9 beside it): ${(error as Error).message.split('\n')[0]}`;
  }
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') return 'an encrypted PDF (password protected): no text can be read';
    return `not a readable PDF: ${(error as Error).message.split('\n')[0]}`;
  }
  try {
    const blocks: SourceBlock[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      blocks.push(...paragraphs(items.filter((i): i is TextItem => typeof (i as TextItem).str === 'string')).map((b) => ({ ...b, page: n })));
    }
    if (!blocks.some((b) => /\p{L}/u.test(b.text))) return 'no text in the PDF (an image-only scan?)';
    const info = (await doc.getMetadata()).info ?? {};
    const meta: SourceDocument['meta'] = {};
    if (typeof info.Title === 'string' && info.Title.trim()) meta.title = info.Title.trim();
    const date = typeof info.CreationDate === 'string' ? pdfDate(info.CreationDate) : undefined;
    if (date) meta.date = date;
    return { blocks: withTopics(blocks), meta };
  } finally {
    await doc.destroy();
  }
}

/** Text items into paragraphs: a new one where the line gap is over 1.5 lines, or a line ends a sentence and the next is much shorter. */
function paragraphs(items: TextItem[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  let current = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, role: 'paragraph' });
    current = '';
  };
  for (const item of items) {
    const y = item.transform?.[5];
    const height = item.height || lastHeight || 10;
    if (y !== undefined && lastY !== undefined && Math.abs(lastY - y) > 1.5 * Math.max(height, lastHeight)) flush();
    // A word broken at a line end ("open-\nsource") is joined; other line ends are spaces.
    current = current.endsWith('-') && item.str && /^\p{Ll}/u.test(item.str) ? current + item.str : current + (current && !current.endsWith(' ') && !item.str.startsWith(' ') ? (item.hasEOL || y !== lastY ? ' ' : '') : '') + item.str;
    if (item.hasEOL) current += ' ';
    if (y !== undefined) lastY = y;
    lastHeight = height;
  }
  flush();
  return out;
}

/** "D:20260404120000Z" → "2026-04-04". */
function pdfDate(text: string): string | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(text);
  if (!m) return normaliseDate(text);
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
