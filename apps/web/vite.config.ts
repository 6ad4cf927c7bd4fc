import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.js';
import { precompress } from './build/precompress.js';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

// In development the API runs separately (npm start, or `node apps/server/dist/main.js serve`):
// GT_API_URL points the dev server's /graphql proxy at it.
export default defineConfig({
  plugins: [graphqlDocuments(src), react(), precompress()],
  // Workspace packages (@goldenthread/charts) are bundled from their TypeScript source ("source" in their exports).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.GT_API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
  // No source maps in the build: the server would publish them (the whole source) with the app.
  build: { outDir: 'dist', sourcemap: false },
});
