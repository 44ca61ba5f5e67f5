import type { Terminal } from './progress.js';

/** The command line's streams, passed in so that tests and the installed command run the same code. */
export interface Io {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Writes to standard output; a promise that rejects when the write fails (a full disk, a closed pipe). */
  write(text: string): void | Promise<void>;
  error(text: string): void;
  /** Standard error, given only when it is a terminal: progress bars are drawn there. */
  readonly terminal?: Terminal;
}
