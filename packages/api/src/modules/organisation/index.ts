import { Council, CouncillorRole, Directorate, Person, Service } from '@goldenthread/db';
import { canSeePerson } from '../../access/visibility.js';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { CouncilResolver, CouncillorRoleResolver, DirectorateResolver, PersonResolver, ServiceResolver } from './organisation.resolver.js';
import { CouncilNode, CouncillorRoleNode, DirectorateNode, PersonNode, ServiceNode } from './organisation.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export const organisationModule: FeatureModule = {
  name: 'organisation',
  resolvers: [CouncilResolver, DirectorateResolver, ServiceResolver, PersonResolver, CouncillorRoleResolver],
  nodeTypes: {
    Council: loader(Council, CouncilNode.from),
    Directorate: loader(Directorate, DirectorateNode.from),
    Service: loader(Service, ServiceNode.from),
    Person: { ...loader(Person, PersonNode.from), visible: (ctx, row: Person) => canSeePerson(ctx, { id: row.id, councilId: row.council.id, kind: row.kind }) },
    CouncillorRole: loader(CouncillorRole, CouncillorRoleNode.from),
  },
};
