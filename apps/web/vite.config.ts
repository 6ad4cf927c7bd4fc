import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// In development the API runs separately (npm start, or `node apps/server/dist/main.js serve`):
// GT_API_URL points the dev server's /graphql proxy at it.
export default defineConfig({
  plugins: [react()],
  // Workspace packages (@goldenthread/charts) are bundled from their TypeScript source ("source" in their exports).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.GT_API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
  // No source maps in the build: the server would publish them (the whole source) with the app.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
});
