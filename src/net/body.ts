import { FetchError } from '../ingest/index.js';

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A response body up to the cap: a declared length over it is refused unread, a stream past it is cut off. */
export const readCappedBody = async (input: string, response: Response, maxBytes: number): Promise<Uint8Array> => {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(input, `too large (${megabytes(declared)}; the limit is ${megabytes(maxBytes)})`, 'too-large');
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(input, `too large (over the ${megabytes(maxBytes)} limit; download stopped)`, 'too-large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
};
