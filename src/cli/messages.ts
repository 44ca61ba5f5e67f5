import type { Diagnostic } from '../doc/index.js';

const hex = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).padStart(2, '0');

/** Control characters, escape sequences and text-direction overrides in a name would act on the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Text for the terminal with anything that could act on it shown as an escape: \n, \t, \x1b, \u202e. */
export const printable = (text: string): string =>
  text.replace(UNSAFE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : c < '\u0100' ? `\\x${hex(c)}` : `\\u${hex(c).padStart(4, '0')}`,
  );

/** Every message about an input goes through here: "triangulate: skipped <input>: <reason>". */
export const describe = (d: Diagnostic): string =>
  `triangulate: ${d.severity === 'skipped' ? 'skipped' : 'note'} ${printable(d.input)}: ${printable(d.reason)}`;

/** The report could not be written: where, and the system's reason. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  readonly code = 'write-failed';
  constructor(
    readonly target: string,
    override readonly cause: unknown,
  ) {
    super(`cannot write ${target} (${(cause as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

export const describeOutputError = (error: OutputError): string => `triangulate: ${printable(error.message)}`;

export const plural = (n: number, word: string): string =>
  n === 1 ? `1 ${word}` : `${n} ${word.replace(/y$/, 'ie')}s`;
