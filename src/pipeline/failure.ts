import type { Diagnostic, DiagnosticCode } from '../doc/index.js';

const MAX_REASON = 120;

/** An unexpected error in a few words for the user: the first line of its message, never a stack trace. */
export const shortReason = (error: unknown): string => {
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0] ?? '';
  return message.length <= MAX_REASON ? message : `${message.slice(0, MAX_REASON)}…`;
};

/** Every diagnostic the pipeline makes is built here, so a new field of `Diagnostic` is added in one place. */
export const pipelineDiagnostic = (
  input: string,
  code: DiagnosticCode,
  reason: string,
  severity: Diagnostic['severity'],
): Diagnostic => ({ input, code, reason, severity });

/** Runs one article's or story's work; an unexpected error becomes its diagnostic instead of the end of the run. */
export const attempt = <T>(
  work: () => T,
  onError: (reason: string) => Diagnostic,
  diagnostics: Diagnostic[],
): T | undefined => {
  try {
    return work();
  } catch (error) {
    diagnostics.push(onError(shortReason(error)));
    return undefined;
  }
};
