import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { layerOf, loadGold, score, speakerMatches } from './gold.js';

/** Figures reached on hand-annotated real articles (see gold/README.md), less a small margin. */
const FLOORS = {
  'meantime.json': { precision: 0.97, recall: 0.97, f1: 0.97, speakerAccuracy: 0.95 },
  'ecbplus.json': { precision: 0.95, recall: 0.95, f1: 0.95, speakerAccuracy: 0.95 },
  'ecbplus-heldout.json': { precision: 0.96, recall: 0.96, f1: 0.96, speakerAccuracy: 0.96 },
  'ecbplus-blind.json': { precision: 0.96, recall: 0.95, f1: 0.96, speakerAccuracy: 0.93 },
  'article-extraction-dev.json': { precision: 0.97, recall: 0.97, f1: 0.97, speakerAccuracy: 0.95 },
  'article-extraction-heldout.json': { precision: 0.96, recall: 0.96, f1: 0.96, speakerAccuracy: 0.92 },
  'article-extraction-blind.json': { precision: 0.95, recall: 0.92, f1: 0.94, speakerAccuracy: 0.89 },
} as const;

describe('quotes against hand annotation of ECB+, MEANTIME and web news articles', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: precision, recall, F1 and speaker accuracy stay above their floors`, () => {
      const cases = loadGold(file);
      expect(cases.every((c) => c.text.length > 0)).toBe(true);
      const found = new Map(cases.map((c) => [c.id, extractQuotes(layerOf(c.text), [])]));
      const s = score(cases, found);
      expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(s.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(s.speakerAccuracy).toBeGreaterThanOrEqual(floor.speakerAccuracy);
    });
  }

  it('covers at least 120 quotes over at least 40 articles', () => {
    const cases = Object.keys(FLOORS).flatMap((f) => loadGold(f));
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.reduce((n, c) => n + c.quotes.length, 0)).toBeGreaterThanOrEqual(120);
  });

  it('judges speakers by surname or role head, and an unknown speaker only by null', () => {
    expect(speakerMatches(['Antony Blinken'], 'Blinken')).toBe(true);
    expect(speakerMatches(['Antony Blinken'], 'Mr. Blinken')).toBe(true);
    expect(speakerMatches(['a defence spokesperson'], 'spokesperson')).toBe(true);
    expect(speakerMatches(['Antony Blinken'], 'Lloyd Austin')).toBe(false);
    expect(speakerMatches(null, null)).toBe(true);
    expect(speakerMatches(null, 'Blinken')).toBe(false);
  });
});
