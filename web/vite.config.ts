import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { API_PREFIXES } from '../src/web/api-prefixes.js';
import { WEB_DEV_SERVER_PORT } from '../src/web/web-dev-server.js';

const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The web application. `npm run web:build` writes it to dist-web/ at the repository root, where
 * the API process serves it on its own origin; `npx vite --config web/vite.config.ts` serves it
 * with hot reload and passes the API's paths on to a running API (API_URL, default port 3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      // react-router marks its modules "use client" for React Server Components; meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // A fixed port: in development the API accepts this origin (see src/web/web-dev-server.ts).
    port: WEB_DEV_SERVER_PORT,
    strictPort: true,
    proxy: Object.fromEntries(API_PREFIXES.map((prefix) => [`^/${prefix}(/|$)`, { target: api, changeOrigin: false }])),
  },
  preview: { port: 4173 },
});
