import { describe, expect, it } from 'vitest';
import { scoreMeantime } from './meantime.js';

describe('dates on MEANTIME (60 Wikinews articles)', () => {
  const score = scoreMeantime();

  it('finds the annotated calendar dates (measured 0.906)', () => {
    expect(score.gold).toBeGreaterThan(90);
    expect(score.recall).toBeGreaterThanOrEqual(0.88);
  });

  it('rarely gives a value the annotators did not (measured 0.956)', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.92);
  });
});
