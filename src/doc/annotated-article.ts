import type { Annotation, AnnotationKind, AnnotationOf, Sentence, Token } from './annotations.js';
import type { Article } from './article.js';

export interface AnnotatedArticle {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly annotations: readonly Annotation[];
  /** The date relative expressions were resolved against (published, or the story's when inferred). */
  readonly referenceDate: string | null;
  readonly referenceDateInferred: boolean;
}

export const annotationsOf = <K extends AnnotationKind>(doc: AnnotatedArticle, kind: K): AnnotationOf<K>[] =>
  doc.annotations.filter((a): a is AnnotationOf<K> => a.kind === kind);

/** The index of the sentence holding character `offset`, or -1. */
export const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
};
