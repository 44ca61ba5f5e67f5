import { openStore, StoreError, storeLocation } from '../../store/index.js';
import type { Io } from '../io.js';
import { describeOutputError, OutputError } from '../messages.js';
import type { StoreCommand } from '../store-args.js';
import { runChanges } from './changes.js';
import { runIngest } from './ingest.js';
import { runReport } from './report.js';
import { runStories } from './stories.js';
import { runWatch } from './watch.js';

/** Store errors as people read them: the one place their codes become words. */
const storeMessage = (error: StoreError): string => {
  switch (error.code) {
    case 'store-not-found':
      return `no store at ${error.target} (run triangulate ingest first, or pass --db)`;
    case 'story-not-found':
      return `no story '${error.target}': ${error.message} (triangulate stories lists them)`;
    case 'version-not-found':
      return `no ${error.target}: ${error.message}`;
    case 'store-busy':
      return `${error.target} is busy: ${error.message}; try again`;
    case 'store-corrupt':
      return `${error.target}: ${error.message}`;
    case 'store-unwritable':
      return `${error.target}: ${error.message}`;
    case 'store-unsupported':
      return `${error.target}: ${error.message}`;
  }
};

/** Runs ingest, stories, report, changes or watch against the store; exit status as for analyze. */
export const runStoreCommand = async (command: StoreCommand, io: Io): Promise<number> => {
  try {
    if (command.kind === 'ingest' && command.enqueue) {
      io.error('triangulate: --enqueue needs a PostgreSQL store (--db postgres://…)');
      return 2;
    }
    const store = await openStore(storeLocation(command.db), {
      create: command.kind === 'ingest' || command.kind === 'watch',
    });
    try {
      switch (command.kind) {
        case 'ingest':
          return await runIngest(command, store, io);
        case 'stories':
          return await runStories(command, store, io);
        case 'report':
          return await runReport(command, store, io);
        case 'changes':
          return await runChanges(command, store, io);
        case 'watch':
          return await runWatch(command, store, io);
      }
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof StoreError) {
      io.error(`triangulate: ${storeMessage(error)}`);
      return 1;
    }
    if (error instanceof OutputError) {
      io.error(describeOutputError(error));
      return 1;
    }
    throw error;
  }
};
