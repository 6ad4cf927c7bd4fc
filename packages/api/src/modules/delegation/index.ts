import { DecisionBody, DecisionPower, Delegation, DelegationEvent } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import { personWithheld } from '../../access/visibility.js';
import { isDelegationInForce } from '@goldenthread/domain';
import { isoToday } from './delegation-snapshot.js';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { AccountabilityResolver, CouncilDelegationResolver, DecisionPowerResolver, DelegationResolver } from './delegation.resolver.js';
import { SchemeEditResolver } from './delegation.scheme.resolver.js';
import {
  CouncilDelegationPermissionsResolver,
  DecisionBodyPermissionsResolver,
  DecisionPowerPermissionsResolver,
  DelegationPermissionsResolver,
} from './delegation.permissions.js';
import {
  DecisionBodyNode,
  DecisionPowerNode,
  DelegationEventNode,
  DelegationNode,
  type AccountabilityAnswerType,
  type AccountabilityNodeRef,
  type DelegationPathStep,
  type DelegationPathType,
} from './delegation.type.js';

/** A path's text as the viewer may read it: each person whose name is withheld by their post. */
async function pathText(p: DelegationPathType, ctx: Parameters<typeof personWithheld>[0]): Promise<string> {
  const names = await Promise.all(p.steps.map(async (s) => (s.person && (await personWithheld(ctx, s.person)) ? s.post : s.name)));
  return names.join(' → ');
}

/** The kind of decision power that lets its holder publish the council's performance data. */
export const PUBLISH_PERFORMANCE_DATA = 'PUBLISH_PERFORMANCE_DATA';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export { loadCouncilScheme, loadIndicatorsInUse, loadServiceItems, SCHEME_SQL, type CouncilScheme } from './delegation-snapshot.js';
export { buildAccountabilityTree } from './accountability.js';
export { SchemeCsvService, type ImportReport } from './scheme-csv.service.js';

export const delegationModule: FeatureModule = {
  name: 'delegation',
  resolvers: [
    AccountabilityResolver,
    CouncilDelegationResolver,
    DecisionPowerResolver,
    DelegationResolver,
    SchemeEditResolver,
    DecisionBodyPermissionsResolver,
    DecisionPowerPermissionsResolver,
    DelegationPermissionsResolver,
    CouncilDelegationPermissionsResolver,
  ],
  nodeTypes: {
    DecisionBody: loader(DecisionBody, DecisionBodyNode.from),
    DecisionPower: loader(DecisionPower, DecisionPowerNode.from),
    Delegation: loader(Delegation, DelegationNode.from),
    DelegationEvent: loader(DelegationEvent, DelegationEventNode.from),
  },
  visibility: {
    // The council's constitution is public: its bodies, their powers with limits, and the delegations
    // in force (power, scope, limit, conditions, the holder's post; the holder's name where the
    // Person rule allows). Revoked and future delegations, and the record of changes, are the
    // council's own.
    DecisionBody: 'public',
    DecisionPower: 'public',
    Delegation: {
      see: (ctx, d) => ctx.access.canReadUnpublished(d.councilId) || isDelegationInForce(d, isoToday()),
    } satisfies TypeRule<DelegationNode>,
    DelegationEvent: { see: (ctx, e) => ctx.access.canReadUnpublished(e.councilId) } satisfies TypeRule<DelegationEventNode>,
    // A reference naming a person whose name the viewer may not see (the Person rule) gives their
    // post instead, and no id; a path's text likewise. Findings, a path's problems and line management
    // are the council's own. (Findings and trees are asked for by the council's people only.)
    AccountabilityNodeRef: {
      redact: {
        withheld: (ctx, r) => (r.person ? personWithheld(ctx, r.person) : false),
        fields: { name: (r) => r.publicName, id: (r) => (r.type === 'Person' ? null : r.id) },
      },
    } satisfies TypeRule<AccountabilityNodeRef>,
    DelegationPathStep: {
      redact: {
        withheld: (ctx, s) => (s.person ? personWithheld(ctx, s.person) : false),
        fields: { name: (s) => s.post, id: () => null },
      },
    } satisfies TypeRule<DelegationPathStep>,
    DelegationPath: {
      councilOnly: { councilId: (p) => p.councilId, fields: ['problems'] },
      redact: { withheld: (ctx, p) => !ctx.access.canReadUnpublished(p.councilId), fields: { text: pathText } },
    } satisfies TypeRule<DelegationPathType>,
    AccountabilityAnswer: {
      councilOnly: { councilId: (a) => a.councilId, fields: ['findings', 'ownerChain'] },
    } satisfies TypeRule<AccountabilityAnswerType>,
    AccountabilityFinding: 'value',
    NodeDelegation: 'value',
    NodeFinding: 'value',
    AccountabilityTreeNode: 'value',
    AccountabilityTreeStats: 'value',
    AccountabilityTree: 'value',
    DecisionMaker: 'value',
    OwnedService: 'value',
    DirectedDirectorate: 'value',
    PowerHeld: 'value',
    PersonAnswer: 'value',
    DecisionBodyPayload: 'value',
    DecisionPowerPayload: 'value',
    DelegationPayload: 'value',
    RevokePayload: 'value',
    ServiceOwnerPayload: 'value',
    CouncilMiPayload: 'value',
    ImportSchemePayload: 'value',
    DecisionPowerViewerCan: 'value',
    DecisionBodyViewerCan: 'value',
    SchemeDeletePayload: 'value',
    DelegationViewerCan: 'value',
    CouncilDelegationViewerCan: 'value',
  },
  access: {
    // The MI-responsible manager may delegate publication of performance data: whoever holds an
    // in-force delegation of a PUBLISH_PERFORMANCE_DATA power of the council may publish.
    publicationDelegates: async (em, councilId) => {
      const today = new Date().toISOString().slice(0, 10);
      const rows = await em.find(
        Delegation,
        {
          council: councilId,
          power: { kind: PUBLISH_PERFORMANCE_DATA },
          revokedOn: null,
          effectiveFrom: { $lte: today },
          $or: [{ effectiveTo: null }, { effectiveTo: { $gte: today } }],
        },
        { fields: ['id', 'toPerson'], disableIdentityMap: true },
      );
      return rows.map((d) => d.toPerson.id);
    },
  },
};
