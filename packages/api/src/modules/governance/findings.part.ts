import { GovernanceFindingsResolver } from './findings.resolver.js';
import type { GovernancePart } from './part.js';

/** The findings area of the governance feature (see part.ts): the checks, served as governanceFindings. */
export const findingsPart: GovernancePart = {
  resolvers: [GovernanceFindingsResolver],
  nodeTypes: {},
  // A value: the root field decides who may ask (the council's own people).
  visibility: { GovernanceFinding: 'value' },
};
