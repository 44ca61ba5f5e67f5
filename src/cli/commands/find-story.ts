import { type Store, StoreError, type StoryRecord } from '../../store/index.js';
import type { Io } from '../io.js';

/** The story an id or alias names, with a note when the id was merged into another; a typed error when neither. */
export const findStory = async (store: Store, id: string, io: Io): Promise<StoryRecord> => {
  const story = await store.story(id);
  if (!story || story.version === 0)
    throw new StoreError('story-not-found', id, `no story with this id in ${store.location}`);
  if (story.requestedAs !== null)
    io.error(`triangulate: note: story ${id} was merged into ${story.id}; showing ${story.id}`);
  return story;
};
