export { mergeEntities } from './merge.js';
