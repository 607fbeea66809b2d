import type { Article, StatRecord } from '../dataset/types';
import { detectClaims } from '../detect/detector';
import { OBJECT } from '../markdown/prose';
import { sentenceBounds } from '../judge/sentences';
import { bindYears } from '../judge/years';
import { attributionFor } from './attribution';
import type { SourceDocument } from './document';
import { describeSubject } from './subject';
import { hash36 } from '../text/hash';

const WINDOW = 400;
/** Sentences longer than this are quoted in part, around each figure. */
const MAX_QUOTE = 1000;

/** What the import writes: a dataset file in the schema's shape, its article listed once. */
export interface ImportedDataset {
  name: string;
  description: string;
  articles: Array<Article & { id: string }>;
  records: Array<Omit<StatRecord, 'article'> & { article: string }>;
}

export interface ImportOptions {
  /** Names the source in every record id ("open-source-ai-models-2026"): keep it stable across imports. */
  sourceKey: string;
  /** The article, front matter and command-line flags already merged; `date` is YYYY(-MM(-DD)). */
  article: Article;
}

/**
 * One record per statistic in a source's prose: the figure as the note detector
 * reads it, its sentence verbatim (a table cell's row with its headers), the
 * subject from the words around it, the organisation the sentence credits (else
 * the publisher) and the year bound to it (else the article's). Ids come from the
 * source key, the sentence and the figure, so an edit elsewhere keeps them.
 */
export function buildDataset(doc: SourceDocument, options: ImportOptions): ImportedDataset {
  const articleId = slug(options.sourceKey) || 'source';
  const article = { id: articleId, ...options.article };
  const documentYear = Number(article.date.slice(0, 4));
  const records: ImportedDataset['records'] = [];
  const seenQuotes = new Map<string, number>();
  const ids = new Set<string>();
  for (const block of doc.blocks) {
    const claims = detectClaims(block.text, { headers: block.headers, topic: block.topic });
    if (claims.length === 0) continue;
    const bounds = block.role === 'cell' ? [0, block.text.length] : sentenceBounds(block.text);
    for (let s = 0; s + 1 < bounds.length; s++) {
      const from = bounds[s];
      const to = bounds[s + 1];
      const inSentence = claims.filter((c) => c.start >= from && c.end <= to);
      if (inSentence.length === 0) continue;
      const sentence = block.text.slice(from, to);
      const long = to - from > MAX_QUOTE;
      const sentenceQuote = long ? '' : clean(block.role === 'cell' && block.row ? block.row : sentence);
      const occurrence = (seenQuotes.get(sentenceQuote) ?? 0) + 1;
      if (!long) seenQuotes.set(sentenceQuote, occurrence);
      const years = bindYears(block.text, from, to, inSentence.map((c) => [c.start, c.end]));
      const seenTexts = new Map<string, number>();
      inSentence.forEach((claim, k) => {
        const text = block.text.slice(claim.start, claim.end);
        const nth = seenTexts.get(text) ?? 0;
        seenTexts.set(text, nth + 1);
        // A run-on "sentence" (no full stops for pages) is quoted from the words around the figure.
        const quote = long ? clean(wordsAround(block.text, Math.max(from, claim.start - WINDOW / 2), Math.min(to, claim.end + WINDOW / 2))) : sentenceQuote;
        if (!quote.includes(text)) return;
        // A cell's subject is its column and row: "MMLU Llama 3 70B".
        // The words near the figure, at most WINDOW either side: a run-on "sentence" of a megabyte costs the same per figure.
        const near = Math.max(from, claim.start - WINDOW);
        const around = block.text.slice(near, Math.min(to, claim.end + WINDOW));
        const { subject, keywords } = block.role === 'cell' && block.headers ? { subject: block.headers, keywords: [] } : describeSubject(around, claim.start - near, claim.end - near);
        const year = years[k].at ?? documentYear;
        const record: ImportedDataset['records'][number] = {
          id: uniqueId(`${articleId}-${hash(`${quote}\u0000${text}\u0000${nth}\u0000${occurrence}`)}`, ids),
          text,
          value: claim.value,
          unit: claim.unit,
          quote,
          subject: clean(subject) || quote,
          source: attributionFor(around, claim.start - near, claim.end - near) ?? article.publisher,
          year,
          article: articleId,
          derived: true,
        };
        if (years[k].since !== undefined && years[k].since !== year) record.since = years[k].since;
        if (occurrence > 1) record.occurrence = occurrence;
        const extra = keywords.filter((w) => !record.subject.includes(w));
        if (extra.length) record.keywords = extra;
        records.push(record);
      });
    }
  }
  return { name: article.title, description: `Statistics imported from ${article.title} (${article.publisher}, ${article.date}).`, articles: [article], records };
}

/** `[start, end)` widened to whole words. */
function wordsAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && s > start - 40 && text[s - 1] !== ' ') s--;
  while (e < text.length && e < end + 40 && text[e] !== ' ') e++;
  return text.slice(s, e);
}

/** A sentence as a quote: stand-ins for code or HTML dropped, spaces collapsed. */
function clean(text: string): string {
  return text.split(OBJECT).join('').replace(/\s+/g, ' ').trim();
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .split('-')
    .filter(Boolean)
    .join('-');
}

/** A record id's hash: `hash36`, padded so every id has the same length. */
export function hash(text: string): string {
  return hash36(text).padStart(11, '0');
}

/** Two identical figures in one identical sentence at the same occurrence cannot happen; this only guards. */
function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}
