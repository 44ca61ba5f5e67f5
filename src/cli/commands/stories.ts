import type { Store, StorySummary } from '../../store/index.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';
import type { StoreCommand } from '../store-args.js';

const HEADLINE_WIDTH = 72;

const cut = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

const table = (stories: readonly StorySummary[]): string => {
  const rows = stories.map((s) => [
    s.id,
    s.updated.slice(0, 16).replace('T', ' '),
    String(s.articleIds.length),
    cut(s.headline, HEADLINE_WIDTH),
  ]);
  const all = [['ID', 'UPDATED (UTC)', 'ARTICLES', 'HEADLINE'], ...rows];
  const widths = [0, 1, 2].map((c) => Math.max(...all.map((r) => r[c]?.length ?? 0)));
  return all.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ')).join('\n');
};

/** The contract's `stories` JSON: the latest version of each story, newest update first. */
const json = (stories: readonly StorySummary[]): string =>
  `${JSON.stringify(
    {
      stories: stories.map((s) => ({
        id: s.id,
        headline: s.headline,
        articleCount: s.articleIds.length,
        articleIds: s.articleIds,
        outlets: s.outlets,
        updated: s.updated,
        version: s.version,
        contested: s.contested,
      })),
    },
    null,
    2,
  )}\n`;

export const runStories = async (
  command: Extract<StoreCommand, { kind: 'stories' }>,
  store: Store,
  io: Io,
): Promise<number> => {
  const stories = await store.stories({
    ...(command.search === null ? {} : { search: command.search }),
    ...(command.since === null ? {} : { since: command.since }),
  });
  const output =
    command.format === 'json' ? json(stories) : stories.length === 0 ? 'No stories.\n' : `${table(stories)}\n`;
  await emit(output, null, io);
  return 0;
};
