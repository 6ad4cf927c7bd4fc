/** The leadership health check (issue 14): the seven questions, six barriers and eight habits answered from evidence. */
export * from './evidence.js';
