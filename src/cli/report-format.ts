/** The forms a report can be written in. */
export type ReportFormat = 'markdown' | 'json' | 'html';
