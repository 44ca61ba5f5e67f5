import type { AnnotatedArticle, Diagnostic, Story, StoryAnalysis } from '../doc/index.js';
import { analyzeStory } from './analyze-story.js';
import { dateStoryDocs } from './date-story.js';
import { attempt, pipelineDiagnostic } from './failure.js';
import { storyHeadline } from './headline.js';
import { alignedMembers, unaligned, withListed } from './story-bounds.js';

export interface MembersAnalysis {
  /** The members with their dates resolved. */
  readonly dated: readonly AnnotatedArticle[];
  readonly analysis: StoryAnalysis;
}

/**
 * One story from its annotated members, the same for a batch run and the store: dates resolved, alignment bounded to
 * a number of articles and guarded, so a story too large or failing is reported and its articles still listed.
 */
export const analyzeMembers = (
  story: Story,
  members: readonly AnnotatedArticle[],
  diagnostics: Diagnostic[],
  nameOf?: (doc: AnnotatedArticle) => string,
): MembersAnalysis => {
  const dated = dateStoryDocs(members, diagnostics, nameOf);
  const aligned = alignedMembers(story, dated);
  const named = `story "${storyHeadline(dated)}"`;
  if (aligned.length < dated.length) {
    const note = `only ${aligned.length} of its ${dated.length} articles compared (wire copies left out first); the others are listed`;
    diagnostics.push(pipelineDiagnostic(named, 'story-too-large', note, 'warning'));
  }
  const failed = (reason: string): Diagnostic =>
    pipelineDiagnostic(
      named,
      'analysis-failed',
      `could not be aligned (${reason}); its articles are listed only`,
      'warning',
    );
  const analysis = attempt(() => analyzeStory(story, aligned), failed, diagnostics) ?? unaligned(story, aligned);
  return { dated, analysis: withListed(analysis, story, dated) };
};
