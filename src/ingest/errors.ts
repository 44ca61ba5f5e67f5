import type { Diagnostic, DiagnosticCode } from '../doc/index.js';

/** Why one input could not be read: named to the user with the input, never thrown past the ingest boundary. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
    readonly code: DiagnosticCode,
  ) {
    super(`${input}: ${reason}`);
  }
}

/** A URL input that could not be fetched: refused, unreachable, timed out or answered with an error. */
export class FetchError extends InputError {
  override readonly name: string = 'FetchError';
}

/** Something a reader had to repair or drop in an input it still read, told to the user as a warning. */
export interface InputNote {
  readonly code: DiagnosticCode;
  readonly reason: string;
}

/** The input an error names, skipped for its reason (or a longer one said of it). */
export const skippedFor = (e: InputError, reason: string = e.reason): Diagnostic => ({
  input: e.input,
  code: e.code,
  reason,
  severity: 'skipped',
});
