import type { Diagnostic } from '../doc/index.js';

/** One diagnostic line: "triangulate: skipped <input>: <reason>". */
export const describeDiagnostic = (d: Diagnostic): string =>
  `triangulate: ${d.severity === 'skipped' ? 'skipped' : 'note'} ${d.input}: ${d.reason}`;

export const plural = (n: number, word: string): string =>
  n === 1 ? `1 ${word}` : `${n} ${word.replace(/y$/, 'ie')}s`;
