import { describe, expect, it } from 'vitest';
import {
  articleDate,
  articleWords,
  clusterArticles,
  createStoryIndex,
  estimateJaccard,
  findNearDuplicates,
  type MinHashSignature,
  minhashSignature,
} from '../../src/cluster/index.js';
import type { AnnotatedArticle } from '../../src/doc/index.js';
import { cyclingReport, floodReport, ownReport, wireCopy, wireOriginal, withContentDate } from './fixtures.js';

const members = (stories: ReturnType<typeof clusterArticles>): string[][] =>
  stories.map((s) => [...s.articleIds].sort());

describe('wire copies', () => {
  it('sees a re-datelined, trimmed copy as a copy of the earlier original, and an own report as not', () => {
    const docs = [wireCopy(), ownReport(), wireOriginal(), cyclingReport()];
    const copies = findNearDuplicates(docs);
    expect([...copies]).toEqual([['wire-copy', 'wire-original']]);
    const signature = (doc: AnnotatedArticle): MinHashSignature => minhashSignature(articleWords(doc));
    const original = signature(wireOriginal());
    expect(estimateJaccard(signature(wireCopy()), original)).toBeGreaterThan(0.6);
    expect(estimateJaccard(signature(ownReport()), original)).toBeLessThan(0.1);
  });

  it('keeps copy and original in one story with the copy recorded, and the unrelated race apart', () => {
    const stories = clusterArticles([wireCopy(), ownReport(), wireOriginal(), cyclingReport()]);
    expect(members(stories)).toEqual([['own-report', 'wire-copy', 'wire-original'], ['cycling-report']]);
    expect(stories[0]?.copies).toEqual({ 'wire-copy': 'wire-original' });
    expect(stories[0]?.articleIds).toEqual(['wire-copy', 'own-report', 'wire-original']);
    expect(stories[0]?.id).toMatch(/^story-[0-9a-f]{16}$/);
  });

  it('files the copy under its original in online mode too', () => {
    const index = createStoryIndex();
    const first = index.add(wireOriginal());
    index.add(cyclingReport());
    const second = index.add(wireCopy());
    expect(second).not.toBe(first);
    const story = index.stories().find((s) => s.articleIds.includes('wire-copy' as never));
    expect(story?.articleIds).toEqual(['wire-original', 'wire-copy']);
    expect(story?.id).toBe(second);
    expect(story?.copies).toEqual({ 'wire-copy': 'wire-original' });
  });
});

describe('time', () => {
  it('keeps reports of one flood together and a flood a year later apart', () => {
    const docs = [
      floodReport('first', '2031-03-04'),
      floodReport('second', '2031-03-05'),
      floodReport('third', '2032-02-16'),
      cyclingReport(),
    ];
    expect(members(clusterArticles(docs))).toEqual([
      ['flood-first', 'flood-second'],
      ['flood-third'],
      ['cycling-report'],
    ]);
  });

  it('treats an undated report as neutral, and falls back to the date its text states', () => {
    const undated = floodReport('third', null);
    const dated = [floodReport('first', '2031-03-04'), floodReport('second', '2031-03-05'), cyclingReport()];
    expect(articleDate(undated)).toBeNull();
    expect(members(clusterArticles([...dated, undated]))).toEqual([
      ['flood-first', 'flood-second', 'flood-third'],
      ['cycling-report'],
    ]);
    const stated = withContentDate(undated, '2032-02-16');
    expect(articleDate(stated)).toBe('2032-02-16');
    expect(members(clusterArticles([...dated, stated]))).toEqual([
      ['flood-first', 'flood-second'],
      ['cycling-report'],
      ['flood-third'],
    ]);
  });
});
