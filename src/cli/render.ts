import type { Report } from '../report/index.js';
import { renderHtml, renderJson, renderMarkdown } from '../report/index.js';
import type { ReportFormat } from './report-format.js';

export const renderReport = (report: Report, format: ReportFormat): string => {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
  }
};
