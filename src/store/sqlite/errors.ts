import { StoreError } from '../errors.js';

/** SQLite's failures as the store's typed errors; anything else is passed on untouched. */
export const storeError = (location: string, error: unknown): unknown => {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new StoreError('store-busy', location, 'another process holds the store for too long');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new StoreError('store-corrupt', location, 'the file is not a Triangulate store or is damaged');
  if (code === 'SQLITE_CANTOPEN') return new StoreError('store-not-found', location, 'the store cannot be opened');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR'))
    return new StoreError('store-unwritable', location, `the store cannot be written (${code})`);
  return error;
};

/** Runs `work`, turning SQLite's failures into StoreErrors. */
export const guarded = async <T>(location: string, work: () => Promise<T> | T): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw storeError(location, error);
  }
};
