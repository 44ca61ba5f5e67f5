import type { AnnotatedArticle, Article, TextLayer } from '../doc/index.js';
import { extractTimexes } from './dates/index.js';
import { extractMentions } from './entities/index.js';
import { extractQuantities } from './numbers/index.js';
import { extractQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** The text layer every extractor reads: sentences and tokens with offsets into `article.text`. */
export const textLayer = (article: Pick<Article, 'text'>): TextLayer => {
  const { sentences, tokens } = splitSentences(article.text, tokenize(article.text));
  return { text: article.text, sentences, tokens };
};

/** Everything the article says on its own; dates wait for the story's reference date (see resolveDates). */
export const annotateArticle = (article: Article): AnnotatedArticle => {
  const layer = textLayer(article);
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
