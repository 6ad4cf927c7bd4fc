import { Field, ID, InterfaceType } from 'type-graphql';

/** The Relay Node interface: every object with a global id can be fetched again with `node(id:)`. */
@InterfaceType({ description: 'An object with a global id (Relay). Fetch any of them again with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;
}

/** Fields every API object built from a database row carries, never exposed: the row id. */
export interface Keyed {
  readonly dbId: number;
}
