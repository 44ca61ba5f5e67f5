import { resolve } from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { analyzeArticles } from '../src/pipeline/index.js';
import { renderJson, toReport } from '../src/report/index.js';
import { peakRssMiB } from './lib.js';

/** One timed run of the whole engine (read, annotate, group, align, render) over a corpus; prints one JSON line. */
const corpus = process.argv[2] ?? resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');
const started = performance.now();
const { articles } = await ingest([corpus]);
const analysis = analyzeArticles(articles);
const json = renderJson(toReport(analysis.docs, analysis.stories));
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    articles: articles.length,
    stories: analysis.stories.length,
    seconds,
    bytes: json.length,
    peakRssMiB: peakRssMiB(),
  }),
);
