import { describe, expect, it } from 'vitest';
import { MAX_ALIGNED_ARTICLES } from '../../src/pipeline/story-bounds.js';
import { analyzeHostile } from './analysis-helpers.js';
import { nearIdenticalFeed } from './analysis-inputs.js';

describe('a feed flooded with near-identical items', () => {
  it('keeps every article in one story, compares a bounded number of them and says so', async () => {
    const items = 3 * MAX_ALIGNED_ARTICLES;
    const analysis = await analyzeHostile('lantern.xml', nearIdenticalFeed(items));
    expect(analysis.docs).toHaveLength(items);
    const [story, ...others] = analysis.stories;
    expect(others).toEqual([]);
    expect(story?.articleIds).toHaveLength(items);
    expect(new Set(story?.coverage.map((c) => c.articleId))).toEqual(new Set(story?.articleIds));
    expect(story?.quotes.map((q) => q.text)).toEqual(['We are glad to be back']);
    expect(analysis.diagnostics.map((d) => [d.input, d.reason])).toEqual([
      [
        'story "Brindlecombe ferry service resumes (0)"',
        `only ${MAX_ALIGNED_ARTICLES} of its ${items} articles compared (wire copies left out first); the others are listed`,
      ],
    ]);
  }, 120_000);
});
