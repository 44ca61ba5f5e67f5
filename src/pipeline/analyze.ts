import { clusterArticles } from '../cluster/index.js';
import {
  type AnnotatedArticle,
  type Article,
  articleLabels,
  type Diagnostic,
  type Story,
  type StoryAnalysis,
} from '../doc/index.js';
import { annotateBounded, boundsNotes, boundText, resolveDates } from '../nlp/index.js';
import { analyzeStory } from './analyze-story.js';
import { attempt, pipelineDiagnostic } from './failure.js';
import { storyHeadline } from './headline.js';
import { storyReferenceDate } from './reference-date.js';
import { alignedMembers, unaligned, withListed } from './story-bounds.js';

export interface Analysis {
  /** Every article analysed, annotated; undated ones carry their story's reference date, marked inferred. */
  readonly docs: readonly AnnotatedArticle[];
  readonly stories: readonly StoryAnalysis[];
  /** Articles skipped or only partly analysed, and stories that could not be aligned. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Names an article in a diagnostic: its source, with its title when the source (a feed, a JSON list) holds several. */
const articleNames = (articles: readonly Article[]): ((a: Article) => string) => {
  const perSource = new Map<string, number>();
  for (const a of articles) perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
  return (a) => ((perSource.get(a.source) ?? 0) > 1 && a.title ? `${a.source} ("${a.title}")` : a.source);
};

/** Annotates each article on its own: a part left out or an article that fails is reported, and the run goes on. */
const annotateAll = (
  articles: readonly Article[],
  nameOf: (a: Article) => string,
  diagnostics: Diagnostic[],
): AnnotatedArticle[] =>
  articles.flatMap((article) => {
    const bounded = boundText(article.text);
    for (const note of boundsNotes(bounded, article.text.length))
      diagnostics.push(pipelineDiagnostic(nameOf(article), note, 'warning'));
    const doc = attempt(
      () => annotateBounded(article, bounded),
      (reason) => pipelineDiagnostic(nameOf(article), `could not be analysed (${reason})`, 'skipped'),
      diagnostics,
    );
    return doc ? [doc] : [];
  });

/** The whole engine over articles already read: annotate, group into stories, align each story. */
export const analyzeArticles = (articles: readonly Article[]): Analysis => {
  const diagnostics: Diagnostic[] = [];
  const nameOf = articleNames(articles);
  const annotated = annotateAll(articles, nameOf, diagnostics);
  const stories = clusterArticles(annotated);
  const byId = new Map(annotated.map((d) => [d.article.id, d]));
  const labels = articleLabels(articles);
  const docs = new Map<string, AnnotatedArticle>();
  const analyses = stories.map((story) => {
    const members = story.articleIds.flatMap((id) => byId.get(id) ?? []);
    const reference = storyReferenceDate(members);
    const dated = members.map(
      (d) =>
        attempt(
          () =>
            d.article.published
              ? resolveDates(d, d.article.published, false)
              : resolveDates(d, reference, reference !== null),
          (reason) => pipelineDiagnostic(nameOf(d.article), `its dates could not be read (${reason})`, 'warning'),
          diagnostics,
        ) ?? d,
    );
    for (const d of dated) docs.set(d.article.id, d);
    const aligned = alignedMembers(story, dated);
    const named = `story "${storyHeadline(dated)}"`;
    if (aligned.length < dated.length) {
      const note = `only ${aligned.length} of its ${dated.length} articles compared (wire copies left out first); the others are listed`;
      diagnostics.push(pipelineDiagnostic(named, note, 'warning'));
    }
    const failed = (reason: string): Diagnostic =>
      pipelineDiagnostic(named, `could not be aligned (${reason}); its articles are listed only`, 'warning');
    const analysis =
      attempt(() => analyzeStory(story, aligned, (id) => labels.get(id) ?? id), failed, diagnostics) ??
      unaligned(story, aligned);
    return withListed(analysis, story, dated);
  });
  return { docs: annotated.map((d) => docs.get(d.article.id) ?? d), stories: analyses, diagnostics };
};
