export { buildTimeline } from './build-timeline.js';
