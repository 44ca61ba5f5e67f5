export { annotateArticle, annotateBounded, resolveDates, textLayer } from './annotate.js';
export type { BoundedText } from './bounds.js';
export { boundsNotes, boundText, MAX_ANALYSED_CHARS, MAX_RUN_CHARS } from './bounds.js';
export { splitSentences } from './sentences.js';
export type { TokenRun } from './tokens.js';
export { tokenize } from './tokens.js';
export { wink } from './wink.js';
