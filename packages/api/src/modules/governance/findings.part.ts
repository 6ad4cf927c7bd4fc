import type { GovernancePart } from './part.js';

/** The findings area of the governance feature (see part.ts). */
export const findingsPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
