import { describe, expect, it } from 'vitest';
import { showsValue } from '../../src/align/numbers/grounded.js';

describe('a cited sentence must show the figure', () => {
  it('accepts digits with or without commas, scale words and small number words', () => {
    expect(showsValue(8000, 'The invented town counted 8,000 lanterns.')).toBe(true);
    expect(showsValue(22e9, 'The fictional port signed a $22 billion deal.')).toBe(true);
    expect(showsValue(1.5e6, 'About 1.5 million invented visitors came.')).toBe(true);
    expect(showsValue(3, 'Three imaginary ferries sailed.')).toBe(true);
    expect(showsValue(0.5, 'Rates rose 0.5 points in the made-up market.')).toBe(true);
  });

  it('refuses forms a reader cannot match to the value', () => {
    expect(showsValue(12, 'A dozen fictional boats arrived.')).toBe(false);
    expect(showsValue(269e6, 'The invented airline made $269m.')).toBe(false);
    expect(showsValue(500, 'The Quillon Five Hundred is an invented car.')).toBe(false);
    expect(showsValue(800, 'The invented tally reached 8,000.')).toBe(false);
  });
});
