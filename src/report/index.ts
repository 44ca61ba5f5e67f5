export type { StatusChange, StoryChanges, VersionedReport } from './changes/index.js';
export { diffVersions, renderChangesMarkdown } from './changes/index.js';
export type * from './contract.js';
export { renderHtml } from './html/index.js';
export { GENERATOR, renderJson, toReport } from './json.js';
export { articleLabels, citationText } from './labels.js';
export { renderMarkdown } from './markdown/index.js';
export { plainNumber, quantityText } from './quantity-text.js';
