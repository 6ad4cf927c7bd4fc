import type { GovernancePart } from './part.js';

/** The actions area of the governance feature (see part.ts). */
export const actionsPart: GovernancePart = {
  resolvers: [],
  nodeTypes: {},
  visibility: {},
};
