import { diffVersions, renderChangesMarkdown, type VersionedReport } from '../../report/index.js';
import { type Store, StoreError, type StoryRecord } from '../../store/index.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';
import type { StoreCommand } from '../store-args.js';
import { findStory } from './find-story.js';

type Since = Extract<StoreCommand, { kind: 'changes' }>['since'];

/** The version `--since` names: a number, or the latest stored at that time (0, before the story, when none). */
const baseline = async (store: Store, story: StoryRecord, since: Since): Promise<VersionedReport> => {
  if ('time' in since) {
    const at = await store.versionAt(story.id, since.time);
    return at ? { version: at.version, report: at.report } : { version: 0, report: null };
  }
  if (since.version === 0) return { version: 0, report: null };
  const found = await store.version(story.id, since.version);
  if (!found)
    throw new StoreError(
      'version-not-found',
      `${story.id} version ${since.version}`,
      `the story has versions 1 to ${story.version}`,
    );
  return { version: found.version, report: found.report };
};

export const runChanges = async (
  command: Extract<StoreCommand, { kind: 'changes' }>,
  store: Store,
  io: Io,
): Promise<number> => {
  const story = await findStory(store, command.storyId, io);
  const latest = await store.version(story.id, story.version);
  if (!latest) return 1;
  const changes = diffVersions(story.id, await baseline(store, story, command.since), {
    version: latest.version,
    report: latest.report,
  });
  const output =
    command.format === 'json' ? `${JSON.stringify(changes, null, 2)}\n` : renderChangesMarkdown(changes, latest.report);
  await emit(output, null, io);
  return 0;
};
