export { buildApp, DEFAULT_RATE_LIMIT, type AppOptions } from './app.js';
export { readConfig, resolveJwtSecret, type ServerConfig } from './config.js';
export { runCli, createAdminAccount, createApiKeyFromCli, revokeApiKeyFromCli } from './cli/index.js';
