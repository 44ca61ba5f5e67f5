import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType, TextLayer } from '../../src/doc/index.js';
import { extractMentions } from '../../src/nlp/entities/index.js';
import { CORPORA, readCorpus } from './gold-sample.js';
import { layerOf } from './helpers.js';

export const GOLD_FILE = path.resolve(process.cwd(), 'test/entities/gold/entities.json');

export type Half = 'tune' | 'held';

export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: EntityType;
  readonly metonym?: boolean;
}

export interface GoldArticle {
  readonly id: string;
  readonly half: Half;
  readonly lines: readonly (readonly [number, number])[];
  readonly mentions: readonly GoldMention[];
}

export const readGold = (): GoldArticle[] =>
  (JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as { articles: GoldArticle[] }).articles;

/** Each gold article's text layer, read from the corpus files by id. */
export const goldLayers = (gold: readonly GoldArticle[]): Map<string, TextLayer> => {
  const texts = new Map([...readCorpus(CORPORA.ecbplus), ...readCorpus(CORPORA.meantime)].map((a) => [a.id, a.text]));
  return new Map(gold.map((g) => [g.id, layerOf(texts.get(g.id) ?? '')]));
};

export interface GoldScore {
  readonly gold: number;
  readonly predicted: number;
  /** Predicted spans equal to a gold span. */
  readonly spans: number;
  /** ... and of the gold type. */
  readonly typed: number;
  readonly precision: number;
  readonly recall: number;
  /** Of the spans found, the share typed right. */
  readonly typeAccuracy: number;
  /** Gold mentions found with the right span and type. */
  readonly typedRecall: number;
  readonly metonymsFound: number;
  readonly metonymsGold: number;
  readonly errors: readonly string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Scores extracted mentions inside the annotated lines of the chosen half (or all). */
export const scoreGold = (
  gold: readonly GoldArticle[],
  layers: ReadonlyMap<string, TextLayer>,
  half: Half | 'all',
): GoldScore => {
  let predicted = 0;
  let spans = 0;
  let typed = 0;
  let goldCount = 0;
  let metonymsFound = 0;
  let metonymsGold = 0;
  const errors: string[] = [];
  for (const g of gold) {
    if (half !== 'all' && g.half !== half) continue;
    const layer = layers.get(g.id);
    if (!layer) continue;
    const inLines = (s: number, e: number) => g.lines.some(([a, b]) => s < b && e > a);
    const mine = extractMentions(layer).filter((m) => inLines(m.start, m.end));
    const bySpan = new Map(mine.map((m) => [`${m.start}:${m.end}`, m]));
    const goldSpans = new Set(g.mentions.map((m) => `${m.start}:${m.end}`));
    predicted += mine.length;
    goldCount += g.mentions.length;
    for (const m of g.mentions) {
      const p = bySpan.get(`${m.start}:${m.end}`);
      if (m.metonym) metonymsGold++;
      if (!p) {
        const near = mine.filter((x) => x.start < m.end && x.end > m.start).map((x) => `${x.name}/${x.type}`);
        errors.push(`${g.id} missed ${m.name} (${m.type})${near.length ? ` got ${near.join(', ')}` : ''}`);
        continue;
      }
      spans++;
      if (p.type === m.type) typed++;
      else errors.push(`${g.id} typed ${m.name} ${p.type}, gold ${m.type}`);
      if (m.metonym && p.metonym) metonymsFound++;
    }
    for (const p of mine) {
      const overlaps = g.mentions.some((m) => p.start < m.end && p.end > m.start);
      if (!goldSpans.has(`${p.start}:${p.end}`) && !overlaps) errors.push(`${g.id} extra ${p.name} (${p.type})`);
    }
  }
  return {
    gold: goldCount,
    predicted,
    spans,
    typed,
    precision: ratio(spans, predicted),
    recall: ratio(spans, goldCount),
    typeAccuracy: ratio(typed, spans),
    typedRecall: ratio(typed, goldCount),
    metonymsFound,
    metonymsGold,
    errors,
  };
};
