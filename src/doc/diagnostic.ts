/** A message about one input, in the spirit of vfile messages: the run goes on, the user is told. */
export interface Diagnostic {
  readonly input: string;
  readonly reason: string;
  readonly severity: 'skipped' | 'warning';
}
