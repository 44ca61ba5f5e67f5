import { writeFile } from 'node:fs/promises';
import type { Io } from './io.js';
import { OutputError } from './messages.js';

/** Output to its destination (a file, or standard output when `out` is null); any failure is one OutputError. */
export const emit = async (output: string, out: string | null, io: Io): Promise<void> => {
  try {
    if (out) await writeFile(out, output);
    else await io.write(output);
  } catch (error) {
    throw new OutputError(out ?? 'standard output', error);
  }
};
