export { analyzeStoredStory, refreshStaleStories } from './analyze-stored.js';
export type { IngestSummary, LiveIngestOptions } from './ingest.js';
export { ingestArticles } from './ingest.js';
export type { LiveIndex } from './live-index.js';
export { openLiveIndex } from './live-index.js';
