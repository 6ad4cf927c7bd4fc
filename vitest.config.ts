import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const requireFromApi = createRequire(path.join(root, 'packages/api/package.json'));

export default defineConfig({
  resolve: {
    alias: [
      // Workspace packages are tested from source.
      { find: /^@goldenthread\/(domain|db|api|charts|reports)$/, replacement: path.join(root, 'packages/$1/src/index.ts') },
      {
        find: /^@goldenthread\/charts\/(series|compare|bars|heatmap|history|scores)$/,
        replacement: path.join(root, 'packages/charts/src/$1/layout.ts'),
      },
      { find: /^@goldenthread\/charts\/svg$/, replacement: path.join(root, 'packages/charts/src/svg/index.ts') },
      { find: /^@goldenthread\/db\/testing$/, replacement: path.join(root, 'packages/db/src/testing/index.ts') },
      { find: /^@goldenthread\/server$/, replacement: path.join(root, 'apps/server/src/index.ts') },
      // One graphql for everybody: type-graphql and Apollo load the CommonJS build, so must we
      // ("Cannot use GraphQLObjectType from another module or realm").
      { find: /^graphql$/, replacement: requireFromApi.resolve('graphql') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
