import type { StatRecord } from './types';

/** One figure as a writer sees it: a record, and the other records that state the very same thing. */
export interface DistinctFigure {
  record: StatRecord;
  /** How many times the article states it (2 when its lede repeats a sentence of its body). */
  times: number;
}

/**
 * Records that differ only in where the article says them (an article that repeats its
 * lede in the body gives two records with one figure, quote, subject, source and year)
 * are one figure to a writer picking a statistic: listed once, under its first record,
 * which opens at the first place the article says it.
 */
export function distinctFigures(records: readonly StatRecord[]): DistinctFigure[] {
  const byStatement = new Map<string, DistinctFigure>();
  for (const record of records) {
    const key = JSON.stringify([record.text, record.value, record.unit, record.quote, record.subject, record.source, record.year, record.since, record.article.title, record.article.publisher]);
    const seen = byStatement.get(key);
    if (seen) seen.times++;
    else byStatement.set(key, { record, times: 1 });
  }
  return [...byStatement.values()];
}
