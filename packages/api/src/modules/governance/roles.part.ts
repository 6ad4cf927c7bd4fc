import type { GovernancePart } from './part.js';

/** The roles area of the governance feature (see part.ts). */
export const rolesPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
