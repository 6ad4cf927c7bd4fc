import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Council,
  CouncillorRole,
  CouncillorRoleKind,
  CouncilType,
  Directorate,
  Person,
  PersonKind,
  Service,
  ServiceKind,
} from '@goldenthread/db';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(CouncilType, {
  name: 'CouncilType',
  description: 'Type of English council with social services responsibilities.',
  valuesConfig: {
    CTY: { description: 'County council' },
    UA: { description: 'Unitary authority' },
    MD: { description: 'Metropolitan district' },
    LBO: { description: 'London borough' },
    CC: { description: 'City corporation (City of London)' },
  },
});
registerEnumType(PersonKind, {
  name: 'PersonKind',
  description: 'What kind of person: officer, councillor or partner contact.',
  valuesConfig: {
    COUNCILLOR: { description: 'An elected member (public).' },
    OFFICER: { description: 'An employee of the council (public when they hold an accountable post).' },
    PARTNER_CONTACT: { description: 'A contact at a partner body (NHS, provider...).' },
  },
});
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'A service, or a team nested in a service.',
  valuesConfig: { SERVICE: { description: 'A service of a directorate.' }, TEAM: { description: 'A team inside a service.' } },
});
registerEnumType(CouncillorRoleKind, {
  name: 'CouncillorRoleKind',
  description: 'A role a councillor holds in the council.',
  valuesConfig: {
    BEST_VALUE_PANEL: { description: 'A member of a Best Value review panel.' },
    CABINET_MEMBER: { description: 'A member of the cabinet (executive).' },
    COMPLAINTS_PANEL: { description: 'A member of the complaints review panel.' },
    LEADER: { description: 'The leader of the council.' },
    PORTFOLIO_HOLDER: { description: "The cabinet member who holds a portfolio (see the role's portfolio)." },
    SCRUTINY_CHAIR: { description: 'The chair of a scrutiny committee.' },
    SCRUTINY_MEMBER: { description: 'A member of a scrutiny committee.' },
    WARD_COUNCILLOR: { description: "A councillor for a ward (see the role's ward)." },
  },
});

/** What CouncilNode.from reads: a Council entity, or a plain row of its columns with miResponsible as an id. */
export type CouncilSource = Pick<
  Council,
  | 'id'
  | 'gssCode'
  | 'name'
  | 'officialName'
  | 'type'
  | 'region'
  | 'current'
  | 'startDate'
  | 'endDate'
  | 'nhsCode'
  | 'oflogGroup'
  | 'version'
> & { miResponsible: Council['miResponsible'] | number | null };

@ObjectType('Council', { implements: Node, description: 'An English council with social services responsibilities.' })
export class CouncilNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the council (Council:...): pass it as councilId.' }) id!: string;
  dbId!: number;
  miResponsibleId!: number | null;

  @Field(() => String, { description: 'ONS GSS code, e.g. E10000029.' }) gssCode!: string;
  @Field(() => String, { description: "The council's short name, e.g. 'Leeds'." }) name!: string;
  @Field(() => String, { description: "The council's legal name, e.g. 'Leeds City Council'; null when not recorded.", nullable: true })
  officialName!: string | null;
  @Field(() => CouncilType, {
    description: 'CTY (county), UA (unitary), MD (metropolitan district), LBO (London borough) or CC (City of London).',
  })
  type!: CouncilType;
  @Field(() => String, { description: "The council's region in England, e.g. 'Yorkshire and The Humber'." }) region!: string;
  @Field(() => Boolean, { description: 'False for former councils, kept for history.' }) current!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) endDate!: string | null;
  @Field(() => String, { nullable: true, description: 'NHS Digital council (CASSR) code used in ASCOF returns.' }) nhsCode!: string | null;
  @Field(() => String, { description: "The council's group in Oflog's published comparisons; null when Oflog gives none.", nullable: true })
  oflogGroup!: string | null;
  @Field(() => Int, { description: 'Optimistic-locking version: send it back with an update.' }) version!: number;

  /** From the entity, or from a plain row whose miResponsible is an id (performance reads). */
  static from(c: CouncilSource): CouncilNode {
    return Object.assign(new CouncilNode(), {
      id: toGlobalId('Council', c.id),
      dbId: c.id,
      miResponsibleId: typeof c.miResponsible === 'number' ? c.miResponsible : idOf(c.miResponsible),
      gssCode: c.gssCode,
      name: c.name,
      officialName: c.officialName,
      type: c.type,
      region: c.region,
      current: c.current,
      startDate: c.startDate,
      endDate: c.endDate,
      nhsCode: c.nhsCode,
      oflogGroup: c.oflogGroup,
      version: c.version,
    });
  }
}

@ObjectType('Directorate', {
  implements: Node,
  description: "A directorate of a council (adult social care, children's services, resources...).",
})
export class DirectorateNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the directorate.' }) id!: string;
  dbId!: number;
  councilId!: number;
  directorId!: number | null;

  @Field(() => String, { description: "Its name, e.g. 'Adults and Health'." }) name!: string;
  @Field(() => String, { description: "A short code, e.g. 'ASC'; null when none.", nullable: true }) code!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateDirectorate.' }) version!: number;

  static from(d: Directorate): DirectorateNode {
    return Object.assign(new DirectorateNode(), {
      id: toGlobalId('Directorate', d.id),
      dbId: d.id,
      councilId: idOf(d.council)!,
      directorId: idOf(d.director),
      name: d.name,
      code: d.code,
      version: d.version,
    });
  }
}

@ObjectType('Service', { implements: Node, description: 'A service of a directorate; services nest (service -> team).' })
export class ServiceNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the service.' }) id!: string;
  dbId!: number;
  councilId!: number;
  directorateId!: number;
  parentId!: number | null;
  accountableOwnerId!: number | null;

  @Field(() => String, { description: "Its name, e.g. 'Reablement'." }) name!: string;
  @Field(() => ServiceKind, { description: 'SERVICE, or TEAM for a team nested in a service.' }) kind!: ServiceKind;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateService.' }) version!: number;

  static from(s: Service): ServiceNode {
    return Object.assign(new ServiceNode(), {
      id: toGlobalId('Service', s.id),
      dbId: s.id,
      councilId: idOf(s.council)!,
      directorateId: idOf(s.directorate)!,
      parentId: idOf(s.parent),
      accountableOwnerId: idOf(s.accountableOwner),
      name: s.name,
      kind: s.kind,
      version: s.version,
    });
  }
}

@ObjectType('Person', { implements: Node, description: 'An officer, councillor or partner contact of a council.' })
export class PersonNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the person.' }) id!: string;
  dbId!: number;
  councilId!: number;
  directorateId!: number | null;
  serviceId!: number | null;
  lineManagerId!: number | null;
  functionalManagerId!: number | null;

  @Field(() => String, { description: 'Their full name.' }) name!: string;
  /** Served by PersonResolver.email: the council's own people only. */
  email!: string | null;
  @Field(() => String, { description: 'Their job title; null when not recorded.', nullable: true }) jobTitle!: string | null;
  @Field(() => PersonKind, { description: 'OFFICER, COUNCILLOR or PARTNER_CONTACT.' }) kind!: PersonKind;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updatePerson.' }) version!: number;
  /** Served by PersonResolver.leftOn: the council's own people only. */
  leftOn!: string | null;

  /** Has both a line manager and a functional manager (served by PersonResolver.hasDualAccountability). */
  get dualAccountability(): boolean {
    return this.lineManagerId !== null && this.functionalManagerId !== null;
  }

  static from(p: Person): PersonNode {
    return Object.assign(new PersonNode(), {
      id: toGlobalId('Person', p.id),
      dbId: p.id,
      councilId: idOf(p.council)!,
      directorateId: idOf(p.directorate),
      serviceId: idOf(p.service),
      lineManagerId: idOf(p.lineManager),
      functionalManagerId: idOf(p.functionalManager),
      name: p.name,
      email: p.email,
      jobTitle: p.jobTitle,
      kind: p.kind,
      version: p.version,
      leftOn: p.leftOn,
    });
  }
}

@ObjectType('CouncillorRole', { implements: Node, description: 'A role a councillor holds.' })
export class CouncillorRoleNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the role.' }) id!: string;
  dbId!: number;
  personId!: number;
  councilId!: number;

  @Field(() => CouncillorRoleKind, { description: 'What the role is.' }) role!: CouncillorRoleKind;
  /** The portfolio of a portfolio holder, the committee (decision body) of a scrutiny or panel role. */
  portfolioId!: number | null;
  committeeId!: number | null;
  @Field(() => String, { nullable: true, description: 'For ward councillors.' }) ward!: string | null;
  @Field(() => String, { nullable: true, description: 'The first day of the role (ISO date), where recorded.' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The last day of the role; null while it lasts.' }) endsOn!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateCouncillorRole.' }) version!: number;

  static from(r: CouncillorRole): CouncillorRoleNode {
    return Object.assign(new CouncillorRoleNode(), {
      id: toGlobalId('CouncillorRole', r.id),
      dbId: r.id,
      personId: idOf(r.person)!,
      councilId: idOf(r.council)!,
      role: r.role,
      portfolioId: idOf(r.portfolio),
      committeeId: idOf(r.committee),
      ward: r.ward,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      version: r.version,
    });
  }
}

export const CouncilConnection = Connection(CouncilNode, 'Council');
export const DirectorateConnection = Connection(DirectorateNode, 'Directorate');
export const ServiceConnection = Connection(ServiceNode, 'Service');
export const PersonConnection = Connection(PersonNode, 'Person');

export enum OrgNodeKind {
  COUNCIL = 'COUNCIL',
  DIRECTORATE = 'DIRECTORATE',
  SERVICE = 'SERVICE',
  TEAM = 'TEAM',
}
registerEnumType(OrgNodeKind, {
  name: 'OrgNodeKind',
  description: 'What a node of the organisation tree is.',
  valuesConfig: {
    COUNCIL: { description: 'The council (the root).' },
    DIRECTORATE: { description: 'A directorate.' },
    SERVICE: { description: 'A service of a directorate.' },
    TEAM: { description: 'A team nested in a service.' },
  },
});

/**
 * One node of a council's organisation tree, flat with its parent's id so that a client can stratify
 * it (d3.stratify). Served with simple resolvers: the tree is built in memory from flat queries.
 */
@ObjectType('OrgTreeNode', {
  description: "One node of a council's organisation tree (a flat list: rebuild the tree with parentId).",
  simpleResolvers: true,
})
export class OrgTreeNode {
  @Field(() => ID, { description: 'Global id of the council, directorate or service.' }) id!: string;
  @Field(() => ID, { description: 'The global id of the parent node; null for the council.', nullable: true }) parentId!: string | null;
  @Field(() => OrgNodeKind, { description: 'What the node is.' }) kind!: OrgNodeKind;
  @Field(() => String, { description: "The node's name." }) name!: string;
  @Field(() => Int, { description: 'Council 0, directorates 1, services 2, teams 3 and below.' }) depth!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Accountable owner (services), director (directorates) or MI-responsible manager (council).',
  })
  ownerId!: string | null;
  @Field(() => String, {
    description: 'The name of the person who answers for it (director or accountable owner); null when none.',
    nullable: true,
  })
  ownerName!: string | null;
  @Field(() => Int, { description: 'People working directly in this node.' }) headcount!: number;
}

@ObjectType('OrganisationTree', {
  description: "A council's organisation in one answer: council, directorates, services and teams.",
  simpleResolvers: true,
})
export class OrganisationTree {
  @Field(() => [OrgTreeNode], { description: 'Council first, then each node after its parent.' }) nodes!: OrgTreeNode[];
  @Field(() => Int, { description: 'How many levels the tree has (council = level 1).' }) levels!: number;
}
