/**
 * Throughput of quantity extraction over the ECB+ articles: `npx tsx bench/numbers.ts [--sample N] [--seed S]`.
 * With --sample, also prints N quantities picked by a fixed seed, with their sentences, for checking by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QuantityAnnotation, Sentence } from '../src/doc/index.js';
import { textLayer } from '../src/nlp/index.js';
import { extractQuantities } from '../src/nlp/numbers/index.js';

const file = path.resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

const layers = texts.map((text) => textLayer({ text }));
const found: { q: QuantityAnnotation; sentence: Sentence | undefined }[] = [];
for (const layer of layers) {
  for (const q of extractQuantities(layer)) found.push({ q, sentence: layer.sentences[q.sentence] });
}
// Five timed passes; the median resists other processes on a shared machine.
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  for (const layer of layers) extractQuantities(layer);
  times.push((performance.now() - started) / 1000);
}
const seconds = times.sort((a, b) => a - b)[2] ?? 0;
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`articles: ${texts.length}, characters: ${chars}, quantities: ${found.length}`);
console.log(`extraction, median of 5 passes (tokens and sentences prepared): ${seconds.toFixed(3)} s`);
console.log(
  `throughput: ${(found.length / seconds).toFixed(0)} quantities/s, ${(texts.length / seconds).toFixed(0)} articles/s`,
);

const sampleAt = process.argv.indexOf('--sample');
const size = sampleAt >= 0 ? Number(process.argv[sampleAt + 1] ?? 40) : 0;
const seedAt = process.argv.indexOf('--seed');
let seed = seedAt >= 0 ? Number(process.argv[seedAt + 1] ?? 42) : 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pool = [...found];
for (let i = 0; i < size && pool.length > 0; i++) {
  const [pick] = pool.splice(Math.floor(random() * pool.length), 1);
  if (!pick) continue;
  const { q, sentence } = pick;
  const range = q.high === null ? '' : ` [${q.low}–${q.high}]`;
  console.log(`\n#${i + 1} ${JSON.stringify(q.text)} = ${q.value}${range} ${q.hedge} unit=${q.unit} rate=${q.rate}`);
  console.log(`   what=${JSON.stringify(q.what)} who=${JSON.stringify(q.attributedTo)}`);
  console.log(`   ${sentence?.text.replace(/\s+/g, ' ')}`);
}
