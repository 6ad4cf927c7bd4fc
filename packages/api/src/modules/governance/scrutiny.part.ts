import type { GovernancePart } from './part.js';

/** The scrutiny area of the governance feature (see part.ts). */
export const scrutinyPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
