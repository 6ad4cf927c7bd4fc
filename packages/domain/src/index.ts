export * from './findings.js';
export * from './hierarchy.js';
