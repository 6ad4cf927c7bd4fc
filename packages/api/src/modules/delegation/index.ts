import { DecisionBody, DecisionPower, Delegation, DelegationEvent } from '@goldenthread/db';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { AccountabilityResolver, CouncilDelegationResolver, DecisionPowerResolver, DelegationResolver } from './delegation.resolver.js';
import { DecisionBodyNode, DecisionPowerNode, DelegationEventNode, DelegationNode } from './delegation.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export { loadCouncilScheme, loadIndicatorsInUse, loadServiceItems, SCHEME_SQL, type CouncilScheme } from './delegation-snapshot.js';
export { buildAccountabilityTree } from './accountability.js';
export { SchemeCsvService, type ImportReport } from './scheme-csv.service.js';

export const delegationModule: FeatureModule = {
  name: 'delegation',
  resolvers: [AccountabilityResolver, CouncilDelegationResolver, DecisionPowerResolver, DelegationResolver],
  nodeTypes: {
    DecisionBody: loader(DecisionBody, DecisionBodyNode.from),
    DecisionPower: loader(DecisionPower, DecisionPowerNode.from),
    Delegation: loader(Delegation, DelegationNode.from),
    DelegationEvent: loader(DelegationEvent, DelegationEventNode.from),
  },
};
