import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Portfolio, StaffRole, WardEnquiry } from '@goldenthread/db';
import { isEnquiryOverdue, isRoleCurrent, StaffRoleKind, WardEnquiryStatus } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';
import { DirectorateNode, ServiceNode } from '../organisation/organisation.type.js';
import { PriorityNode } from '../cascade/cascade.type.js';
import { isoToday } from '../delegation/delegation-snapshot.js';

registerEnumType(StaffRoleKind, { name: 'StaffRoleKind', description: 'What a member of staff is designated to do beyond their post.' });
registerEnumType(WardEnquiryStatus, { name: 'WardEnquiryStatus' });

@ObjectType('Portfolio', { implements: Node, description: "A cabinet member's area: the directorates, services and priorities it covers." })
export class PortfolioNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) version!: number;

  static from(p: Portfolio): PortfolioNode {
    return Object.assign(new PortfolioNode(), {
      id: toGlobalId('Portfolio', p.id),
      dbId: p.id,
      councilId: idOf(p.council)!,
      name: p.name,
      description: p.description,
      version: p.version,
    });
  }
}

@ObjectType('PortfolioCoverage', {
  description: 'Everything a portfolio covers: what it names, every service (and team) of a directorate it names, and their priorities.',
})
export class PortfolioCoverageType {
  @Field(() => [DirectorateNode]) directorates!: DirectorateNode[];
  @Field(() => [ServiceNode]) services!: ServiceNode[];
  @Field(() => [PriorityNode]) priorities!: PriorityNode[];
}

@ObjectType('StaffRole', {
  implements: Node,
  description: 'A designation of a member of staff (complaints officer, scrutiny officer, risk manager), from a day to a day.',
})
export class StaffRoleNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  personId!: number;
  @Field(() => StaffRoleKind) kind!: StaffRoleKind;
  @Field(() => String, { description: 'ISO date.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'The last day; null while it lasts.' }) endsOn!: string | null;
  @Field(() => Boolean, { description: 'Held today.' }) current!: boolean;
  @Field(() => Int) version!: number;

  static from(s: StaffRole): StaffRoleNode {
    return Object.assign(new StaffRoleNode(), {
      id: toGlobalId('StaffRole', s.id),
      dbId: s.id,
      councilId: idOf(s.council)!,
      personId: idOf(s.person)!,
      kind: s.kind,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      current: isRoleCurrent(s, isoToday()),
      version: s.version,
    });
  }
}

@ObjectType('WardEnquiry', {
  implements: Node,
  description: "A ward councillor's enquiry to a service on behalf of constituents (never the constituent's name or contact).",
})
export class WardEnquiryNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  councillorId!: number;
  serviceId!: number;
  @Field(() => String) ward!: string;
  @Field(() => String, { description: "What was raised, without the constituent's name or contact details." }) subject!: string;
  @Field(() => String, { description: 'ISO date.' }) raisedOn!: string;
  @Field(() => String, { description: 'ISO date.' }) responseDue!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn!: string | null;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => WardEnquiryStatus) status!: WardEnquiryStatus;
  @Field(() => Boolean, { description: 'Open, unanswered and past its response date today (finding ENQUIRY_OVERDUE).' }) overdue!: boolean;
  @Field(() => Int) version!: number;

  static from(e: WardEnquiry): WardEnquiryNode {
    return Object.assign(new WardEnquiryNode(), {
      id: toGlobalId('WardEnquiry', e.id),
      dbId: e.id,
      councilId: idOf(e.council)!,
      councillorId: idOf(e.councillor)!,
      serviceId: idOf(e.service)!,
      ward: e.ward,
      subject: e.subject,
      raisedOn: e.raisedOn,
      responseDue: e.responseDue,
      respondedOn: e.respondedOn,
      outcome: e.outcome,
      status: e.status,
      overdue: isEnquiryOverdue(e, isoToday()),
      version: e.version,
    });
  }
}

export const WardEnquiryConnection = Connection(WardEnquiryNode, 'WardEnquiry');
