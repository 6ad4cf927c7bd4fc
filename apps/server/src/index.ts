export { buildApp, type AppOptions } from './app.js';
export { readConfig, type ServerConfig } from './config.js';
export { runCli } from './cli/index.js';
