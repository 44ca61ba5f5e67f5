export type { Ymd } from './calendar.js';
export { formatYmd, parseYmd } from './calendar.js';
export { extractTimexes } from './extract.js';
