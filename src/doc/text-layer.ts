import type { Sentence, Token } from './annotations.js';

/** What every extractor in nlp/ reads: the article text with its sentence and token layers. */
export interface TextLayer {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
