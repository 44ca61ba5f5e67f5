import type { Diagnostic, Story, StoryId } from '../doc/index.js';
import { analyzeMembers } from '../pipeline/index.js';
import { toReport } from '../report/index.js';
import type { NewVersion, Store } from '../store/index.js';

/** Analyses a stored story on its current members: the next version, with its contract report precomputed. */
export const analyzeStoredStory = async (
  store: Store,
  id: StoryId,
  diagnostics: Diagnostic[] = [],
): Promise<NewVersion | null> => {
  const record = await store.story(id);
  if (!record) return null;
  const members = await store.storyDocs(record.id);
  const articleIds = members.map((d) => d.article.id);
  const story: Story = { id: record.id, articleIds, copies: record.copies as Story['copies'] };
  const { dated, analysis } = analyzeMembers(story, members, diagnostics);
  return {
    articleIds,
    headline: analysis.headline,
    contested: analysis.claims.filter((c) => c.status === 'contested').length,
    report: toReport(dated, [analysis]),
  };
};

/** Re-analyses every story whose members changed since its latest version; returns how many versions were stored. */
export const refreshStaleStories = async (
  store: Store,
  now: () => string,
  diagnostics: Diagnostic[] = [],
): Promise<number> => {
  let stored = 0;
  for (const id of await store.staleStories()) {
    const version = await analyzeStoredStory(store, id, diagnostics);
    if (!version) continue;
    await store.write((w) => w.addVersion(id, version, now()));
    stored++;
  }
  return stored;
};
