import type { Article, Dataset, StatRecord } from './types';

interface DatasetJson {
  name?: string;
  articles?: Article[];
  records: Array<Omit<StatRecord, 'article'> & { article: string | Article }>;
}

/**
 * A dataset StatLens ships, read without validation: it is validated by the tests
 * (the same result as `datasetFromJson`, with no issues), so the editor need not
 * load the JSON Schema validator for it.
 */
export function trustedDataset(origin: string, json: DatasetJson): Dataset {
  const articles = new Map((json.articles ?? []).map((a) => [a.id ?? '', a]));
  const records: StatRecord[] = json.records.map((r) => ({ ...r, article: typeof r.article === 'string' ? articles.get(r.article)! : r.article }));
  return { origin, name: json.name || origin, records };
}
