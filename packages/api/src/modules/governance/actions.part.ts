import { Action, ActionUpdate } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { NodeLoader } from '../feature-module.js';
import type { GovernancePart } from './part.js';
import {
  ActionResolver,
  ActionUpdateResolver,
  BestValueRecommendationActionsResolver,
  ComplaintActionsResolver,
  RiskActionsResolver,
  ScrutinyRecommendationActionsResolver,
} from './actions.resolver.js';
import { ActionNode, ActionUpdateNode, canSeeAction } from './actions.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/** The actions area of the governance feature (see part.ts): actions from every source and their progress updates. */
export const actionsPart: GovernancePart = {
  resolvers: [
    ActionResolver,
    ActionUpdateResolver,
    RiskActionsResolver,
    BestValueRecommendationActionsResolver,
    ComplaintActionsResolver,
    ScrutinyRecommendationActionsResolver,
  ],
  nodeTypes: {
    Action: loader(Action, ActionNode.from),
    ActionUpdate: loader(ActionUpdate, (u: ActionUpdate) => ActionUpdateNode.from(u)),
  },
  visibility: {
    // The council's own staff and councillors (README "What each viewer sees"); an update follows its action.
    Action: { see: canSeeAction } satisfies TypeRule<ActionNode>,
    ActionUpdate: {
      see: async (ctx, u) => {
        if (u.councilId !== null) return canSeeAction(ctx, { councilId: u.councilId });
        const a = await ctx.loaders.byId(Action).load(u.actionDbId);
        return a !== null && canSeeAction(ctx, ActionNode.from(a));
      },
    } satisfies TypeRule<ActionUpdateNode>,
    ActionPayload: 'value',
    ActionUpdatePayload: 'value',
  },
};
