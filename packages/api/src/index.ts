import 'reflect-metadata';

export { createServer, DEFAULT_ANSWER_CACHE_MB, DEFAULT_DERIVED_CACHE_ROWS, type ApiOptions, type GoldenThreadApi } from './server.js';
export { ANSWER_CACHE_HEADER } from './cache/answer-plugin.js';
export type { AnswerCacheStats } from './cache/answer-cache.js';
export { DerivedCache, type DerivedCacheStats } from './derived-cache.js';
export { buildGoldenThreadSchema, schemaSdl } from './schema.js';
export { createContext, createRequestContext, type GqlContext, type AuthRuntime } from './context.js';
export { AppError, type ErrorCode } from './errors.js';
export { toGlobalId, fromGlobalId } from './relay/global-id.js';
export type { Access, AccessLookups, Viewer, WriteTarget } from './access/access.js';
export { HttpAccess } from './access/http-access.js';
export { authenticate, rateLimitKey, type Credentials, type RequestViewer } from './access/authenticate.js';
export { DEFAULT_LIMITS, estimateCost, type QueryLimits } from './access/limits.js';
export { PUBLIC_MUTATIONS } from './access/plugin.js';
export { DEFAULT_THROTTLE, type ThrottleSettings } from './access/throttle.js';
export { RedisSignInThrottle, type RedisEval } from './access/throttle-redis.js';
export { newApiKey, type AuthSettings } from './access/tokens.js';
export { SystemAccess } from './access/system-access.js';
export { PerformanceService, type Series, type SeriesRequest, type GroupSpec } from './modules/indicators/index.js';
export {
  loadCouncilScheme,
  loadIndicatorsInUse,
  loadServiceItems,
  SCHEME_SQL,
  buildAccountabilityTree,
  SchemeCsvService,
  type CouncilScheme,
  type ImportReport,
} from './modules/delegation/index.js';
export {
  DOWNLOAD_CHUNK,
  FILTER_PARAMETERS,
  licenceOf,
  OpenDataReads,
  parseOpenDataFilter,
  type FilterText,
  type OpenDataFilter,
  type OpenDataFingerprint,
  type OpenDataRow,
} from './modules/open-data/index.js';
