import type { AnnotatedArticle, Article, TextLayer } from '../doc/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** The text layer every extractor reads: sentences and tokens with offsets into `article.text`. */
export const textLayer = (article: Article): TextLayer => {
  const { sentences, tokens } = splitSentences(article.text, tokenize(article.text));
  return { text: article.text, sentences, tokens };
};

/** Everything the article says on its own; dates wait for the story's reference date (see resolveDates). */
export const annotateArticle = (article: Article): AnnotatedArticle => {
  const layer = textLayer(article);
  return {
    article,
    sentences: layer.sentences,
    tokens: layer.tokens,
    annotations: [],
    referenceDate: article.published,
    referenceDateInferred: false,
  };
};
