import { extractTimexes } from '../src/nlp/dates/index.js';
import { readMeantime, scoreMeantime } from '../test/dates/meantime.js';

// Standalone: `npx tsx bench/dates.ts [--verbose]` scores date expressions on MEANTIME and times the extraction.
const score = scoreMeantime();
console.log(`MEANTIME dates: recall ${score.recall.toFixed(3)} (${score.found}/${score.gold} concrete DATE values)`);
console.log(`precision ${score.precision.toFixed(3)} (${score.correct}/${score.compared} in annotated sentences)`);

// Sentences and tokens are made once beforehand: the rate is that of the date stage alone.
const articles = readMeantime();
const ROUNDS = 5;
let produced = 0;
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const a of articles) produced += extractTimexes(a.body, a.ref, false).length;
}
const seconds = (performance.now() - started) / 1000;
console.log(`${produced} timexes in ${seconds.toFixed(2)} s: ${(produced / seconds).toFixed(0)} timexes/s`);
if (process.argv.includes('--verbose')) {
  for (const line of [...score.missed.map((m) => `missed ${m}`), ...score.wrong.map((w) => `wrong ${w}`)]) {
    console.log(line);
  }
}
