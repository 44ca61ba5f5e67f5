export * from './cli/index.js';
export * from './doc/index.js';
export * from './ingest/index.js';
export * from './nlp/index.js';
export * from './pipeline/index.js';
export * from './report/index.js';
