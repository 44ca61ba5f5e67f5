/** Stable identifiers for why an input was skipped or noted: for programs, where `reason` is for people. */
export type DiagnosticCode =
  | 'not-found'
  | 'unreadable'
  | 'not-regular-file'
  | 'too-large'
  | 'binary'
  | 'bad-encoding'
  | 'unsupported-format'
  | 'bad-json'
  | 'bad-feed'
  | 'bad-article'
  | 'empty'
  | 'too-short'
  | 'duplicate'
  | 'bad-date'
  | 'truncated'
  | 'invalid-url'
  | 'refused'
  | 'private-address'
  | 'unreachable'
  | 'timeout'
  | 'http-status'
  | 'bad-redirect'
  | 'write-failed'
  | 'analysis-failed'
  | 'story-too-large';

/** A message about one input, in the spirit of vfile messages: the run goes on, the user is told. */
export interface Diagnostic {
  readonly input: string;
  readonly code: DiagnosticCode;
  readonly reason: string;
  readonly severity: 'skipped' | 'warning';
}
