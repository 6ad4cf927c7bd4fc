export * from './measurement-types.js';
export { parseMeasurementCsv } from './measurement-csv.js';
export { periodFromFileName } from './measurement-formats/index.js';
export {
  applyMeasurementImport,
  ImportConflictError,
  planMeasurementImport,
  type ApplyOptions,
  type ImportPlan,
} from './measurement-store.js';
export { importMeasurements, loadLookups, type ImportPreviewRow, type ImportReport } from './measurements.js';
export { planImport, planWrites, type ImportPlan as PlannedImport } from './import-plan.js';
export { RowErrors, type RowError } from './row-errors.js';
export { samePublishedFigure, samePublishedNumber } from './published-figure.js';
export { applyAreaFigureImport, planAreaFigureImport, type AreaFigurePlan } from './area-figure-store.js';
