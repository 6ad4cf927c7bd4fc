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
  const query = schema.getQueryType();
  if (query) {
    query.description =
      'Reads: public data for anyone (published figures, organisations, schemes of delegation); ' +
      "a council's own people also see its unpublished records. docs/partners.md shows the common questions.";
  }
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes, for signed-in people of a council (each checks who may); API keys are read-only.';
  // Who may see each type, applied to every field that returns it (README "What each viewer sees").
  return applyVisibility(schema, Object.assign({}, ...featureModules.map((m) => m.visibility)));
}

/** The SDL committed as schema.graphql (sorted, so the snapshot diff shows only real changes). */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
