import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bcubed } from '../../src/cluster/index.js';
import { ingest } from '../../src/ingest/index.js';
import { type Analysis, analyzeArticles } from '../../src/pipeline/index.js';
import { SEEDS, SHARED } from '../helpers/check-report.js';

const ECB = join(SHARED, 'data/ecbplus');
let analysis: Analysis;
let seedIds: string[];

beforeAll(async () => {
  const seeds = await ingest([SEEDS]);
  const ecb = await ingest([join(ECB, 'articles.jsonl')]);
  seedIds = seeds.articles.map((a) => a.id);
  analysis = analyzeArticles([...ecb.articles, ...seeds.articles]);
});

describe('the whole engine groups real articles into stories', () => {
  it('keeps the reference story exactly one story among the 462 ECB+ articles', () => {
    const holding = analysis.stories.filter((s) => s.articleIds.some((id) => seedIds.includes(id)));
    expect(holding).toHaveLength(1);
    expect([...(holding[0]?.articleIds ?? [])].sort()).toEqual([...seedIds].sort());
  });

  it('matches the ECB+ gold events (B-cubed F1 0.93 or more; 0.941 when written) with annotations on', () => {
    const gold = new Map<string, string>(
      readFileSync(join(ECB, 'gold.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; event: string })
        .map((g) => [g.id, g.event]),
    );
    const stories = analysis.stories.map((s) => ({ id: s.id, articleIds: s.articleIds, copies: {} }));
    const score = bcubed(stories, gold);
    expect(score.f1).toBeGreaterThanOrEqual(0.93);
  });
});
