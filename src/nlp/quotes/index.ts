export { extractQuotes } from './extract.js';
export type { MarkedSpan } from './marks.js';
export { findQuotedSpans } from './marks.js';
export type { Turn } from './transcript.js';
export { findTurns } from './transcript.js';
