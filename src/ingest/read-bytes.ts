import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { fsError, notRegularFile } from './fs-errors.js';
import { MAX_INPUT_BYTES } from './limits.js';

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

const tooLarge = (input: string, size: number, limit: number): InputError =>
  new InputError(input, `too large (${megabytes(size)}; the limit is ${megabytes(limit)})`, 'too-large');

const tooLargeRead = (input: string, limit: number): InputError =>
  new InputError(input, `too large (over the ${megabytes(limit)} limit; reading stopped)`, 'too-large');

const CHUNK_BYTES = 64 * 1024;

/** Bytes counted as they arrive, since a file's reported size can be wrong (it grows, or it is a device). */
const readCapped = async (input: string, handle: FileHandle, limit: number): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return Buffer.concat(chunks);
    size += bytesRead;
    if (size > limit) throw tooLargeRead(input, limit);
    chunks.push(buffer.subarray(0, bytesRead));
  }
};

/**
 * A regular file's bytes, refusing oversized files before reading them. Opened without blocking, so a FIFO in the
 * file's place is refused rather than waited on.
 */
export const readFileBytes = async (path: string, limit: number = MAX_INPUT_BYTES): Promise<Uint8Array> => {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fsError(path, error, 'cannot read');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegularFile(path, stat);
    if (stat.size > limit) throw tooLarge(path, stat.size, limit);
    return await readCapped(path, handle, limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fsError(path, error, 'cannot read');
  } finally {
    await handle.close();
  }
};

/** A stream's bytes up to the size cap. */
export const readStreamBytes = async (
  input: string,
  stream: AsyncIterable<Uint8Array | string>,
): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge(input, size, MAX_INPUT_BYTES);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fsError(input, error, 'cannot read');
  }
  return Buffer.concat(chunks);
};
