/** Governance: councillors' and leaders' records and the checks over them. */
export * from './enums.js';
export * from './actions.js';
export * from './best-value.js';
export * from './complaints.js';
export * from './case-references.js';
export * from './roles.js';
export * from './scrutiny.js';
export * from './risks.js';
export * from './heat-map.js';
export * from './snapshot.js';
export * from './checks.js';
