export { buildApp, DEFAULT_RATE_LIMIT, type AppOptions } from './app.js';
export { readConfig, resolveJwtSecret, type ServerConfig } from './config.js';
