import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bcubed } from '../src/cluster/index.js';
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

/** Story grouping scored against the corpus's gold events when it has them (ECB+). */
const goldFile = join(dirname(corpus), 'gold.jsonl');
const gold = existsSync(goldFile)
  ? new Map(
      readFileSync(goldFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; event: string })
        .map((g) => [g.id, g.event] as const),
    )
  : null;
const grouping = gold
  ? bcubed(
      analysis.stories.map((s) => ({ id: s.id, articleIds: s.articleIds, copies: {} })),
      gold,
    )
  : null;
console.log(
  JSON.stringify({
    articles: articles.length,
    stories: analysis.stories.length,
    seconds,
    bytes: json.length,
    peakRssMiB: peakRssMiB(),
    bcubedF1: grouping?.f1 ?? null,
  }),
);
