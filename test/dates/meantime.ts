import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span, TextLayer, TimexAnnotation } from '../../src/doc/index.js';
import { overlaps } from '../../src/doc/index.js';
import { extractTimexes, parseYmd } from '../../src/nlp/dates/index.js';
import { layerOf } from './fixtures.js';

interface GoldTimex {
  readonly text: string;
  readonly type: string;
  readonly value: string;
  /** 0 is the title, 1 the dateline, then the body's sentences. */
  readonly sentence: number;
}
interface GoldArticle {
  readonly id: string;
  readonly timexes: readonly GoldTimex[];
}
interface RawArticle {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
}

export interface MeantimeScore {
  readonly gold: number;
  readonly found: number;
  readonly compared: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/** A value the annotators pinned to the calendar: YYYY, YYYY-MM or YYYY-MM-DD. */
const CONCRETE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** MEANTIME annotates the title and the first sentences; the body's sentences 0..4 here (0 is the dateline). */
const ANNOTATED_BODY_SENTENCES = 5;

const dataDir = (): string => path.resolve(process.cwd(), '../shared/data/meantime');
const readJsonl = <T>(file: string): T[] =>
  readFileSync(path.join(dataDir(), file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** The article's own date: its `published` field, else the full date of its dateline (the first line). */
const referenceOf = (raw: RawArticle, body: TextLayer): string | null => {
  if (raw.published && parseYmd(raw.published)) return raw.published;
  const dateline = extractTimexes(body, null, false).find((t) => t.sentence === 0 && parseYmd(t.value));
  return dateline?.value ?? null;
};

/** Where a gold expression sits: the free occurrence of its words closest to the annotated sentence. */
const locate = (layer: TextLayer, gold: GoldTimex, sentence: number, taken: readonly Span[]): Span | null => {
  const escaped = gold.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...layer.text.matchAll(new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'g'))]
    .map((m) => ({ start: m.index, end: m.index + gold.text.length }))
    .filter((s) => !taken.some((t) => t.start === s.start && t.end === s.end));
  const sentenceOf = (s: Span): number => layer.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  found.sort((a, b) => Math.abs(sentenceOf(a) - sentence) - Math.abs(sentenceOf(b) - sentence) || a.start - b.start);
  return found[0] ?? null;
};

export interface MeantimeArticle {
  readonly id: string;
  readonly title: TextLayer;
  readonly body: TextLayer;
  /** The article's own date: `published`, else its dateline's. */
  readonly ref: string | null;
}

/** The articles, split into sentences and tokens, with the date each is resolved against. */
export const readMeantime = (): MeantimeArticle[] =>
  readJsonl<RawArticle>('articles.jsonl').map((raw) => {
    const body = layerOf(raw.text);
    return { id: raw.id, title: layerOf(raw.title ?? ''), body, ref: referenceOf(raw, body) };
  });

interface Located {
  readonly gold: GoldTimex;
  readonly inTitle: boolean;
  readonly span: Span;
}

/** Recall of concrete DATE values and precision of the timexes produced where the annotators looked. */
export const scoreMeantime = (): MeantimeScore => {
  const gold = new Map(readJsonl<GoldArticle>('gold.jsonl').map((g) => [g.id, g]));
  let goldCount = 0;
  let found = 0;
  let compared = 0;
  let correct = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const { id, title, body, ref } of readMeantime()) {
    const mine = { title: extractTimexes(title, ref, false), body: extractTimexes(body, ref, false) };
    const located: Located[] = [];
    for (const g of gold.get(id)?.timexes ?? []) {
      const inTitle = g.sentence === 0;
      const taken = located.filter((l) => l.inTitle === inTitle).map((l) => l.span);
      const span = locate(inTitle ? title : body, g, g.sentence - 1, taken);
      if (span) located.push({ gold: g, inTitle, span });
    }
    const hits = (t: TimexAnnotation, inTitle: boolean): Located[] =>
      located.filter((l) => l.inTitle === inTitle && overlaps(l.span, t));
    for (const l of located) {
      if (l.gold.type !== 'DATE' || !CONCRETE.test(l.gold.value)) continue;
      goldCount++;
      const list = l.inTitle ? mine.title : mine.body;
      if (list.some((t) => overlaps(l.span, t) && t.value === l.gold.value)) found++;
      else
        missed.push(
          `${id} ${ref} "${l.gold.text}" ${l.gold.value} got ${
            list
              .filter((t) => overlaps(l.span, t))
              .map((t) => t.value)
              .join(',') || '-'
          }`,
        );
    }
    const judged = [
      ...mine.title.map((t) => ({ t, inTitle: true })),
      ...mine.body.filter((t) => t.sentence < ANNOTATED_BODY_SENTENCES).map((t) => ({ t, inTitle: false })),
    ];
    for (const { t, inTitle } of judged) {
      const over = hits(t, inTitle);
      // The dateline is the document's creation time, which MEANTIME does not annotate as a timex.
      const isDateline = !inTitle && t.sentence === 0 && t.value === ref && over.length === 0;
      const comparable = over.filter((l) => l.gold.type === 'DATE' && CONCRETE.test(l.gold.value));
      if (isDateline || (over.length > 0 && comparable.length === 0)) continue;
      compared++;
      if (comparable.some((l) => l.gold.value === t.value)) correct++;
      else
        wrong.push(`${id} ${ref} "${t.text}" ${t.value} gold ${comparable.map((l) => l.gold.value).join(',') || '-'}`);
    }
  }
  return {
    gold: goldCount,
    found,
    compared,
    correct,
    recall: goldCount === 0 ? 0 : found / goldCount,
    precision: compared === 0 ? 0 : correct / compared,
    missed,
    wrong,
  };
};
