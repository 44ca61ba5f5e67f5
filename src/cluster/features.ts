import { type AnnotatedArticle, annotationsOf, type Span, type Token } from '../doc/index.js';
import { headlineTokens } from './headline.js';

export interface FeatureOptions {
  /** Weight of a name (entity or proper noun) relative to a common word. */
  readonly entityBoost: number;
  /** Weight of a telling figure ("8,000", "2013", "5.6"); small counts and days of the month weigh as words. */
  readonly numberBoost: number;
  /** Weight of words in the lead sentences (headline and opening), where news states what happened. */
  readonly leadBoost: number;
  readonly leadSentences: number;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const SOURCE_LINE = /^[ \t]*(https?:\/\/|www\.)[^\n]*/gim;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FIGURE = /^\d[\d,]*(\.\d+)?$/;

interface Tally {
  count: number;
  boost: number;
}

/** Character ranges of lines that are a bare URL: where the text was fetched from, not what it reports. */
const sourceLines = (text: string): [number, number][] =>
  [...text.matchAll(SOURCE_LINE)].map((m) => [m.index, m.index + m[0].length]);

/** A figure's term and whether it is telling enough to boost. */
const figure = (text: string): [string, boolean] => {
  const value = Number(text.replace(/,/g, ''));
  return [`#${value}`, value >= 100 || !Number.isInteger(value)];
};

/** Term weights of one article (before IDF): sublinear in the count, times the strongest boost the term earned. */
export const articleTerms = (doc: AnnotatedArticle, options: FeatureOptions): Map<string, number> => {
  const tallies = new Map<string, Tally>();
  const add = (term: string, boost: number): void => {
    const tally = tallies.get(term);
    if (tally) {
      tally.count++;
      tally.boost = Math.max(tally.boost, boost);
    } else tallies.set(term, { count: 1, boost });
  };
  const skipped = sourceLines(doc.article.text);
  const kept = (offset: number): boolean => !skipped.some(([start, end]) => offset >= start && offset < end);
  const lead = (sentence: number): number => (sentence < options.leadSentences ? options.leadBoost : 1);
  const tokens = doc.tokens.filter((t) => kept(t.start));
  const entities = annotationsOf(doc, 'entity').filter((e) => kept(e.start));
  // Name words: proper nouns, and words inside annotated entities (the tagger misses some, e.g. "Ford" as a verb).
  const inEntity = insideAny(entities);
  const addWord = (t: Token, isName: boolean, boost: number): void => {
    if (!CONTENT_POS.has(t.pos) || t.type === 'url' || t.type === 'email' || !HAS_LETTER_OR_DIGIT.test(t.lemma)) {
      return;
    }
    if (FIGURE.test(t.text)) {
      const [term, telling] = figure(t.text);
      add(term, boost * (telling ? options.numberBoost : 1));
    } else if (isName) add(t.normal, boost * options.entityBoost);
    else add(t.lemma, boost);
  };
  for (const t of tokens) addWord(t, t.pos === 'PROPN' || inEntity(t), lead(t.sentence));
  const headline = headlineTokens(doc);
  for (const t of headline) addWord(t, t.pos === 'PROPN', options.leadBoost);
  const names = [
    ...(entities.length > 0
      ? entities.map((e) => ({ name: e.name.toLowerCase().replace(/\s+/g, ' '), boost: lead(e.sentence) }))
      : properNounRuns(tokens).map((run) => ({ name: runName(run), boost: lead(run[0]?.sentence ?? 0) }))),
    ...properNounRuns(headline).map((run) => ({ name: runName(run), boost: options.leadBoost })),
  ];
  // A whole name tells "Betty Ford Center" from other Fords; its words already carry the name's weight, so the whole
  // weighs as a plain word, and only when it has several words (a one-word name is its word).
  for (const { name, boost } of names) if (/\s/.test(name)) add(`@${name}`, boost);
  const terms = new Map<string, number>();
  for (const [term, { count, boost }] of tallies) terms.set(term, (1 + Math.log(count)) * boost);
  return terms;
};

const runName = (run: readonly Token[]): string => run.map((t) => t.normal).join(' ');

/** A test for tokens that fall inside one of the spans. */
const insideAny = (spans: readonly Span[]): ((t: Token) => boolean) => {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (t) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = sorted[mid];
      if (!span) break;
      if (t.start < span.start) hi = mid - 1;
      else if (t.start >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
};

/** Runs of two or more proper nouns ("Lindsay Lohan"): names, when no entities are annotated. */
const properNounRuns = (tokens: readonly Token[]): Token[][] => {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const previous = run[run.length - 1];
    if (previous && (t.sentence !== previous.sentence || t.pos !== 'PROPN')) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    if (t.pos === 'PROPN') run.push(t);
  }
  if (run.length > 1) runs.push(run);
  return runs;
};
