import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { markWrite, type Orm } from '@goldenthread/db';
import type { AccessLookups } from './access/access.js';
import { authenticate, type Credentials, type RequestViewer } from './access/authenticate.js';
import { knownOperationTypesRule } from './access/document-checks.js';
import { aliasLimitRule, DEFAULT_LIMITS, depthLimitRule, type QueryLimits } from './access/limits.js';
import { accessPlugin, guardResolvers } from './access/plugin.js';
import { DEFAULT_THROTTLE, SignInThrottle, type SignInThrottleStore, type ThrottleSettings } from './access/throttle.js';
import { secretBytes, type AuthSettings } from './access/tokens.js';
import { AnswerCache, type AnswerCacheStats } from './cache/answer-cache.js';
import { answerCachePlugin } from './cache/answer-plugin.js';
import { createRequestContext, type GqlContext } from './context.js';
import { DerivedCache } from './derived-cache.js';
import { CompiledTrees, type CompiledTreesStats } from './execution/compiled-trees.js';
import { featureModules } from './modules/index.js';
import { AppError, raceConflict } from './errors.js';
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
  /** Sessions: the access-token signing secret (at least 32 bytes) and lifetimes. */
  auth: Omit<AuthSettings, 'jwtSecret'> & {
    jwtSecret: string | Uint8Array;
    throttle?: ThrottleSettings;
    /** Where failed sign-ins are counted (default: this process's memory, with `throttle`'s settings). */
    throttleStore?: SignInThrottleStore;
  };
  /** Query limits (README "Limits"); defaults in DEFAULT_LIMITS. */
  limits?: Partial<QueryLimits>;
  /**
   * Budget of the cache of councils' schemes and accountability trees, in rows (people + services +
   * delegations); 0 turns it off. Default DEFAULT_DERIVED_CACHE_ROWS.
   */
  derivedCacheRows?: number;
  /** Answer tree queries with compiled execution (default on; off only to compare in tests). */
  compiledTrees?: boolean;
  /**
   * Budget of the published answers kept for anonymous callers and API keys (cache/answer-cache.ts),
   * in megabytes (twice their JSON); 0 turns it off. Default DEFAULT_ANSWER_CACHE_MB.
   */
  answerCacheMb?: number;
}

/** About five councils of 20,000 people, or every council of a few thousand. */
export const DEFAULT_DERIVED_CACHE_ROWS = 120_000;

/** A few thousand partner answers of tens of kilobytes, or a few whole accountability trees. */
export const DEFAULT_ANSWER_CACHE_MB = 64;

export interface GoldenThreadApi {
  apollo: ApolloServer<GqlContext>;
  schema: GraphQLSchema;
  /** Who is asking (anonymous, partner, person); throws UNAUTHENTICATED (HTTP 401) for bad credentials. */
  authenticate: (credentials: Credentials) => Promise<RequestViewer>;
  /** A fresh context (own EntityManager, own loaders, the viewer's access) for one request. */
  context: (viewer: RequestViewer, client: GqlContext['client']) => Promise<GqlContext>;
  limits: QueryLimits;
  /** The cache of derived data (for the operator's view of it). */
  derived: DerivedCache;
  /** Figures of compiled execution (null when it is off). */
  compiledTreesStats: () => CompiledTreesStats | null;
  /** Figures of the published answers kept (maxBytes 0 when it is off). */
  answerCacheStats: () => AnswerCacheStats;
}

const KNOWN_CODES = new Set([
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo's own refusals that carry no code: the caller's mistake, said plainly (BAD_REQUEST). */
const UNCODED_APOLLO_ERRORS: ReadonlyMap<string, string> = new Map([
  [
    'provided sha does not match query',
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: ' +
      'send the hash of the exact query text (hex), or leave the hash out.',
  ],
  ['Unsupported persisted query version', 'extensions.persistedQuery.version must be 1, the only version of persisted queries there is.'],
]);

/** graphql-js's last error once 50 variable values have failed their checks (the 50 come before it). */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * Errors the caller may see keep their code and message; anything else is an internal error whose
 * details stay in the log (shown only in development). A write that lost a race with another is
 * CONFLICT, wherever it was made.
 */
export function formatErrorFor(mode: ApiOptions['mode'], logError: NonNullable<ApiOptions['logError']>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    const race = raceConflict(original);
    if (race) {
      return {
        message: race.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...race.extensions },
      };
    }
    const uncoded =
      original instanceof GraphQLError && code === 'INTERNAL_SERVER_ERROR' ? UNCODED_APOLLO_ERRORS.get(original.message) : undefined;
    if (uncoded) return { message: uncoded, extensions: { code: 'BAD_REQUEST' } };
    if (original instanceof GraphQLError && code === 'INTERNAL_SERVER_ERROR' && original.message === TOO_MANY_VARIABLE_ERRORS) {
      // graphql-js stops checking variables after 50 errors and adds this one, with no code and no node.
      return {
        message:
          'variables: more than 50 of the values sent are wrong (the errors before this one list them); checking stopped there. ' +
          'Fix those and send the request again.',
        extensions: { code: 'BAD_USER_INPUT', field: 'variables' },
      };
    }
    if (
      original instanceof AppError ||
      (code && KNOWN_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError)))
    ) {
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
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Every selection takes a token: a document within the token limit never runs out of analysis budget.
  if (options.limits?.analysisBudget === undefined) limits.analysisBudget = Math.max(DEFAULT_LIMITS.analysisBudget, limits.maxTokens);
  const schema = guardResolvers(await buildGoldenThreadSchema(), limits);
  const settings: AuthSettings = { ...options.auth, jwtSecret: secretBytes(options.auth.jwtSecret) };
  const auth = { settings, throttle: options.auth.throttleStore ?? new SignInThrottle(options.auth.throttle ?? DEFAULT_THROTTLE) };
  const lookups: AccessLookups = Object.assign({}, ...featureModules.map((m) => m.access ?? {}));
  const derived = new DerivedCache(options.derivedCacheRows ?? DEFAULT_DERIVED_CACHE_ROWS);
  const answers = new AnswerCache(Math.round((options.answerCacheMb ?? DEFAULT_ANSWER_CACHE_MB) * 1_048_576));
  const compiledTrees = options.compiledTrees === false ? null : new CompiledTrees(schema, { timeoutMs: limits.timeoutMs });
  const apollo = new ApolloServer<GqlContext>({
    schema,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: mode === 'development',
    // Suggestions ("Did you mean ...?") are removed for everyone but signed-in people by accessPlugin.
    hideSchemaDetailsFromClientErrors: false,
    formatError: formatErrorFor(mode, logError),
    // A kept answer's text is encoded once (AnswerCache.text); everything else as Apollo does.
    stringifyResult: (result) =>
      (!result.errors && !result.extensions ? answers.text(result.data) : undefined) ?? `${JSON.stringify(result)}\n`,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      knownOperationTypesRule,
      depthLimitRule(limits.maxDepth, limits.analysisBudget),
      aliasLimitRule(limits.maxAliases, limits.analysisBudget),
    ],
    // Apollo installs its cache-control plugin by default; its willResolveField hook wraps every field's
    // resolver, which costs a 20,000-node tree query most of its time. The API sets no cache hints.
    // Tree queries are answered by compiled execution (execution/compiled-trees.ts).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // With read replicas, a mutation reads the primary (its own writes), and so does its caller for a while after it.
      {
        requestDidStart: async () => ({
          didResolveOperation: async ({ operation }) => {
            if (operation?.operation === 'mutation') markWrite();
          },
        }),
      },
      accessPlugin(limits),
      // Before compiled execution: a kept answer is served before any execution is considered.
      ...(answers.enabled ? [answerCachePlugin(answers, limits.timeoutMs)] : []),
      ...(compiledTrees ? [compiledTrees.plugin()] : []),
      ...(options.plugins ?? []),
    ],
  });
  return {
    apollo,
    schema,
    limits,
    derived,
    compiledTreesStats: () => compiledTrees?.stats() ?? null,
    answerCacheStats: () => answers.stats(),
    authenticate: (credentials) => authenticate(() => options.orm.em.fork() as never, settings, credentials, auth),
    context: async (viewer, client) => createRequestContext(options.orm, viewer, client, auth, lookups, derived),
  };
}
