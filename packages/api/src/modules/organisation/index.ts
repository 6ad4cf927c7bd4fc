import { Council, CouncillorRole, Directorate, Person, Service } from '@goldenthread/db';
import { canSeePerson } from '../../access/visibility.js';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { CouncillorRoleResolver, PersonResolver } from './organisation.people.resolver.js';
import { CouncilResolver, DirectorateResolver, ServiceResolver } from './organisation.resolver.js';
import {
  CouncilPermissionsResolver,
  DirectoratePermissionsResolver,
  PersonPermissionsResolver,
  ServicePermissionsResolver,
} from './organisation.permissions.js';
import { CouncilNode, CouncillorRoleNode, DirectorateNode, PersonNode, ServiceNode } from './organisation.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

export const organisationModule: FeatureModule = {
  name: 'organisation',
  resolvers: [
    CouncilResolver,
    DirectorateResolver,
    ServiceResolver,
    PersonResolver,
    CouncillorRoleResolver,
    CouncilPermissionsResolver,
    DirectoratePermissionsResolver,
    ServicePermissionsResolver,
    PersonPermissionsResolver,
  ],
  nodeTypes: {
    Council: loader(Council, CouncilNode.from),
    Directorate: loader(Directorate, DirectorateNode.from),
    Service: loader(Service, ServiceNode.from),
    Person: loader(Person, PersonNode.from),
    CouncillorRole: loader(CouncillorRole, CouncillorRoleNode.from),
  },
  visibility: {
    Council: 'public',
    Directorate: 'public',
    Service: 'public',
    // Councillors and holders of accountable posts are public; other officers only to their council.
    // Contact details and line management only to the council, whoever the person is.
    Person: {
      see: (ctx, p) => canSeePerson(ctx, { id: p.dbId, councilId: p.councilId, kind: p.kind }),
      councilOnly: {
        councilId: (p) => p.councilId,
        fields: ['email', 'leftOn', 'hasDualAccountability', 'lineManager', 'functionalManager', 'directReports'],
      },
    } satisfies TypeRule<PersonNode>,
    CouncillorRole: 'public',
    OrgTreeNode: 'value',
    OrganisationTree: 'value',
    DirectoratePayload: 'value',
    ServicePayload: 'value',
    PersonPayload: 'value',
    DeletePayload: 'value',
    CouncilViewerCan: 'value',
    DirectorateViewerCan: 'value',
    ServiceViewerCan: 'value',
    PersonViewerCan: 'value',
  },
};
