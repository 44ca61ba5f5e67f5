import type { Draft, GenContext } from '../cases.js';
import type { Rng } from '../prng.js';

const SYLLABLES = ['Bor', 'Vel', 'Quin', 'Tar', 'Mos', 'Ell', 'Dun', 'Rav', 'Ost', 'Kel'];

const capitalisedFlood = (rng: Rng, n: number): string =>
  Array.from({ length: n }, () => `${rng.pick(SYLLABLES)}${rng.pick(SYLLABLES).toLowerCase()}`).join(' ');

/** One pathological run inside an otherwise good article: the article must still come through. */
const RUNS: Record<string, (rng: Rng) => string> = {
  'one-huge-token': (rng) => rng.pick(['x', 'ab', '9', 'é']).repeat(rng.int(100_000, 2_000_000)),
  'comma-ones': (rng) => '1,'.repeat(rng.int(10_000, 200_000)),
  dashes: () => '-'.repeat(100 * 1024),
  'quote-angle': (rng) => '">'.repeat(rng.int(10_000, 200_000)),
  'many-quotes': (rng) => rng.pick(['"', '""" ', '“', "'", '«»']).repeat(rng.int(10_000, 200_000)),
  'capitalised-flood': (rng) => capitalisedFlood(rng, rng.int(5_000, 60_000)),
  'one-word-paragraphs': (rng) =>
    Array.from({ length: rng.int(1000, 20_000) }, () => `${rng.pick(SYLLABLES)}.`).join('\n\n'),
  'figure-flood': (rng) => Array.from({ length: rng.int(2000, 30_000) }, (_, i) => `$${i} million`).join(', '),
  'endless-sentence': (rng) => 'and the harbour wall grew '.repeat(rng.int(5_000, 60_000)),
  'parenthesis-run': (rng) => '('.repeat(rng.int(10_000, 100_000)),
};

export const longRuns = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const kind = rng.pick(Object.keys(RUNS));
  const run = RUNS[kind]?.(rng) ?? '';
  const before = rng.chance(0.5);
  const body = before ? `${run}\n\n${a.text}` : `${a.text}\n\n${run}`;
  const asJson = rng.chance(0.25);
  const data = asJson ? JSON.stringify({ title: a.title, text: body }) : `${a.title}\n${body}`;
  return { kind, entries: [{ name: `${kind}${asJson ? '.json' : '.txt'}`, data, good: a.marker }] };
};
