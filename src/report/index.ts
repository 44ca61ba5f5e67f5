export type * from './contract.js';
export { claimNoteSchema, reportSchema, storySchema } from './contract.js';
export { GENERATOR, VERSION } from './generator.js';
export { renderHtml } from './html/index.js';
export { renderJson, toReport } from './json.js';
export { articleLabels, citationText } from './labels.js';
export { renderMarkdown } from './markdown/index.js';
export { plainNumber, quantityText } from './quantity-text.js';
