import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DirectorateNode, PersonNode, ServiceNode } from './organisation.type.js';

@ObjectType({ description: 'The result of a directorate mutation.' })
export class DirectoratePayload {
  @Field(() => DirectorateNode, { description: 'The directorate as stored after the mutation.' }) directorate!: DirectorateNode;
}

@ObjectType({ description: 'The result of a service mutation.' })
export class ServicePayload {
  @Field(() => ServiceNode, { description: 'The service as stored after the mutation.' }) service!: ServiceNode;
}

@ObjectType({ description: 'The result of a person mutation.' })
export class PersonPayload {
  @Field(() => PersonNode, { description: 'The person as stored after the mutation.' }) person!: PersonNode;
}

@ObjectType({ description: 'What a delete removed, and what it changed on the way.' })
export class DeletePayload {
  @Field(() => [ID], { description: 'Global ids of every record deleted (a cascade lists them all).' }) deletedIds!: string[];
  @Field(() => Int, { description: 'People whose directorate or service was cleared, or whose manager was changed.' })
  peopleChanged!: number;
  @Field(() => String, { description: 'What happened, in words.' }) message!: string;
}
