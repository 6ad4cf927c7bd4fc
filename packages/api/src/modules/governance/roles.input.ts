import { Field, ID, InputType, Int } from 'type-graphql';
import { CouncillorRoleKind } from '@goldenthread/db';
import { StaffRoleKind, WardEnquiryStatus } from '@goldenthread/domain';

@InputType({
  description:
    'A councillor role: a portfolio holder names a portfolio, a scrutiny chair or member a committee (a decision body of kind ' +
    'COMMITTEE), a ward councillor a ward; panels may name their committee.',
})
export class CreateCouncillorRoleInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'A COUNCILLOR of the council.' }) personId!: string;
  @Field(() => CouncillorRoleKind, { description: 'The kind of role.' }) role!: CouncillorRoleKind;
  @Field(() => ID, { description: 'The portfolio (portfolio holders).', nullable: true }) portfolioId?: string | null;
  @Field(() => ID, { description: 'The committee (scrutiny chair or member; optional for panels).', nullable: true }) committeeId?:
    | string
    | null;
  @Field(() => String, { description: "The ward's name (ward councillors).", nullable: true }) ward?: string | null;
  @Field(() => String, { description: 'ISO date: the first day of the role.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date: the last day, if known.' }) endsOn?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears. The kind and the person cannot change: end the role and create another.',
})
export class UpdateCouncillorRoleInput {
  @Field(() => ID, { description: "The update councillor role's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => ID, { description: 'The portfolio.', nullable: true }) portfolioId?: string | null;
  @Field(() => ID, { description: 'The committee.', nullable: true }) committeeId?: string | null;
  @Field(() => String, { description: "The ward's name.", nullable: true }) ward?: string | null;
  @Field(() => String, { description: 'The first day (YYYY-MM-DD).', nullable: true }) startsOn?: string | null;
  @Field(() => String, { description: 'The last day (YYYY-MM-DD).', nullable: true }) endsOn?: string | null;
}

@InputType({ description: 'Ends a role (councillor or staff) on its last day.' })
export class EndRoleInput {
  @Field(() => ID, { description: "The role's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'ISO date: the last day of the role.' }) endsOn!: string;
}

@InputType({ description: 'A new cabinet portfolio and what it covers.' })
export class CreatePortfolioInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "Its name, e.g. 'Adult Care'." }) name!: string;
  @Field(() => String, { description: 'More about it (optional).', nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'The directorates it covers (with all their services).', defaultValue: [] }) directorateIds!: string[];
  @Field(() => [ID], { description: 'The services it covers beyond its directorates.', defaultValue: [] }) serviceIds!: string[];
  @Field(() => [ID], { description: 'The priorities it covers.', defaultValue: [] }) priorityIds!: string[];
}

@InputType({ description: 'Fields left out are unchanged; a list given replaces what the portfolio covers.' })
export class UpdatePortfolioInput {
  @Field(() => ID, { description: "The update portfolio's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Its name.', nullable: true }) name?: string | null;
  @Field(() => String, { description: 'More about it.', nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'The directorates it covers (replaces the list).', nullable: true }) directorateIds?: string[] | null;
  @Field(() => [ID], { description: 'The services it covers beyond its directorates (replaces the list).', nullable: true }) serviceIds?:
    | string[]
    | null;
  @Field(() => [ID], { description: 'The priorities it covers (replaces the list).', nullable: true }) priorityIds?: string[] | null;
}

@InputType({ description: 'Designates a member of staff (complaints officer, scrutiny officer, risk manager).' })
export class CreateStaffRoleInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'An OFFICER of the council.' }) personId!: string;
  @Field(() => StaffRoleKind, { description: 'The designation.' }) kind!: StaffRoleKind;
  @Field(() => String, { description: 'ISO date.' }) startsOn!: string;
  @Field(() => String, { description: 'The last day (YYYY-MM-DD); open-ended when left out.', nullable: true }) endsOn?: string | null;
}

@InputType({
  description: "A ward enquiry: what was raised (never the constituent's name or contact details), with which service, by when.",
})
export class CreateWardEnquiryInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "The ward's name." }) ward!: string;
  @Field(() => ID, { description: 'The service asked.' }) serviceId!: string;
  @Field(() => String, { description: "What was raised, without the constituent's details." }) subject!: string;
  @Field(() => String, { description: 'ISO date.' }) raisedOn!: string;
  @Field(() => String, { description: 'ISO date: when the service should answer by.' }) responseDue!: string;
  @Field(() => ID, { nullable: true, description: 'A ward councillor of the ward; default: you.' }) councillorId?: string | null;
}

@InputType({ description: 'Corrects what was raised or when it is due (the councillor who raised it, or an administrator).' })
export class UpdateWardEnquiryInput {
  @Field(() => ID, { description: "The update ward enquiry's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'What was raised.', nullable: true }) subject?: string | null;
  @Field(() => String, { description: 'When the answer is due (YYYY-MM-DD).', nullable: true }) responseDue?: string | null;
}

@InputType({ description: "The service's answer: RESPONDED or CLOSED with the day and the outcome; OPEN reopens it." })
export class RespondToWardEnquiryInput {
  @Field(() => ID, { description: "The enquiry's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => WardEnquiryStatus, { description: 'RESPONDED, CLOSED, or OPEN to reopen it.' }) status!: WardEnquiryStatus;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn?: string | null;
  @Field(() => String, { description: 'What the service did or answered.', nullable: true }) outcome?: string | null;
}
