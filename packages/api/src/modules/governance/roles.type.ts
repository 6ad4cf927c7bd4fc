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

registerEnumType(StaffRoleKind, {
  name: 'StaffRoleKind',
  description: 'What a member of staff is designated to do beyond their post.',
  valuesConfig: {
    COMPLAINTS_OFFICER: { description: 'Handles complaints (sees them).' },
    RISK_MANAGER: { description: 'Keeps the risk register.' },
    SCRUTINY_OFFICER: { description: 'Supports the scrutiny committees.' },
  },
});
registerEnumType(WardEnquiryStatus, {
  name: 'WardEnquiryStatus',
  description: 'Where a ward enquiry has got to.',
  valuesConfig: {
    CLOSED: { description: 'Closed with an outcome.' },
    OPEN: { description: "Waiting for the service's answer." },
    RESPONDED: { description: 'Answered by the service.' },
  },
});

@ObjectType('Portfolio', { implements: Node, description: "A cabinet member's area: the directorates, services and priorities it covers." })
export class PortfolioNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the portfolio.' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: 'Its name.' }) name!: string;
  @Field(() => String, { description: 'More about it; null when none.', nullable: true }) description!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

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
  @Field(() => [DirectorateNode], { description: 'The directorates it names.' }) directorates!: DirectorateNode[];
  @Field(() => [ServiceNode], { description: 'Every service and team it covers.' }) services!: ServiceNode[];
  @Field(() => [PriorityNode], { description: 'The priorities it names or that belong to what it covers.' }) priorities!: PriorityNode[];
}

@ObjectType('StaffRole', {
  implements: Node,
  description: 'A designation of a member of staff (complaints officer, scrutiny officer, risk manager), from a day to a day.',
})
export class StaffRoleNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the staff role.' }) id!: string;
  dbId!: number;
  councilId!: number;
  personId!: number;
  @Field(() => StaffRoleKind, { description: 'The designation.' }) kind!: StaffRoleKind;
  @Field(() => String, { description: 'ISO date.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'The last day; null while it lasts.' }) endsOn!: string | null;
  @Field(() => Boolean, { description: 'Held today.' }) current!: boolean;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

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
  @Field(() => ID, { description: 'Global id of the ward enquiry.' }) id!: string;
  dbId!: number;
  councilId!: number;
  councillorId!: number;
  serviceId!: number;
  @Field(() => String, { description: "The ward's name." }) ward!: string;
  @Field(() => String, { description: "What was raised, without the constituent's name or contact details." }) subject!: string;
  @Field(() => String, { description: 'ISO date.' }) raisedOn!: string;
  @Field(() => String, { description: 'ISO date.' }) responseDue!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn!: string | null;
  @Field(() => String, { description: 'What the service did or answered; null until answered.', nullable: true }) outcome!: string | null;
  @Field(() => WardEnquiryStatus, { description: 'OPEN, RESPONDED or CLOSED.' }) status!: WardEnquiryStatus;
  @Field(() => Boolean, { description: 'Open, unanswered and past its response date today (finding ENQUIRY_OVERDUE).' }) overdue!: boolean;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

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
