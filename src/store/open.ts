import { StoreError } from './errors.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export const DEFAULT_STORE_FILE = 'triangulate.db';

/** `--db`, else $TRIANGULATE_DB, else triangulate.db in the current folder. */
export const storeLocation = (given: string | null, env: NodeJS.ProcessEnv = process.env): string =>
  given ?? (env.TRIANGULATE_DB || DEFAULT_STORE_FILE);

/** Opens the store a location names: a postgres:// URL or a SQLite file. */
export const openStore = async (location: string, options: { create: boolean }): Promise<Store> => {
  if (/^postgres(ql)?:\/\//i.test(location))
    throw new StoreError('store-unsupported', location, 'PostgreSQL stores are not available in this build yet');
  return openSqliteStore(location, options);
};
