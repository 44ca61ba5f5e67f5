import { extractMentions } from '../src/nlp/entities/index.js';
import { CORPORA, readCorpus } from '../test/entities/gold-sample.js';
import { goldLayers, type Half, readGold, scoreGold } from '../test/entities/gold-score.js';
import { layerOf } from '../test/entities/helpers.js';

// Standalone: `npx tsx bench/entities.ts [--held] [--verbose]` scores entity mentions on the hand-annotated gold
// sample (the held-out half only with --held) and times extraction over ECB+ and MEANTIME.
const gold = readGold();
const layers = goldLayers(gold);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const halves: Half[] = process.argv.includes('--held') ? ['tune', 'held'] : ['tune'];
for (const half of halves) {
  const s = scoreGold(gold, layers, half);
  console.log(
    `${half}: ${s.gold} gold, ${s.predicted} found; precision ${pct(s.precision)}, recall ${pct(s.recall)}, ` +
      `type accuracy ${pct(s.typeAccuracy)}, span+type recall ${pct(s.typedRecall)}, ` +
      `metonyms ${s.metonymsFound}/${s.metonymsGold}`,
  );
  if (process.argv.includes('--verbose')) for (const e of s.errors) console.log(`  ${e}`);
}

// Text layers are made beforehand: the rate is that of the entity stage alone.
const corpus = [...readCorpus(CORPORA.ecbplus), ...readCorpus(CORPORA.meantime)].map((a) => layerOf(a.text));
const ROUNDS = 3;
let produced = 0;
let others = 0;
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const layer of corpus) {
    const ms = extractMentions(layer);
    produced += ms.length;
    if (round === 0) others += ms.filter((m) => m.type === 'other').length;
  }
}
const seconds = (performance.now() - started) / 1000;
const share = pct((others * ROUNDS) / produced);
console.log(
  `${produced / ROUNDS} mentions per pass over ${corpus.length} articles (${share} other); ` +
    `${(produced / seconds).toFixed(0)} mentions/s`,
);
