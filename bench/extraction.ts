import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InputError, readHtml } from '../src/ingest/index.js';

/** scrapinghub/article-extraction-benchmark: 181 real pages and their hand-marked article bodies. */
const DATA = resolve(process.cwd(), '../shared/data/article-extraction');

export interface ExtractionScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly failures: number;
  readonly seconds: number;
}

/** The benchmark's tokens: runs of word characters, as Python's `\w+` finds them. */
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Counts of 4-token shingles; a text under four tokens is one shorter shingle, as evaluate.py does. */
const shingles = (text: string): Map<string, number> => {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const key = t.slice(i, i + 4).join('\u0001');
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

/** One page's true/false positive and false negative shares, normalised so long pages weigh no more than short ones. */
const matchPage = (truth: string, predicted: string): [number, number, number] => {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
};

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Precision and recall are averaged over pages (as evaluate.py does), and F1 is their harmonic mean. */
const aggregate = (matches: readonly [number, number, number][]): { precision: number; recall: number } => {
  const precision = mean(
    matches.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))),
  );
  const recall = mean(
    matches.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))),
  );
  return { precision, recall };
};

/** Runs the HTML reader over every page of the benchmark and scores its main text against the ground truth. */
export const scoreExtraction = async (): Promise<ExtractionScore> => {
  const truth = JSON.parse(await readFile(resolve(DATA, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(await readdir(resolve(DATA, 'html')));
  const matches: [number, number, number][] = [];
  let failures = 0;
  const started = performance.now();
  for (const [id, page] of Object.entries(truth)) {
    if (!files.has(`${id}.html.gz`)) continue;
    const html = gunzipSync(await readFile(resolve(DATA, 'html', `${id}.html.gz`))).toString('utf8');
    let text = '';
    try {
      text = readHtml(html, page.url ?? id).text;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures++;
    }
    matches.push(matchPage(page.articleBody ?? '', text));
  }
  const seconds = (performance.now() - started) / 1000;
  const { precision, recall } = aggregate(matches);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { pages: matches.length, precision, recall, f1, failures, seconds };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await scoreExtraction();
  console.log('extraction (scrapinghub article-extraction-benchmark, 4-gram shingles as in evaluate.py)');
  console.log(
    `  pages ${s.pages}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}` +
      `  failures ${s.failures}  ${(s.pages / s.seconds).toFixed(1)} pages/s`,
  );
  console.log('  reference: Readability.js F1 0.947, trafilatura 0.958');
}
