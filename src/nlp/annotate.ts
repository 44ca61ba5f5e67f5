import type { AnnotatedArticle, Article, TextLayer } from '../doc/index.js';
import { type BoundedText, boundText } from './bounds.js';
import { extractTimexes } from './dates/index.js';
import { extractMentions } from './entities/index.js';
import { extractQuantities } from './numbers/index.js';
import { extractQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/**
 * The text layer every extractor reads: sentences and tokens with offsets into `article.text`, over its bounded form
 * (see `boundText`), so that no input makes NLP crash or run long.
 */
export const textLayer = (article: Pick<Article, 'text'>): TextLayer => boundedLayer(boundText(article.text));

const boundedLayer = (bounded: BoundedText): TextLayer => {
  const { sentences, tokens } = splitSentences(bounded.text, tokenize(bounded.text));
  return { text: bounded.text, sentences, tokens };
};

/** Everything the article says on its own; dates wait for the story's reference date (see resolveDates). */
export const annotateArticle = (article: Article): AnnotatedArticle =>
  annotateBounded(article, boundText(article.text));

/** `annotateArticle` over a bounded text the caller already has (to tell the user what was left out). */
export const annotateBounded = (article: Article, bounded: BoundedText): AnnotatedArticle => {
  const layer = boundedLayer(bounded);
  const mentions = extractMentions(layer);
  return {
    article,
    sentences: layer.sentences,
    tokens: layer.tokens,
    annotations: [...mentions, ...extractQuotes(layer, mentions), ...extractQuantities(layer)],
    referenceDate: article.published,
    referenceDateInferred: false,
  };
};

/** Resolves the article's date expressions against `referenceDate` (its own, or the story's when `inferred`). */
export const resolveDates = (
  doc: AnnotatedArticle,
  referenceDate: string | null,
  inferred: boolean,
): AnnotatedArticle => {
  const layer = { text: doc.article.text, sentences: doc.sentences, tokens: doc.tokens };
  return {
    ...doc,
    annotations: [
      ...doc.annotations.filter((a) => a.kind !== 'timex'),
      ...extractTimexes(layer, referenceDate, inferred),
    ],
    referenceDate,
    referenceDateInferred: inferred,
  };
};
