import type { ArticleDraft } from './draft.js';
import { InputError } from './errors.js';
import { readXmlFeedItems } from './feed.js';
import { readJsonFeedItems } from './json-feed.js';

/** A feed's items, RSS, Atom or JSON Feed, as drafts whose text may be empty; throws an InputError on anything else. */
export const readFeedItems = (raw: string, input: string): ArticleDraft[] => {
  if (!raw.trimStart().startsWith('{')) return readXmlFeedItems(raw, input);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(input, `not valid JSON (${(error as Error).message})`);
  }
  const items = readJsonFeedItems(value);
  if (!items) throw new InputError(input, 'JSON but not a JSON Feed (no jsonfeed.org version)');
  return items;
};
