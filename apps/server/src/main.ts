#!/usr/bin/env node
import './production-default.js';
import { runCli } from './cli/index.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.NODE_ENV === 'development' && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  },
);
