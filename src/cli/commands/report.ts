import type { Store } from '../../store/index.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';
import { renderReport } from '../render.js';
import type { StoreCommand } from '../store-args.js';
import { findStory } from './find-story.js';

/** The story's latest stored version, rendered; nothing is analysed again. */
export const runReport = async (
  command: Extract<StoreCommand, { kind: 'report' }>,
  store: Store,
  io: Io,
): Promise<number> => {
  const story = await findStory(store, command.storyId, io);
  const version = await store.version(story.id, story.version);
  if (!version) return 1;
  await emit(renderReport(version.report, command.format), command.out, io);
  return 0;
};
