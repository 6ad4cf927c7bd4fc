import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from './modules/node/node.resolver.js';
import { CouncilResolver, CouncillorRoleResolver, DirectorateResolver, PersonResolver, ServiceResolver } from './modules/organisation/organisation.resolver.js';
import { Node } from './relay/node.js';

export const resolvers = [NodeResolver, CouncilResolver, DirectorateResolver, ServiceResolver, PersonResolver, CouncillorRoleResolver] as const;

/** Builds the executable schema from the type-graphql classes. */
export async function buildGoldenThreadSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    orphanedTypes: [Node],
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema.graphql (sorted, so the snapshot diff shows only real changes). */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
