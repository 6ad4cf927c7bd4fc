import type { GovernancePart } from './part.js';

/** The complaints area of the governance feature (see part.ts). */
export const complaintsPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
