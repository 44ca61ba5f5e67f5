import type { ArticleDraft } from './draft.js';
import { InputError } from './errors.js';
import { readXmlFeedItems } from './feed.js';
import { parseJsonInput } from './json-articles.js';
import { readJsonFeedItems } from './json-feed.js';

/** A feed's items, RSS, Atom or JSON Feed, as drafts whose text may be empty; throws an InputError on anything else. */
export const readFeedItems = (raw: string, input: string): ArticleDraft[] => {
  if (!raw.trimStart().startsWith('{')) return readXmlFeedItems(raw, input);
  const items = readJsonFeedItems(parseJsonInput(raw, input));
  if (!items) throw new InputError(input, 'JSON but not a JSON Feed (no jsonfeed.org version)', 'bad-feed');
  return items;
};
