export type { Command } from './args.js';
export { parseArgs } from './args.js';
export type { Io } from './io.js';
export { main } from './main.js';
export { renderReport } from './render.js';
export type { ReportFormat } from './report-format.js';
export { USAGE, UsageError } from './usage.js';
