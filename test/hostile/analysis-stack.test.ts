import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/index.js';
import { sentenceInitial } from '../../src/nlp/quotes/tokens.js';
import { analyzeHostile } from './analysis-helpers.js';
import { HOSTILE_TEXTS, hostileArticle } from './analysis-inputs.js';

describe('no call-stack overflow on long lists or runs', () => {
  it('walks back over 10,000 glued quotation marks without recursion', () => {
    const { tokens } = tokenize(`The ferry${'"'.repeat(10_000)}`);
    expect(tokens.length).toBeGreaterThan(10_000);
    expect(sentenceInitial(tokens, tokens.length - 1)).toBe(false);
  });

  it('analyses 20,000 quotation marks apart from each other', async () => {
    const analysis = await analyzeHostile('marks.txt', hostileArticle('" '.repeat(20_000)));
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.docs[0]?.tokens.length).toBeGreaterThanOrEqual(20_000);
  }, 120_000);

  it('analyses 150,000 one-word paragraphs up to the bound', async () => {
    const analysis = await analyzeHostile(
      'words.txt',
      hostileArticle(HOSTILE_TEXTS.oneWordParagraphs?.(1_050_000) ?? ''),
    );
    expect(analysis.docs[0]?.sentences.length).toBeGreaterThan(15_000);
    expect(analysis.diagnostics.map((d) => d.reason)).toEqual([expect.stringMatching(/^only the first/)]);
  }, 120_000);
});
