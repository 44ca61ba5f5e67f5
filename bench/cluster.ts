/**
 * Story grouping benchmark: `npx tsx bench/cluster.ts [--runs 3] [--sizes 500,1000,3000] [--no-peer]` (cwd /work/main).
 * Articles are built as the pipeline builds them: `ingest` of ECB+ articles.jsonl (and the seeds), then
 * `annotateArticle` (entity mentions, quantities); "text only" drops the annotations, for comparison.
 * Quality: B-cubed on ECB+ with the reference story mixed in, cut sensitivity, held-out halves and quarters of the
 * topics, online mode. Cost: articles/s and peak RSS per size, each size in a fresh process; ECB+ replicated with
 * changed ids (exact replicas are copies, which the copy pass folds; "perturbed" replicas also drop a third of their
 * sentences, so every article is clustered on its own). Peer: bench/sklearn_peer.py, side by side.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bcubed,
  type ClusterOptions,
  clusterArticles,
  createStoryIndex,
  DEFAULT_CLUSTER_OPTIONS,
} from '../src/cluster/index.js';
import { type AnnotatedArticle, articleId, type Story } from '../src/doc/index.js';
import { ecbDocs, ecbGold, seedDocs, textOnly } from '../test/cluster/corpus.js';
import { partition, shuffle, topicOf, topicSubsets } from '../test/cluster/evaluation.js';
import { median } from './lib.js';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const runs = Number(arg('runs', '3'));
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const fmt = (x: number, digits = 3): string => x.toFixed(digits);
const CUTS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** Replica k > 0 gets a new id; when `perturb`, it also loses every third sentence (a different third each time). */
const replicate = (docs: readonly AnnotatedArticle[], size: number, perturb: boolean): AnnotatedArticle[] =>
  Array.from({ length: size }, (_, i) => {
    const doc = docs[i % docs.length] as AnnotatedArticle;
    const k = Math.floor(i / docs.length);
    if (k === 0) return doc;
    const kept = (sentence: number): boolean => !perturb || (sentence + k) % 3 !== 0;
    return {
      ...doc,
      tokens: doc.tokens.filter((t) => kept(t.sentence)),
      annotations: doc.annotations.filter((a) => kept(a.sentence)),
      article: { ...doc.article, id: articleId(`${doc.article.id}~${k}`) },
    };
  });

const online = (docs: readonly AnnotatedArticle[], options?: Partial<ClusterOptions>): Story[] => {
  const index = createStoryIndex(options);
  for (const doc of docs) index.add(doc);
  return index.stories();
};

/** Child mode: time one size in this fresh process and print one JSON line. */
const child = (file: string, size: number, mode: string): void => {
  const docs = replicate(JSON.parse(readFileSync(file, 'utf8')) as AnnotatedArticle[], size, mode === 'perturbed');
  const run = (input: readonly AnnotatedArticle[]): unknown =>
    mode === 'online' ? online(input) : clusterArticles(input);
  // One small untimed run first, so the JIT's warm-up is not charged to the first timed run.
  run(docs.slice(0, 100));
  const rssBefore = process.memoryUsage().rss;
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    run(docs);
    ms.push(performance.now() - start);
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({ size, mode, ms: median(ms), rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: peak / 2 ** 20 }),
  );
};

interface Timing {
  readonly size: number;
  readonly mode: string;
  readonly ms: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
}

const timeInChild = (file: string, size: number, mode: string): Timing => {
  const script = fileURLToPath(import.meta.url);
  const args = ['--child', file, '--size', String(size), '--mode', mode, '--runs', String(runs)];
  const out = spawnSync(process.execPath, [...process.execArgv, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 2 ** 24,
  });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !line.startsWith('{')) throw new Error(`timing child failed: ${out.stderr}`);
  return JSON.parse(line) as Timing;
};

interface PeerResult {
  readonly quality: { readonly best: { threshold: number; precision: number; recall: number; f1: number } };
  readonly timing: readonly { articles: number; seconds: number; perSecond: number; peakRssMb: number }[];
}

const peer = (sizes: string): PeerResult | string => {
  for (const python of ['python3', '/usr/bin/python3']) {
    const out = spawnSync(python, ['bench/sklearn_peer.py', '--json', '--sizes', sizes, '--runs', String(runs)], {
      encoding: 'utf8',
      maxBuffer: 2 ** 24,
    });
    if (out.status === 0) return JSON.parse(out.stdout) as PeerResult;
  }
  return 'scikit-learn not available (apt-get install -y python3-sklearn)';
};

const quality = (all: readonly AnnotatedArticle[], seeds: readonly AnnotatedArticle[]): void => {
  const gold = ecbGold();
  const f1 = (docs: readonly AnnotatedArticle[], threshold = DEFAULT_CLUSTER_OPTIONS.threshold): number =>
    bcubed(clusterArticles(docs, { threshold }), gold).f1;
  const stories = clusterArticles(all);
  const score = bcubed(stories, gold);
  const seedIds = new Set<string>(seeds.map((d) => d.article.id));
  const seedGroups = stories.filter((s) => s.articleIds.some((id) => seedIds.has(id)));
  const text = all.map(textOnly);
  console.log(`\nECB+ + seeds (${all.length}) as the pipeline builds them, cut ${DEFAULT_CLUSTER_OPTIONS.threshold}:`);
  console.log(
    `  B-cubed P ${fmt(score.precision)}  R ${fmt(score.recall)}  F1 ${fmt(score.f1)}  stories ${stories.length}; text only F1 ${fmt(f1(text))}`,
  );
  console.log(
    `  seed story: ${seedGroups.map((s) => s.articleIds.length).join(', ')} article(s) in ${seedGroups.length} story(ies)`,
  );
  const same = [1, 2, 3].every(
    (k) => partition(clusterArticles(shuffle(all, k))).join('|') === partition(stories).join('|'),
  );
  console.log(`  shuffled input (3 orders) gives the same partition: ${same}`);
  console.log('  sensitivity (cut: F1 annotated / text only):');
  console.log(`    ${CUTS.map((t) => `${t}: ${fmt(f1(all, t))}/${fmt(f1(text, t))}`).join('  ')}`);
  const within = (topics: ReadonlySet<string>): AnnotatedArticle[] =>
    all.filter((d) => topics.has(topicOf(gold.get(d.article.id) ?? '')));
  for (const [name, parts] of [
    ['halves', 2],
    ['quarters', 4],
  ] as const) {
    const scores = topicSubsets(gold, parts, 5, 11).map((topics) => f1(within(topics)));
    console.log(
      `  ${name} of the topics (${scores.length}, default cut): F1 mean ${fmt(mean(scores))}, min ${fmt(Math.min(...scores))}, max ${fmt(Math.max(...scores))}`,
    );
  }
  // Held out: the cut that scores best on one half (middle of its best plateau), scored on the other half.
  const heldOut = topicSubsets(gold, 2, 4, 23).map((topics, i, sets) => {
    const tuneOn = within(sets[i % 2 === 0 ? i + 1 : i - 1] ?? topics);
    const curve = CUTS.map((t) => f1(tuneOn, t));
    const plateau = CUTS.filter((_, j) => (curve[j] ?? 0) >= Math.max(...curve) - 0.003);
    return f1(within(topics), plateau[plateau.length >> 1]);
  });
  console.log(
    `  tuned on one half, scored on the other (8): F1 mean ${fmt(mean(heldOut))}, min ${fmt(Math.min(...heldOut))}`,
  );
  const onlineF1 = [0, 1, 2, 3].map((k) => bcubed(online(k === 0 ? all : shuffle(all, k)), gold).f1);
  console.log(
    `  online: F1 ${fmt(onlineF1[0] ?? 0)} in file order, median ${fmt(median(onlineF1.slice(1)))} over 3 shuffles`,
  );
};

const main = async (): Promise<void> => {
  const started = performance.now();
  const ecb = await ecbDocs();
  const seeds = await seedDocs();
  const all = [...ecb, ...seeds];
  console.log(
    `read and annotated ${all.length} articles in ${fmt((performance.now() - started) / 1000, 1)} s (not timed below)`,
  );
  quality(all, seeds);

  const sizes = arg('sizes', '500,1000,3000');
  const file = join(tmpdir(), `triangulate-cluster-bench-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(ecb));
  console.log(`\nCost (median of ${runs} runs; clustering only, articles annotated beforehand):`);
  const modes = ['batch', 'perturbed', 'online'];
  let timings: Timing[] = [];
  try {
    timings = modes.flatMap((mode) => sizes.split(',').map((s) => timeInChild(file, Number(s), mode)));
  } finally {
    rmSync(file, { force: true });
  }
  for (const t of timings) {
    console.log(
      `  ${t.mode.padEnd(9)} ${String(t.size).padStart(5)} articles: ${fmt(t.ms / 1000, 2)} s, ${Math.round((t.size * 1000) / t.ms)} articles/s, peak RSS ${Math.round(t.peakRssMb)} MB (${Math.round(t.rssBeforeMb)} MB before clustering)`,
    );
  }
  for (const mode of modes) {
    const curve = timings.filter((t) => t.mode === mode);
    const [first, last] = [curve[0], curve[curve.length - 1]];
    if (first && last)
      console.log(
        `  ${mode} ${last.size}/${first.size} time ratio: ${fmt(last.ms / first.ms, 2)} (size ratio ${fmt(last.size / first.size, 1)})`,
      );
  }

  if (process.argv.includes('--no-peer')) return;
  const result = peer(sizes);
  console.log('\nPeer: scikit-learn TF-IDF + average-link agglomerative (distance threshold tuned on ECB+):');
  if (typeof result === 'string') {
    console.log(`  ${result}`);
    return;
  }
  const b = result.quality.best;
  console.log(`  B-cubed P ${fmt(b.precision)}  R ${fmt(b.recall)}  F1 ${fmt(b.f1)} at distance ${b.threshold}`);
  for (const t of result.timing) {
    console.log(
      `  ${String(t.articles).padStart(5)} articles: ${fmt(t.seconds, 2)} s, ${Math.round(t.perSecond)} articles/s, peak RSS ${Math.round(t.peakRssMb)} MB`,
    );
  }
};

if (process.argv.includes('--child')) child(arg('child', ''), Number(arg('size', '0')), arg('mode', 'batch'));
else await main();
