import type { Token } from '../../doc/index.js';
import type { Counted } from './counted.js';
import type { QuantityCore } from './read-quantity.js';
import { sliceText } from './words.js';

const CLOSERS = /^[,.;)]$/;

const age = (who: string): Counted => ({ what: `age of ${who}`, nucleus: `age of ${who}`, head: 'age', rate: null });

/** The name a sentence opens with, before the figure at `end`: whose age "…, aged 85" gives. */
const firstName = (text: string, toks: readonly Token[], end: number): string | null => {
  const runs: [number, number][] = [];
  for (let j = 0; j < end; j++) {
    if (toks[j]?.pos !== 'PROPN') continue;
    const start = j;
    while (j + 1 < end && toks[j + 1]?.pos === 'PROPN') j++;
    runs.push([start, j]);
  }
  const run = runs.find(([a, b]) => b > a) ?? runs[0];
  return run ? sliceText(text, toks, run[0], run[1]) : null;
};

/** "Raj Chohan, 59, of Queens" and "…, aged 85": a bare number set off after a name is that person's age. */
export const ageApposition = (text: string, toks: readonly Token[], core: QuantityCore): Counted | null => {
  const { value, number } = core;
  if (core.unit !== null || number.worded || !Number.isInteger(value) || value < 1 || value > 120) return null;
  const before = (k: number) => toks[core.first - k]?.normal ?? '';
  const died = before(1) === 'at' && toks[core.first - 2]?.lemma === 'die';
  const stated = before(1) === 'aged' || (before(1) === 'of' && before(2) === 'age');
  if (stated || died) {
    const who = firstName(text, toks, core.first);
    return who ? age(who) : { what: 'age', nucleus: 'age', head: 'age', rate: null };
  }
  const name = toks[core.first - 2];
  if (toks[core.first - 1]?.text !== ',' || name?.pos !== 'PROPN') return null;
  const next = toks[core.last + 1];
  if (next && !CLOSERS.test(next.text)) return null;
  let first = core.first - 2;
  while (first > 0 && toks[first - 1]?.pos === 'PROPN' && core.first - first < 5) first--;
  return age(sliceText(text, toks, first, core.first - 2));
};
