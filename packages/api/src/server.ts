import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Orm } from '@goldenthread/db';
import { createContext, type GqlContext } from './context.js';
import { AppError } from './errors.js';
import { buildGoldenThreadSchema } from './schema.js';

export interface ApiOptions {
  orm: Orm;
  /** Development shows internal error messages and stack traces; production and test never do. */
  mode?: 'development' | 'production' | 'test';
  /** Allow schema introspection (default: on; see README "Access"). */
  introspection?: boolean;
  /** Where unexpected errors are reported (never to the caller). */
  logError?: (error: unknown, context: { requestId?: string }) => void;
  plugins?: ApolloServerPlugin<GqlContext>[];
}

export interface GoldenThreadApi {
  apollo: ApolloServer<GqlContext>;
  schema: GraphQLSchema;
  /** A fresh context (own EntityManager, own loaders) for one request. */
  context: () => Promise<GqlContext>;
}

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Errors the caller may see keep their code and message; anything else is an internal error whose
 * details stay in the log (shown only in development).
 */
export function formatErrorFor(mode: ApiOptions['mode'], logError: NonNullable<ApiOptions['logError']>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof AppError || (code && KNOWN_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError)))) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: mode === 'development' ? formatted.extensions : extensions };
    }
    logError(original, {});
    if (mode === 'development') return formatted;
    return {
      message: 'Something went wrong on our side. The error has been logged; please try again, and tell us if it keeps happening.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** The GraphQL API: schema, Apollo Server and per-request context. Used by the HTTP app and the tests. */
export async function createServer(options: ApiOptions): Promise<GoldenThreadApi> {
  const mode = options.mode ?? 'production';
  const logError = options.logError ?? ((e) => console.error(e));
  const schema = await buildGoldenThreadSchema();
  const apollo = new ApolloServer<GqlContext>({
    schema,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: mode === 'development',
    hideSchemaDetailsFromClientErrors: mode === 'production',
    formatError: formatErrorFor(mode, logError),
    csrfPrevention: true,
    // Apollo installs its cache-control plugin by default; its willResolveField hook wraps every field's
    // resolver, which costs a 20,000-node tree query most of its time. The API sets no cache hints.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(options.plugins ?? [])],
  });
  return { apollo, schema, context: async () => createContext(options.orm) };
}
