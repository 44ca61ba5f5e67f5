export type { Command, ReportFormat } from './args.js';
export { parseArgs } from './args.js';
export type { Io } from './main.js';
export { main } from './main.js';
export { renderReport } from './render.js';
export { USAGE, UsageError } from './usage.js';
