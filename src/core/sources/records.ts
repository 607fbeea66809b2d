import type { Article, StatRecord } from '../dataset/types';
import { detectClaims } from '../detect/detector';
import { OBJECT } from '../markdown/prose';
import { sentenceBounds } from '../judge/sentences';
import { bindYears } from '../judge/years';
import { attributionFor } from './attribution';
import type { SourceDocument } from './document';
import { describeSubject } from './subject';

const WINDOW = 400;

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
      const quote = clean(block.role === 'cell' && block.row ? block.row : sentence);
      const occurrence = (seenQuotes.get(quote) ?? 0) + 1;
      seenQuotes.set(quote, occurrence);
      const years = bindYears(block.text, from, to, inSentence.map((c) => [c.start, c.end]));
      inSentence.forEach((claim, k) => {
        const text = block.text.slice(claim.start, claim.end);
        if (!quote.includes(text)) return;
        // A cell's subject is its column and row: "MMLU Llama 3 70B".
        // The words near the figure, at most WINDOW either side: a run-on "sentence" of a megabyte costs the same per figure.
        const near = Math.max(from, claim.start - WINDOW);
        const around = block.text.slice(near, Math.min(to, claim.end + WINDOW));
        const { subject, keywords } = block.role === 'cell' && block.headers ? { subject: block.headers, keywords: [] } : describeSubject(around, claim.start - near, claim.end - near);
        const nth = inSentence.slice(0, k).filter((c) => block.text.slice(c.start, c.end) === text).length;
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

/** 53 bits of cyrb53, in base 36: short, stable, and the same in every runtime. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/** Two identical figures in one identical sentence at the same occurrence cannot happen; this only guards. */
function uniqueId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}
