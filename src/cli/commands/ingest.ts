import { ingest } from '../../ingest/index.js';
import { ingestArticles } from '../../live/index.js';
import { urlFetcher } from '../../net/index.js';
import type { Store } from '../../store/index.js';
import type { Io } from '../io.js';
import { describe, plural } from '../messages.js';
import { progress } from '../progress.js';
import type { StoreCommand } from '../store-args.js';

/**
 * Reads the inputs, stores what is new and brings the touched stories up to date: a progress bar on a terminal, one
 * summary line on stdout.
 */
export const runIngest = async (
  command: Extract<StoreCommand, { kind: 'ingest' }>,
  store: Store,
  io: Io,
): Promise<number> => {
  const { articles, diagnostics } = await ingest(command.inputs, {
    stdin: io.stdin,
    fetchUrl: urlFetcher({ allowPrivate: command.allowPrivate }),
  });
  for (const d of diagnostics) io.error(describe(d));
  const skipped = diagnostics.filter((d) => d.severity === 'skipped').length;
  if (articles.length === 0) {
    io.error('triangulate: nothing to ingest: no input held a readable article');
    return 1;
  }
  const bar = progress(io.terminal);
  const summary = await ingestArticles(store, articles, {
    onProgress: (done, total) => bar.update('articles', done, total),
  });
  bar.clear();
  for (const d of summary.diagnostics) io.error(describe(d));
  io.write(
    `ingested into ${store.location}: ${summary.added} new, ${summary.alreadyStored} already stored, ` +
      `${skipped + summary.failed} skipped; ${plural(summary.storiesTouched, 'story')} touched\n`,
  );
  return 0;
};
