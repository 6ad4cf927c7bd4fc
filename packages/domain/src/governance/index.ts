/** Governance: councillors' and leaders' records and the checks over them. */
export * from './enums.js';
