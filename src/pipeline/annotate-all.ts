import type { AnnotatedArticle, Article, Diagnostic } from '../doc/index.js';
import { annotateBounded, boundsNotes, boundText } from '../nlp/index.js';
import { attempt, pipelineDiagnostic } from './failure.js';

/** Names an article in a diagnostic: its source, with its title when the source (a feed, a JSON list) holds several. */
export const articleNames = (articles: readonly Article[]): ((a: Article) => string) => {
  const perSource = new Map<string, number>();
  for (const a of articles) perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
  return (a) => ((perSource.get(a.source) ?? 0) > 1 && a.title ? `${a.source} ("${a.title}")` : a.source);
};

/** Annotates each article on its own: a part left out or an article that fails is reported, and the run goes on. */
export const annotateAll = (
  articles: readonly Article[],
  nameOf: (a: Article) => string,
  diagnostics: Diagnostic[],
): AnnotatedArticle[] =>
  articles.flatMap((article) => {
    const bounded = boundText(article.text);
    for (const note of boundsNotes(bounded, article.text.length))
      diagnostics.push(pipelineDiagnostic(nameOf(article), 'truncated', note, 'warning'));
    const doc = attempt(
      () => annotateBounded(article, bounded),
      (reason) =>
        pipelineDiagnostic(nameOf(article), 'analysis-failed', `could not be analysed (${reason})`, 'skipped'),
      diagnostics,
    );
    return doc ? [doc] : [];
  });
