/**
 * Alignment cost per story: `npx tsx bench/align.ts`. Articles are read and annotated first (not timed); then
 * alignClaims runs on the seed story, on the first 50 ECB+ reports (three topics), and on a dense 48-article story
 * made of the seed reports repeated (every claim matches a dozen others). Prints the median of several runs.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignClaims } from '../src/align/claims/index.js';
import { type AnnotatedArticle, articleId, type Story, storyId } from '../src/doc/index.js';
import { textLayer } from '../src/nlp/index.js';
import { median } from './lib.js';

const RUNS = 7;
const data = path.resolve(import.meta.dirname, '../../shared');

const annotated = (id: string, text: string): AnnotatedArticle => {
  const article = { id: articleId(id), source: id, outlet: null, title: null, published: null, url: null, text };
  const { sentences, tokens } = textLayer(article);
  return { article, sentences, tokens, annotations: [], referenceDate: null, referenceDateInferred: false };
};

const storyOf = (docs: readonly AnnotatedArticle[]): Story => ({
  id: storyId('bench'),
  articleIds: docs.map((d) => d.article.id),
  copies: {},
});

const seeds = (): { id: string; text: string }[] =>
  readdirSync(path.join(data, 'seeds'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(path.join(data, 'seeds', f), 'utf8').replace(/^\s*date \S+ /, '') }));

/** The first 50 ECB+ articles: three topics, each two events of one kind, reported by many outlets. */
const ecb = (): { id: string; text: string }[] =>
  readFileSync(path.join(data, 'data/ecbplus/articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .slice(0, 50);

const measure = (name: string, inputs: { id: string; text: string }[]): void => {
  const docs = inputs.map((a) => annotated(a.id, a.text));
  const story = storyOf(docs);
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    claims = alignClaims(docs, story).claims.length;
    times.push(performance.now() - start);
  }
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  console.log(
    `${name.padEnd(34)} ${String(docs.length).padStart(3)} articles ${String(sentences).padStart(5)} sentences ` +
      `${String(claims).padStart(5)} claims  median ${median(times).toFixed(1)} ms`,
  );
};

measure('seed story', seeds());
measure('ECB+ first 50 articles', ecb());
measure(
  'seed reports x12 (dense)',
  Array.from({ length: 12 }, (_, k) => seeds().map((s) => ({ ...s, id: `${k}-${s.id}` }))).flat(),
);
