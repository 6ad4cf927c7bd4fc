import type { GovernancePart } from './part.js';

/** The best-value area of the governance feature (see part.ts). */
export const bestValuePart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
