export { buildApp, type AppOptions } from './app.js';
export { readConfig, type ServerConfig } from './config.js';
