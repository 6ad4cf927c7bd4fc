import { Field, ID, InputType, Int } from 'type-graphql';
import { ComplaintOutcome, ComplaintStage } from '@goldenthread/domain';

const NO_CONTACT = "No complainant's name or contact details: text that looks like an e-mail address or a telephone number is refused.";

@InputType({ description: 'A new complaint (at LOCAL_RESOLUTION) about a service.' })
export class CreateComplaintInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The service complained about.' }) serviceId!: string;
  @Field(() => String, { description: "The council's case reference: unique in the council." }) reference!: string;
  @Field(() => String, { description: 'ISO date.' }) receivedOn!: string;
  @Field(() => String, { description: 'ISO date: when the first response is due.' }) responseDue!: string;
  @Field(() => String, { nullable: true, description: NO_CONTACT }) summary?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Themes of the council that are not retired.' }) themeIds?: string[] | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdateComplaintInput {
  @Field(() => ID, { description: "The update complaint's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The council's case reference.", nullable: true }) reference?: string | null;
  @Field(() => String, { description: 'The day it was received (YYYY-MM-DD).', nullable: true }) receivedOn?: string | null;
  @Field(() => String, { nullable: true, description: NO_CONTACT }) summary?: string | null;
  @Field(() => ComplaintStage, {
    nullable: true,
    description: 'Forward only. A new stage needs its own responseDue; its response is pending again.',
  })
  stage?: ComplaintStage | null;
  @Field(() => String, { nullable: true, description: 'ISO date of a stage move; today when left out.' }) stageSince?: string | null;
  @Field(() => String, { nullable: true, description: "ISO date: when the current stage's response is due." }) responseDue?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn?: string | null;
  @Field(() => ComplaintOutcome, { description: 'The outcome.', nullable: true }) outcome?: ComplaintOutcome | null;
  @Field(() => String, { nullable: true, description: `Lessons learned. ${NO_CONTACT}` }) lessons?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The whole list of themes (replaces it); a retired theme may stay but not be added.' })
  themeIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'The review panel (replaces it): councillors, from the REVIEW_PANEL stage on.' })
  panelIds?: string[] | null;
}

@InputType({ description: "A new theme of the council's list of complaint themes." })
export class CreateComplaintThemeInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "The theme's name, unique in the council." }) name!: string;
}

@InputType({ description: 'Renames, retires or brings back a theme.' })
export class UpdateComplaintThemeInput {
  @Field(() => ID, { description: "The update complaint theme's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'The new name.', nullable: true }) name?: string | null;
  @Field(() => Boolean, { description: 'True to retire it (kept on old complaints), false to bring it back.', nullable: true }) retired?:
    | boolean
    | null;
}
