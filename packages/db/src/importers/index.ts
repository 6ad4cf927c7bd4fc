export * from './measurements.js';
