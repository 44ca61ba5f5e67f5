export { annotateArticle, resolveDates, textLayer } from './annotate.js';
export { splitSentences } from './sentences.js';
export type { TokenRun } from './tokens.js';
export { tokenize } from './tokens.js';
export { wink } from './wink.js';
