import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleFeatures,
  createStoryIndex,
  type FeaturesJson,
  featuresFromJson,
  featuresToJson,
} from '../../src/cluster/index.js';
import { ingest } from '../../src/ingest/index.js';
import { annotateArticle } from '../../src/nlp/index.js';
import { SHARED } from '../helpers/check-report.js';

describe('article features kept as JSON', () => {
  it('rebuild an online index that files 120 ECB+ articles exactly as the articles themselves do', async () => {
    const { articles } = await ingest([join(SHARED, 'data/ecbplus/articles.jsonl')]);
    const docs = articles.slice(0, 120).map(annotateArticle);
    const direct = createStoryIndex();
    for (const d of docs) direct.add(d);
    const rebuilt = createStoryIndex();
    for (const d of docs) {
      const stored = JSON.parse(JSON.stringify(featuresToJson(articleFeatures(d)))) as FeaturesJson;
      rebuilt.addFeatures(d.article.id, featuresFromJson(stored));
    }
    expect(rebuilt.stories()).toEqual(direct.stories());
    expect(direct.stories().length).toBeGreaterThan(3);
    for (const d of docs.slice(0, 10)) {
      const id = d.article.id;
      expect(rebuilt.storyOf(id)).toEqual(direct.stories().find((s) => s.articleIds.includes(id)));
    }
  });
});
