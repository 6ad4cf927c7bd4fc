import { Risk, RiskAssessment } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { NodeLoader } from '../feature-module.js';
import type { GovernancePart } from './part.js';
import { GovernanceCsvResolver } from './risks.csv.resolver.js';
import { RiskAssessmentResolver, RiskResolver } from './risks.resolver.js';
import { RiskAssessmentNode, RiskNode, canSeeRisk } from './risks.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/** The risks area of the governance feature (see part.ts): risk registers, their assessments and heat map. */
export const risksPart: GovernancePart = {
  resolvers: [RiskResolver, RiskAssessmentResolver, GovernanceCsvResolver],
  nodeTypes: {
    Risk: loader(Risk, RiskNode.from),
    RiskAssessment: loader(RiskAssessment, (a: RiskAssessment) => RiskAssessmentNode.from(a)),
  },
  visibility: {
    // The council's own staff and councillors (README "What each viewer sees"); an assessment follows its risk.
    Risk: { see: canSeeRisk } satisfies TypeRule<RiskNode>,
    RiskAssessment: {
      see: async (ctx, a) => {
        if (a.councilId !== null) return canSeeRisk(ctx, { councilId: a.councilId });
        const r = await ctx.loaders.byId(Risk).load(a.riskDbId);
        return r !== null && canSeeRisk(ctx, RiskNode.from(r));
      },
    } satisfies TypeRule<RiskAssessmentNode>,
    // Answers of the root field riskHeatMap, which only the council's own people may ask.
    RiskHeatMapCell: 'value',
    RiskPayload: 'value',
    // Reports of the CSV imports (the mutations decide who may import).
    GovernanceImportPayload: 'value',
    GovernanceCsvRowError: 'value',
  },
};
