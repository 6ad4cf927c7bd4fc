import 'reflect-metadata';

export { createServer, type ApiOptions, type GoldenThreadApi } from './server.js';
export { buildGoldenThreadSchema, schemaSdl } from './schema.js';
export { createContext, type GqlContext } from './context.js';
export { AppError, type ErrorCode } from './errors.js';
export { toGlobalId, fromGlobalId } from './relay/global-id.js';
export type { Access, Viewer, WriteTarget } from './access/access.js';
export { SystemAccess } from './access/system-access.js';
export { loadCouncilScheme, loadIndicatorsInUse, loadServiceItems, SCHEME_SQL, buildAccountabilityTree, SchemeCsvService, type CouncilScheme, type ImportReport } from './modules/delegation/index.js';
