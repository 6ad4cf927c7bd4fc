/** Performance rules: periods, measured values, RAG, direction of travel, group comparison, exceptions. */
export * from './enums.js';
export * from './period.js';
export * from './period-labels.js';
export * from './values.js';
export * from './rag.js';
export * from './trend.js';
export * from './direction.js';
export * from './compare.js';
export * from './exceptions.js';
export * from './commentary.js';
export * from './measures.js';
export * from './councils.js';
export * from './one-per-measure.js';
export * from './owners.js';
export * from './indicator-writes.js';
export * from './measurement-steps.js';
export * from './areas.js';
