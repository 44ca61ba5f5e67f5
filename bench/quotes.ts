/**
 * Quote extraction and alignment benchmark: accuracy against the hand annotation in test/quotes/gold, and speed over
 * every ECB+ and MEANTIME article and the extraction benchmark's web pages. Run from the repository root:
 * `npx tsx bench/quotes.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { alignQuotes } from '../src/align/quotes/index.js';
import type { AnnotatedArticle, QuoteAnnotation } from '../src/doc/index.js';
import { articleId } from '../src/doc/index.js';
import { extractQuotes } from '../src/nlp/quotes/index.js';
import { type GoldCase, layerOf, loadGold, readGroundTruth, readJsonl, score } from '../test/quotes/gold.js';
import { surnameIndex } from '../test/quotes/story.js';

const data = path.resolve(process.cwd(), '..', 'shared', 'data');
const pct = (x: number): string => (100 * x).toFixed(1);

const accuracy = (label: string, cases: readonly GoldCase[]): void => {
  const found = new Map(cases.map((c) => [c.id, extractQuotes(layerOf(c.text), [])]));
  const s = score(cases, found);
  console.log(
    `${label.padEnd(26)} articles ${String(cases.length).padStart(3)}  gold ${String(s.gold).padStart(3)}  found ${String(s.found).padStart(3)}` +
      `  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  speaker ${pct(s.speakerAccuracy)}`,
  );
};

const sets: [string, GoldCase[]][] = [
  ['MEANTIME (dev)', loadGold('meantime.json')],
  ['ECB+ (dev)', loadGold('ecbplus.json')],
  ['ECB+ (held out)', loadGold('ecbplus-heldout.json')],
  ['ECB+ (blind)', loadGold('ecbplus-blind.json')],
  ['web pages (dev)', loadGold('article-extraction-dev.json')],
  ['web pages (held out)', loadGold('article-extraction-heldout.json')],
  ['web pages (blind)', loadGold('article-extraction-blind.json')],
];
console.log('Accuracy (quoted spans; a split quote counts each part; speaker judged on matched spans)');
for (const [label, cases] of sets) accuracy(label, cases);
accuracy(
  'all',
  sets.flatMap(([, cases]) => cases),
);

const corpora = [
  ...['ecbplus', 'meantime'].map((c) => readJsonl(path.join(data, c, 'articles.jsonl'))),
  readGroundTruth(path.join(data, 'article-extraction', 'ground-truth.json')),
];
const texts = corpora.flatMap((m) => [...m.entries()]);
const t0 = performance.now();
const layers = texts.map(([id, text]) => ({ id, layer: layerOf(text) }));
const t1 = performance.now();
const found = layers.map(({ id, layer }) => ({ id, layer, quotes: extractQuotes(layer, []) }));
const t2 = performance.now();
const quoteCount = found.reduce((n, f) => n + f.quotes.length, 0);
const seconds = (t2 - t1) / 1000;
console.log('\nSpeed (one core; tokenising and sentence splitting timed apart)');
console.log(`tokens + sentences   ${texts.length} articles in ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(
  `quote extraction     ${texts.length} articles, ${quoteCount} quotes in ${seconds.toFixed(2)} s: ` +
    `${(texts.length / seconds).toFixed(0)} articles/s, ${(quoteCount / seconds).toFixed(0)} quotes/s`,
);

const events = new Map<string, string[]>();
for (const line of readFileSync(path.join(data, 'ecbplus', 'gold.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as { id: string; event: string };
  events.set(g.event, [...(events.get(g.event) ?? []), g.id]);
}
const byId = new Map(found.map((f) => [f.id, f]));
const doc = (id: string): AnnotatedArticle | null => {
  const f = byId.get(id);
  if (!f) return null;
  const article = {
    id: articleId(id),
    source: id,
    outlet: null,
    title: null,
    published: null,
    url: null,
    text: f.layer.text,
  };
  const annotations: QuoteAnnotation[] = f.quotes;
  return {
    article,
    sentences: f.layer.sentences,
    tokens: f.layer.tokens,
    annotations,
    referenceDate: null,
    referenceDateInferred: false,
  };
};
const stories = [...events.values()].map((ids) => ids.flatMap((id) => doc(id) ?? []));
const t3 = performance.now();
const aligned = stories.map((s) => alignQuotes(s, surnameIndex(s)));
const t4 = performance.now();
const storyQuotes = aligned.reduce((n, s) => n + s.length, 0);
const shared = aligned.reduce((n, s) => n + s.filter((q) => q.citations.length > 1).length, 0);
console.log(
  `quote alignment      ${stories.length} ECB+ stories, ${storyQuotes} report quotes (${shared} cited by 2+ articles) in ${((t4 - t3) / 1000).toFixed(2)} s`,
);
