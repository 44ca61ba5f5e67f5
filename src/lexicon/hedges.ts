import type { Hedge } from '../doc/index.js';
import type { TextMapName } from './lists.js';
import { textMap } from './load.js';

const VALUES: readonly Hedge[] = ['about', 'at least', 'at most', 'up to', 'as many as', 'more than', 'fewer than'];

const isHedge = (value: string): value is Hedge => (VALUES as readonly string[]).includes(value);

const hedges = (name: TextMapName): [readonly string[], Hedge][] =>
  [...textMap(name)].map(([phrase, hedge]): [readonly string[], Hedge] => {
    if (!isHedge(hedge)) throw new Error(`data/lexicon/${name}.tsv: "${phrase}" has "${hedge}", not a hedge`);
    return [phrase.split(' '), hedge];
  });

/** Phrases before a figure, as words, with the hedge they make; longer phrases first, so the first match is right. */
export const HEDGES_BEFORE: readonly [readonly string[], Hedge][] = hedges('hedges/before-a-figure').sort(
  (a, b) => b[0].length - a[0].length,
);

/** Words after a figure ("or more", "or so") with the hedge they make. */
export const HEDGES_AFTER: ReadonlyMap<string, Hedge> = new Map(
  hedges('hedges/after-a-figure').map(([words, hedge]) => [words.join(' '), hedge]),
);
