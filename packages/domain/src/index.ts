export * from './findings.js';
export * from './hierarchy.js';
export * from './organisation/enums.js';
export * from './organisation/validation.js';
export * from './cascade/index.js';
export * from './performance/index.js';
export * from './delegation/index.js';
export * from './governance/index.js';
