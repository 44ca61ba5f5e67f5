import { describe, expect, it } from 'vitest';
import { scoreExtraction } from '../../bench/extraction.js';

/** Measured with `npx tsx bench/extraction.ts`; Readability.js alone scores 0.947 on these pages. */
const MEASURED_F1 = 0.961;

describe('main-text extraction on the article-extraction benchmark', () => {
  it('keeps F1 within 0.02 of the measured figure and reads every page', async () => {
    const score = await scoreExtraction();
    expect(score.pages).toBe(181);
    expect(score.failures).toBe(0);
    expect(score.f1).toBeGreaterThan(MEASURED_F1 - 0.02);
  });
});
