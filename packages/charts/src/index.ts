export * from './bars/layout.js';
export * from './compare/layout.js';
export * from './heatmap/layout.js';
export * from './history/layout.js';
export * from './scores/layout.js';
export * from './series/layout.js';
export * from './svg/index.js';
