import type { Story } from '../../src/doc/index.js';

/** A partition as sorted member lists, for comparing groupings regardless of order. */
export const partition = (stories: readonly Story[]): string[] =>
  stories.map((s) => [...s.articleIds].sort().join(' ')).sort();

/** A fixed permutation (a small LCG), so a "shuffled" run is the same every time. */
export const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return items
    .map((item) => [next(), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);
};
