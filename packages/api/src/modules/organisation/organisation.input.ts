import { Field, ID, InputType, Int } from 'type-graphql';
import { CouncilType, PersonKind, ServiceKind } from '@goldenthread/db';

@InputType({ description: 'Filters for the list of councils; all optional and combined with AND.' })
export class CouncilFilter {
  @Field(() => CouncilType, { description: 'Only councils of this type.', nullable: true }) type?: CouncilType | null;
  @Field(() => String, { nullable: true, description: 'Exact region, e.g. "North West".' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' }) nameContains?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include former (abolished or merged) councils.' })
  includeFormer?: boolean;
}

@InputType({ description: 'A new directorate of a council (administrators of the council).' })
export class CreateDirectorateInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "Its name, e.g. 'Adults and Health'." }) name!: string;
  @Field(() => String, { description: "A short code, e.g. 'ASC' (optional).", nullable: true }) code?: string | null;
  @Field(() => ID, { description: 'The person who directs it (a person of the council; optional).', nullable: true }) directorId?:
    | string
    | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdateDirectorateInput {
  @Field(() => ID, { description: "The directorate's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Its new name.', nullable: true }) name?: string | null;
  @Field(() => String, { description: 'A short code; null clears it.', nullable: true }) code?: string | null;
  @Field(() => ID, { description: 'The person who directs it; null clears it.', nullable: true }) directorId?: string | null;
}

@InputType({ description: 'A new service of a directorate.' })
export class CreateServiceInput {
  @Field(() => ID, { description: 'The directorate it belongs to.' }) directorateId!: string;
  @Field(() => ID, { nullable: true, description: 'The service this team sits in; none for a top-level service.' }) parentId?:
    | string
    | null;
  @Field(() => String, { description: "Its name, e.g. 'Reablement'." }) name!: string;
  @Field(() => ServiceKind, { nullable: true, description: 'Defaults to TEAM under a parent, SERVICE otherwise.' })
  kind?: ServiceKind | null;
  @Field(() => ID, { description: 'The person who answers for the service (optional).', nullable: true }) accountableOwnerId?:
    | string
    | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field (parentId null makes it top-level).' })
export class UpdateServiceInput {
  @Field(() => ID, { description: "The service's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Its new name.', nullable: true }) name?: string | null;
  @Field(() => ServiceKind, { description: 'SERVICE or TEAM.', nullable: true }) kind?: ServiceKind | null;
  @Field(() => ID, { description: 'The service a team sits in; null makes it top-level.', nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Move a top-level service (and its teams) to another directorate.' }) directorateId?:
    | string
    | null;
  @Field(() => ID, { description: 'The person who answers for it; null clears it.', nullable: true }) accountableOwnerId?: string | null;
}

@InputType({ description: 'A new person of a council: an officer, councillor or partner contact.' })
export class CreatePersonInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'Their full name.' }) name!: string;
  @Field(() => String, { description: "Their work email (seen only by the council's own people; optional).", nullable: true }) email?:
    | string
    | null;
  @Field(() => String, { description: "Their job title, e.g. 'Head of Safeguarding' (optional).", nullable: true }) jobTitle?:
    | string
    | null;
  @Field(() => PersonKind, {
    description: 'OFFICER (default), COUNCILLOR or PARTNER_CONTACT.',
    nullable: true,
    defaultValue: PersonKind.OFFICER,
  })
  kind?: PersonKind;
  @Field(() => ID, { description: 'The directorate they work in (optional).', nullable: true }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Sets the directorate too when that is left out.' }) serviceId?: string | null;
  @Field(() => ID, { description: 'Who they report to (a person of the same council; optional).', nullable: true }) lineManagerId?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'Corporate (functional) manager: dual accountability.' }) functionalManagerId?:
    | string
    | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: "The person's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Their full name.', nullable: true }) name?: string | null;
  @Field(() => String, { description: 'Their work email; null clears it.', nullable: true }) email?: string | null;
  @Field(() => String, { description: 'Their job title; null clears it.', nullable: true }) jobTitle?: string | null;
  @Field(() => PersonKind, { description: 'OFFICER, COUNCILLOR or PARTNER_CONTACT.', nullable: true }) kind?: PersonKind | null;
  @Field(() => ID, { description: 'The directorate they work in; null clears it.', nullable: true }) directorateId?: string | null;
  @Field(() => ID, { description: 'The service they work in; null clears it.', nullable: true }) serviceId?: string | null;
  @Field(() => ID, { description: 'Who they report to; null clears it.', nullable: true }) lineManagerId?: string | null;
  @Field(() => ID, { description: 'Their corporate (functional) manager, for dual accountability; null clears it.', nullable: true })
  functionalManagerId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'ISO date the person left the council; null: has not left (or came back). From that day they answer for nothing, hold no power in ' +
      'force and cannot sign in; the record stays.',
  })
  leftOn?: string | null;
}
