import type { SourceDocument } from './document';

/** A source's prose as one text, as the editor shows an HTML page or a PDF: read-only, quotes findable. */
export interface ExtractedText {
  text: string;
  /** For a PDF: where each page starts in `text`, in page order. */
  pages: Array<{ page: number; start: number }>;
}

/**
 * The blocks the import read, one paragraph each, separated by blank lines; a table
 * row once, as its quote reads ("Model: Llama 2; MMLU: 68.9"); a PDF's pages
 * introduced by "— page N —". Every record's quote of a short sentence is found in
 * it verbatim, since quotes are cut from these same blocks.
 */
export function extractedText(doc: SourceDocument): ExtractedText {
  const parts: string[] = [];
  const pages: ExtractedText['pages'] = [];
  let length = 0;
  let page: number | undefined;
  let lastRow: string | undefined;
  const push = (line: string): void => {
    parts.push(line);
    length += line.length + 2;
  };
  for (const block of doc.blocks) {
    if (block.page !== undefined && block.page !== page) {
      page = block.page;
      pages.push({ page, start: length });
      push(`— page ${page} —`);
    }
    if (block.role === 'cell' && block.row) {
      if (block.row !== lastRow) push(block.row);
      lastRow = block.row;
      continue;
    }
    lastRow = undefined;
    push(block.text);
  }
  return { text: parts.join('\n\n'), pages };
}

/** The page an offset of an extracted text is on, if the source is paged. */
export function pageAt(extracted: ExtractedText, offset: number): number | undefined {
  let found: number | undefined;
  for (const p of extracted.pages) if (p.start <= offset) found = p.page;
  return found;
}

/**
 * Where a record's quote is in a source's text, `[start, end)`: verbatim (its
 * `occurrence`-th time); else ignoring case, spacing and markup (a Markdown file's
 * `**bold**`, line breaks and entities); else, where the quote's words are broken by
 * a link's target, its opening words; else the figure itself. Undefined when none is found.
 */
export function locateQuote(text: string, quote: string, figure: string, occurrence = 1): { start: number; end: number } | undefined {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    const next = text.indexOf(quote, at + 1);
    if (next < 0) break;
    at = next;
  }
  if (at >= 0) return { start: at, end: at + quote.length };
  const loose = looseIndex(text);
  const wanted = looseIndex(quote).chars;
  const found = wanted ? loose.chars.indexOf(wanted) : -1;
  if (found >= 0) {
    let end = loose.offsets[found + wanted.length - 1] + 1;
    // The sentence's closing punctuation, which the loose match leaves out.
    const closing = closingOf(quote);
    if (closing && text.startsWith(closing, end)) end += closing.length;
    return { start: loose.offsets[found], end };
  }
  // The quote's opening words, up to its figure: enough to select the sentence's start.
  const opening = looseIndex(quote.slice(0, Math.max(quote.indexOf(figure), 40))).chars;
  const start = opening.length >= 12 ? loose.chars.indexOf(opening) : -1;
  if (start >= 0) {
    const from = loose.offsets[start];
    const fig = text.indexOf(figure, from);
    const end = fig >= 0 && fig - from < quote.length * 2 ? fig + figure.length : loose.offsets[start + opening.length - 1] + 1;
    return { start: from, end };
  }
  const fig = text.indexOf(figure);
  return fig >= 0 ? { start: fig, end: fig + figure.length } : undefined;
}

/** The characters after a quote's last letter or digit ("." or ".\u201d"), without spaces. */
function closingOf(quote: string): string {
  let at = quote.length;
  while (at > 0 && !LOOSE.test(quote[at - 1])) at--;
  return quote.slice(at).trim();
}

const LOOSE = /[\p{L}\p{N}%$€£¥]/u;

/** The letters and digits of a text, lower-cased, each with its offset in the text; a Markdown link's target is left out. */
function looseIndex(text: string): { chars: string; offsets: number[] } {
  const offsets: number[] = [];
  let chars = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ']' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      if (close > 0 && close - i < 2000 && !/\s/.test(text.slice(i + 2, close))) {
        i = close;
        continue;
      }
    }
    const c = text[i];
    if (LOOSE.test(c)) {
      const lower = c.toLowerCase();
      chars += lower.length === 1 ? lower : c;
      offsets.push(i);
    }
  }
  return { chars, offsets };
}
