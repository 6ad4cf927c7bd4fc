import { Field, ID, InputType, Int } from 'type-graphql';
import { CouncillorRoleKind } from '@goldenthread/db';
import { StaffRoleKind, WardEnquiryStatus } from '@goldenthread/domain';

@InputType({
  description:
    'A councillor role: a portfolio holder names a portfolio, a scrutiny chair or member a committee (a decision body of kind ' +
    'COMMITTEE), a ward councillor a ward; panels may name their committee.',
})
export class CreateCouncillorRoleInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID, { description: 'A COUNCILLOR of the council.' }) personId!: string;
  @Field(() => CouncillorRoleKind) role!: CouncillorRoleKind;
  @Field(() => ID, { nullable: true }) portfolioId?: string | null;
  @Field(() => ID, { nullable: true }) committeeId?: string | null;
  @Field(() => String, { nullable: true }) ward?: string | null;
  @Field(() => String, { description: 'ISO date: the first day of the role.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date: the last day, if known.' }) endsOn?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears. The kind and the person cannot change: end the role and create another.',
})
export class UpdateCouncillorRoleInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => ID, { nullable: true }) portfolioId?: string | null;
  @Field(() => ID, { nullable: true }) committeeId?: string | null;
  @Field(() => String, { nullable: true }) ward?: string | null;
  @Field(() => String, { nullable: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
}

@InputType({ description: 'Ends a role (councillor or staff) on its last day.' })
export class EndRoleInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'ISO date: the last day of the role.' }) endsOn!: string;
}

@InputType()
export class CreatePortfolioInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { defaultValue: [] }) directorateIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) serviceIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) priorityIds!: string[];
}

@InputType({ description: 'Fields left out are unchanged; a list given replaces what the portfolio covers.' })
export class UpdatePortfolioInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true }) directorateIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) serviceIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) priorityIds?: string[] | null;
}

@InputType()
export class CreateStaffRoleInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID, { description: 'An OFFICER of the council.' }) personId!: string;
  @Field(() => StaffRoleKind) kind!: StaffRoleKind;
  @Field(() => String, { description: 'ISO date.' }) startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
}

@InputType({
  description: "A ward enquiry: what was raised (never the constituent's name or contact details), with which service, by when.",
})
export class CreateWardEnquiryInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) ward!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'ISO date.' }) raisedOn!: string;
  @Field(() => String, { description: 'ISO date: when the service should answer by.' }) responseDue!: string;
  @Field(() => ID, { nullable: true, description: 'A ward councillor of the ward; default: you.' }) councillorId?: string | null;
}

@InputType({ description: 'Corrects what was raised or when it is due (the councillor who raised it, or an administrator).' })
export class UpdateWardEnquiryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => String, { nullable: true }) responseDue?: string | null;
}

@InputType({ description: "The service's answer: RESPONDED or CLOSED with the day and the outcome; OPEN reopens it." })
export class RespondToWardEnquiryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => WardEnquiryStatus) status!: WardEnquiryStatus;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}
