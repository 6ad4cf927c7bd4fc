import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DirectorateNode, PersonNode, ServiceNode } from './organisation.type.js';

@ObjectType()
export class DirectoratePayload {
  @Field(() => DirectorateNode) directorate!: DirectorateNode;
}

@ObjectType()
export class ServicePayload {
  @Field(() => ServiceNode) service!: ServiceNode;
}

@ObjectType()
export class PersonPayload {
  @Field(() => PersonNode) person!: PersonNode;
}

@ObjectType({ description: 'What a delete removed, and what it changed on the way.' })
export class DeletePayload {
  @Field(() => [ID], { description: 'Global ids of every record deleted (a cascade lists them all).' }) deletedIds!: string[];
  @Field(() => Int, { description: 'People whose directorate or service was cleared, or whose manager was changed.' })
  peopleChanged!: number;
  @Field(() => String, { description: 'What happened, in words.' }) message!: string;
}
