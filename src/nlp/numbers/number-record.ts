/** One number as written: digits, words or both, with its magnitude word. */
export interface NumberRead {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  /** The figure before its magnitude ("3" in "3 million"), so "3 to 5 million" can share the magnitude. */
  readonly base: number;
  readonly scale: number;
  /** "thousands", "tens of thousands": a magnitude standing for an unstated count. */
  readonly vague: boolean;
  readonly worded: boolean;
  /** Set for a single-token range such as "3,000-5,000". */
  readonly low: number | null;
  readonly high: number | null;
}

/** Removes binary noise from products such as 3.4 × 1e9. */
export const tidy = (v: number): number => Number(v.toPrecision(12));

export const make = (
  first: number,
  last: number,
  base: number,
  scale: number,
  extra: Partial<NumberRead> = {},
): NumberRead => ({
  first,
  last,
  value: tidy(base * scale),
  base,
  scale,
  vague: false,
  worded: false,
  low: null,
  high: null,
  ...extra,
});
