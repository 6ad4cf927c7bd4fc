import { Field, ID, InputType, Int } from 'type-graphql';
import { CouncilType, PersonKind, ServiceKind } from '@goldenthread/db';

@InputType({ description: 'Filters for the list of councils; all optional and combined with AND.' })
export class CouncilFilter {
  @Field(() => CouncilType, { nullable: true }) type?: CouncilType | null;
  @Field(() => String, { nullable: true, description: 'Exact region, e.g. "North West".' }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' }) nameContains?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include former (abolished or merged) councils.' })
  includeFormer?: boolean;
}

@InputType()
export class CreateDirectorateInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => ID, { nullable: true }) directorId?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdateDirectorateInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => ID, { nullable: true }) directorId?: string | null;
}

@InputType()
export class CreateServiceInput {
  @Field(() => ID) directorateId!: string;
  @Field(() => ID, { nullable: true, description: 'The service this team sits in; none for a top-level service.' }) parentId?:
    | string
    | null;
  @Field(() => String) name!: string;
  @Field(() => ServiceKind, { nullable: true, description: 'Defaults to TEAM under a parent, SERVICE otherwise.' })
  kind?: ServiceKind | null;
  @Field(() => ID, { nullable: true }) accountableOwnerId?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field (parentId null makes it top-level).' })
export class UpdateServiceInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ServiceKind, { nullable: true }) kind?: ServiceKind | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Move a top-level service (and its teams) to another directorate.' }) directorateId?:
    | string
    | null;
  @Field(() => ID, { nullable: true }) accountableOwnerId?: string | null;
}

@InputType()
export class CreatePersonInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => PersonKind, { nullable: true, defaultValue: PersonKind.OFFICER }) kind?: PersonKind;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Sets the directorate too when that is left out.' }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Corporate (functional) manager: dual accountability.' }) functionalManagerId?:
    | string
    | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => PersonKind, { nullable: true }) kind?: PersonKind | null;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
  @Field(() => ID, { nullable: true }) functionalManagerId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'ISO date the person left the council; null: has not left (or came back). From that day they answer for nothing, hold no power in ' +
      'force and cannot sign in; the record stays.',
  })
  leftOn?: string | null;
}
