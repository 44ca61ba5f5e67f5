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

/** ECB+ topic of a gold event label ("12-ecbplus" → "12"). */
export const topicOf = (event: string): string => event.split('-')[0] ?? event;

/**
 * The topics dealt at random into `parts` groups, `rounds` times: held-out style subsets of the corpus, each with
 * both events of every topic it holds. Returns the topic sets.
 */
export const topicSubsets = (
  gold: ReadonlyMap<string, string>,
  parts: number,
  rounds: number,
  seed: number,
): Set<string>[] => {
  const topics = [...new Set([...gold.values()].map(topicOf))].sort();
  const out: Set<string>[] = [];
  for (let round = 0; round < rounds; round++) {
    const dealt = shuffle(topics, seed + round);
    for (let p = 0; p < parts; p++) out.push(new Set(dealt.filter((_, i) => i % parts === p)));
  }
  return out;
};
