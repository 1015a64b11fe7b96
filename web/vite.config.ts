import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { API_PREFIXES } from '../src/web/api-prefixes.js';
import { SERVER_PAGE_PREFIXES } from '../src/web/server-pages.js';
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
    // No public source maps: the sources stay unpublished and no 2.4 MB map is served (decision 0017).
    sourcemap: false,
    // The API reads the public pages' hashed stylesheet and script names from .vite/manifest.json.
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      // The web application, and the small stylesheet and script of the server-rendered public pages.
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        public: fileURLToPath(new URL('src/public/public-site.ts', import.meta.url)),
      },
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
    proxy: Object.fromEntries([...API_PREFIXES, ...SERVER_PAGE_PREFIXES].map((prefix) => [`^/${prefix}(/|$)`, { target: api, changeOrigin: false }])),
  },
  preview: { port: 4173 },
});
