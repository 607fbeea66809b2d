import raw from '../../media/datasets/nwcast-open-source-ai-2026.json';
import articleText from '../../media/articles/nwcast-open-source-ai-2026.txt';
import { datasetFromJson } from '../core/dataset/validate';
import type { Dataset } from '../core/dataset/types';

export const BUNDLED_ORIGIN = 'bundled';

/** The dataset StatLens ships, with the full text of its article for hovers and "Open in article". */
export function bundledDataset(): Dataset {
  const { dataset, issues } = datasetFromJson(BUNDLED_ORIGIN, raw);
  if (!dataset || issues.length) throw new Error(`the bundled dataset is invalid: ${issues[0]?.message ?? 'unreadable'}`);
  const title = raw.articles[0].title;
  return { ...dataset, articleTexts: { [title]: articleText } };
}

export { articleText as bundledArticleText };
