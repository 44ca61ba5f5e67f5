export type { Analysis } from './analyze.js';
export { analyzeArticles } from './analyze.js';
export { analyzeMembers, type MembersAnalysis } from './analyze-members.js';
export { analyzeStory } from './analyze-story.js';
export { annotateAll, articleNames } from './annotate-all.js';
export { storyHeadline } from './headline.js';
export { storyReferenceDate } from './reference-date.js';
