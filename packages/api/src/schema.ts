import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyVisibility } from './access/visibility-rules.js';
import { featureModules } from './modules/index.js';
import { NodeResolver } from './modules/node/node.resolver.js';
import { Node } from './relay/node.js';

/** Builds the executable schema from the type-graphql classes of every feature module. */
export async function buildGoldenThreadSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [NodeResolver, ...featureModules.flatMap((m) => m.resolvers)],
    orphanedTypes: [Node],
    validate: false,
    emitSchemaFile: false,
  });
  // Who may see each type, applied to every field that returns it (README "What each viewer sees").
  return applyVisibility(schema, Object.assign({}, ...featureModules.map((m) => m.visibility)));
}

/** The SDL committed as schema.graphql (sorted, so the snapshot diff shows only real changes). */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
