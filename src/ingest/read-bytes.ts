import { open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { MAX_INPUT_BYTES } from './limits.js';

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

const tooLarge = (input: string, size: number): InputError =>
  new InputError(input, `too large (${megabytes(size)}; the limit is ${megabytes(MAX_INPUT_BYTES)})`);

/** A file's bytes, refusing oversized files before reading them. */
export const readFileBytes = async (path: string): Promise<Uint8Array> => {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_INPUT_BYTES) throw tooLarge(path, size);
    return await handle.readFile();
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
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(input, size);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
};
