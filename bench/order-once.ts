import { writeFileSync } from 'node:fs';
import { ingest } from '../src/ingest/index.js';
import { analyzeArticles } from '../src/pipeline/index.js';
import { renderJson, toReport } from '../src/report/index.js';
import { shuffle } from '../test/cluster/evaluation.js';

/** One run over a corpus in one order (0: as given, -1: reversed, else a fixed shuffle); writes the JSON report. */
const [corpus = '', order = '0', out = ''] = process.argv.slice(2);
const seed = Number(order);
const { articles } = await ingest([corpus]);
const ordered = seed === 0 ? articles : seed === -1 ? [...articles].reverse() : shuffle(articles, seed);
const analysis = analyzeArticles(ordered);
writeFileSync(out, renderJson(toReport(analysis.docs, analysis.stories)));
console.log(JSON.stringify({ stories: analysis.stories.length }));
