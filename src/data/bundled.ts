import raw from '../../media/datasets/nwcast-open-source-ai-2026.json';
import articleText from '../../media/articles/nwcast-open-source-ai-2026.txt';
import { trustedDataset } from '../core/dataset/trusted';
import type { Dataset } from '../core/dataset/types';

export const BUNDLED_ORIGIN = 'bundled';

/**
 * The dataset StatLens ships, with the full text of its article for hovers and "Open
 * in article". Validated by the unit tests, not at run time (see trustedDataset).
 */
export function bundledDataset(): Dataset {
  const dataset = trustedDataset(BUNDLED_ORIGIN, raw as unknown as Parameters<typeof trustedDataset>[1]);
  const title = raw.articles[0].title;
  return { ...dataset, articleTexts: { [title]: articleText } };
}

export { articleText as bundledArticleText };
