export type { StatusChange, StoryChanges, VersionedReport } from './diff.js';
export { diffVersions } from './diff.js';
export { renderChangesMarkdown } from './markdown.js';
