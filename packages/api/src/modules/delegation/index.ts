import { DecisionBody, DecisionPower, Delegation, DelegationEvent } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
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
import { DecisionBodyNode, DecisionPowerNode, DelegationEventNode, DelegationNode } from './delegation.type.js';

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
    AccountabilityNodeRef: 'value',
    AccountabilityFinding: 'value',
    NodeDelegation: 'value',
    NodeFinding: 'value',
    AccountabilityTreeNode: 'value',
    AccountabilityTreeStats: 'value',
    AccountabilityTree: 'value',
    DelegationPathStep: 'value',
    DelegationPath: 'value',
    DecisionMaker: 'value',
    AccountabilityAnswer: 'value',
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
