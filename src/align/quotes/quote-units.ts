import {
  type AnnotatedArticle,
  type ArticleId,
  annotationsOf,
  type QuoteAnnotation,
  sentenceAt,
} from '../../doc/index.js';
import { type Word, wordsOf } from './words.js';

/** One sentence's worth of one part of a quote: the grain at which outlets are compared. */
export interface Unit {
  /** Index of the article in the story's list. */
  readonly doc: number;
  readonly articleId: ArticleId;
  /** Index of the quote in the story-wide quote list. */
  readonly quote: number;
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly words: readonly Word[];
}

export interface QuoteRef {
  readonly doc: number;
  readonly articleId: ArticleId;
  readonly annotation: QuoteAnnotation;
  /** Indexes of its units in the story-wide unit list, in order. */
  readonly units: number[];
}

const trim = (text: string, a: number, b: number): [number, number] => {
  let s = a;
  let e = b;
  while (s < e && /[\s"“”'‘’]/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
};

/** Every quote of the story cut at sentence and part boundaries, in article order then text order. */
export const storyUnits = (docs: readonly AnnotatedArticle[]): { quotes: QuoteRef[]; units: Unit[] } => {
  const quotes: QuoteRef[] = [];
  const units: Unit[] = [];
  docs.forEach((doc, d) => {
    const text = doc.article.text;
    const found = annotationsOf(doc, 'quote').sort((x, y) => x.start - y.start);
    for (const annotation of found) {
      const ref: QuoteRef = { doc: d, articleId: doc.article.id, annotation, units: [] };
      annotation.parts.forEach((p, part) => {
        for (let s = Math.max(0, sentenceAt(doc.sentences, p.start)); s < doc.sentences.length; s++) {
          const sentence = doc.sentences[s];
          if (!sentence || sentence.start >= p.end) break;
          const [a, b] = trim(text, Math.max(p.start, sentence.start), Math.min(p.end, sentence.end));
          const words = wordsOf(text.slice(a, b), a);
          if (words.length === 0) continue;
          ref.units.push(units.length);
          units.push({
            doc: d,
            articleId: ref.articleId,
            quote: quotes.length,
            part,
            start: a,
            end: b,
            sentence: s,
            words,
          });
        }
      });
      if (ref.units.length > 0) quotes.push(ref);
    }
  });
  return { quotes, units };
};
