import { expect } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { type Analysis, analyzeArticles } from '../../src/pipeline/index.js';
import { writeInput } from './analysis-inputs.js';

/** Reads a hostile input as the command line does and analyses it; every article must come back with valid offsets. */
export const analyzeHostile = async (name: string, content: string): Promise<Analysis> => {
  const { articles } = await ingest([writeInput(name, content)]);
  expect(articles.length).toBeGreaterThan(0);
  const analysis = analyzeArticles(articles);
  const ids = (list: readonly { id: string }[]): string[] => list.map((a) => a.id).sort();
  expect(ids(analysis.docs.map((d) => d.article))).toEqual(ids(articles));
  for (const doc of analysis.docs) {
    for (const s of doc.sentences) expect(s.text).toBe(doc.article.text.slice(s.start, s.end));
    for (const t of doc.tokens) expect(t.text).toBe(doc.article.text.slice(t.start, t.end));
  }
  return analysis;
};
