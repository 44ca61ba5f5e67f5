import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groundingForm } from '../../src/align/grounding.js';
import type { QuoteAnnotation, TextLayer } from '../../src/doc/index.js';
import { textLayer } from '../../src/nlp/index.js';

/** One hand-annotated quote: character offsets of the quoted words and the acceptable speaker names (null: unknown). */
export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly speakers: readonly string[] | null;
}

export interface GoldArticle {
  readonly id: string;
  readonly quotes: readonly GoldQuote[];
}

interface GoldFile {
  readonly corpus: string;
  /** Where the texts are, from the repository root: an `articles.jsonl` or the extraction benchmark's `ground-truth.json`. */
  readonly source: string;
  readonly articles: readonly GoldArticle[];
}

export interface GoldCase extends GoldArticle {
  readonly text: string;
}

const root = (): string => path.resolve(process.cwd(), '..', 'shared');

export const readJsonl = (file: string): Map<string, string> => {
  const texts = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; text: string };
    texts.set(a.id, a.text);
  }
  return texts;
};

/** The article-extraction benchmark's main article texts (`articleBody`), by page id. */
export const readGroundTruth = (file: string): Map<string, string> => {
  const pages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>;
  return new Map(Object.entries(pages).map(([id, page]) => [id, page.articleBody]));
};

const readTexts = (gold: GoldFile): Map<string, string> =>
  gold.source.endsWith('.jsonl')
    ? readJsonl(path.join(root(), 'data', gold.corpus, 'articles.jsonl'))
    : readGroundTruth(path.join(root(), 'data', gold.corpus, 'ground-truth.json'));

/** The gold articles of one file under test/quotes/gold, with their texts read from ../shared/data. */
export const loadGold = (name: string): GoldCase[] => {
  const file = path.resolve(process.cwd(), 'test/quotes/gold', name);
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  const texts = readTexts(gold);
  return gold.articles.map((a) => ({ ...a, text: texts.get(a.id) ?? '' }));
};

/** Lower case, curly quotes folded, spaces collapsed: how the report checker compares quotes with sentences. */
export const normQuote = groundingForm;

export const layerOf = (text: string): TextLayer => textLayer({ text });

const NOISE = new Set(['the', 'a', 'an', 'of', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'jr', 'jr.']);

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/['’] /g, "'")
    .split(/[^\p{L}\d'’.-]+/u)
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter((w) => w && !NOISE.has(w));

/** A found speaker is right when its last word is in a gold name, or a gold name's last word is in it. */
export const speakerMatches = (gold: readonly string[] | null, found: string | null): boolean => {
  if (!gold) return found === null;
  if (!found) return false;
  const f = words(found);
  return gold.some((g) => {
    const w = words(g);
    const fl = f[f.length - 1];
    const gl = w[w.length - 1];
    return (fl !== undefined && w.includes(fl)) || (gl !== undefined && f.includes(gl));
  });
};

export interface Scores {
  readonly gold: number;
  readonly found: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerAccuracy: number;
  readonly errors: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Precision and recall over quoted spans (every part of a split quote counts), and speaker accuracy on matches. */
export const score = (cases: readonly GoldCase[], found: ReadonlyMap<string, readonly QuoteAnnotation[]>): Scores => {
  let total = 0;
  let foundCount = 0;
  let matched = 0;
  let right = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const parts = (found.get(c.id) ?? []).flatMap((q) => q.parts.map((p) => ({ ...p, speaker: q.speaker })));
    const used = new Set<number>();
    foundCount += parts.length;
    total += c.quotes.length;
    const snippet = (s: { start: number; end: number }): string =>
      c.text.slice(s.start, Math.min(s.end, s.start + 50)).replace(/\n/g, ' ');
    for (const g of c.quotes) {
      const k = parts.findIndex(
        (p, i) => !used.has(i) && overlap(p, g) >= 0.5 * Math.min(p.end - p.start, g.end - g.start),
      );
      const p = parts[k];
      if (!p) {
        errors.push(`${c.id} MISSED ${JSON.stringify(snippet(g))} (${g.speakers?.join('|') ?? 'unknown'})`);
        continue;
      }
      used.add(k);
      matched++;
      if (speakerMatches(g.speakers, p.speaker)) right++;
      else
        errors.push(
          `${c.id} SPEAKER ${JSON.stringify(snippet(g))} gold=${g.speakers?.join('|') ?? 'unknown'} found=${p.speaker}`,
        );
    }
    parts.forEach((p, i) => {
      if (!used.has(i)) errors.push(`${c.id} EXTRA ${JSON.stringify(snippet(p))} (${p.speaker})`);
    });
  }
  const precision = foundCount ? matched / foundCount : 0;
  const recall = total ? matched / total : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    gold: total,
    found: foundCount,
    matched,
    precision,
    recall,
    f1,
    speakerAccuracy: matched ? right / matched : 0,
    errors,
  };
};
