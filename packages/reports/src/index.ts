export * from './model.js';
export {
  AUDIENCE_LABELS,
  buildReport,
  commentary,
  DEFAULT_COMMITTEE,
  filterToPortfolio,
  healthCheckSummary,
  performanceReason,
  STATUS_WORDS,
} from './build.js';
export { DEFINITIONS, LICENCE_NOTE, SOURCES } from './definitions.js';
export { financialYear, longDate, yearBefore } from './format.js';
export { renderHtml } from './render/html.js';
export { renderPdf } from './render/pdf.js';
export { renderDocx } from './render/docx.js';
export { renderXlsx } from './render/xlsx.js';
export { renderReport, CONTENT_TYPES } from './render/index.js';
