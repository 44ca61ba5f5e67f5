import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One corpus article as the importer reads it. */
export interface CorpusArticle {
  readonly id: string;
  readonly text: string;
}

/** A line chosen for annotation, by character offsets into its article. */
export interface SampledLine {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export const CORPORA = {
  ecbplus: path.resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl'),
  meantime: path.resolve(process.cwd(), '../shared/data/meantime/articles.jsonl'),
} as const;

export const readCorpus = (file: string): CorpusArticle[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusArticle);

/** FNV-1a, 32 bits: a fixed pseudo-random order that anyone can recompute. */
export const fnv1a = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

const byHash = <T>(items: readonly T[], key: (t: T) => string): T[] =>
  [...items].sort((a, b) => fnv1a(key(a)) - fnv1a(key(b)));

/** Lines of at least 20 characters, by offsets. */
const linesOf = (a: CorpusArticle): SampledLine[] => {
  const out: SampledLine[] = [];
  let start = 0;
  for (const line of a.text.split('\n')) {
    if (line.trim().length >= 20) out.push({ id: a.id, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
};

export const SAMPLE_RULE = {
  salt: 'entities-gold-v1',
  articles: { ecbplus: 36, meantime: 12 },
  linesPerArticle: 4,
} as const;

/**
 * The annotated sample: articles ordered by hash of salt and id, the first ones of each corpus, alternately in
 * the tuning and held-out halves; in each, the lines first in hash order of salt, id and line start.
 */
export const sampleArticles = (): { article: CorpusArticle; half: 'tune' | 'held'; lines: SampledLine[] }[] =>
  (['ecbplus', 'meantime'] as const).flatMap((corpus) =>
    byHash(readCorpus(CORPORA[corpus]), (a) => `${SAMPLE_RULE.salt}:${a.id}`)
      .slice(0, SAMPLE_RULE.articles[corpus])
      .map((article, i) => ({
        article,
        half: i % 2 === 0 ? ('tune' as const) : ('held' as const),
        lines: byHash(linesOf(article), (l) => `${SAMPLE_RULE.salt}:${l.id}:${l.start}`)
          .slice(0, SAMPLE_RULE.linesPerArticle)
          .sort((a, b) => a.start - b.start),
      })),
  );
