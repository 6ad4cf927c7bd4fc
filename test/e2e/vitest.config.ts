import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import rootConfig from '../../vitest.config.js';

// Browser end-to-end tests: the real server (testkit) serving the built web app, driven in Debian's
// chromium through playwright-core. `node scripts/gt.mjs test` builds the app and runs these after
// the other tests; alone: `pnpm --filter @goldenthread/web run build && pnpm exec vitest run --config test/e2e/vitest.config.ts`.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  resolve: rootConfig.resolve,
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
