// Tools for tests and development scripts, not for the application: `@goldenthread/db/testing`.
export { QueryCounter } from './query-counter.js';
export { copyAsReplica, createScratchPostgres } from './scratch-postgres.js';
