import type { GovernancePart } from './part.js';

/** The risks area of the governance feature (see part.ts). */
export const risksPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
