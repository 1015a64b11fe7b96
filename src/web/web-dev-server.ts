/**
 * The port of the web application's dev server (`npm run web:dev`, web/vite.config.ts). Its
 * pages call the API through Vite's proxy, which passes the browser's Origin on unchanged, so
 * in development the API accepts requests from this origin too (see cross-origin.middleware.ts).
 */
export const WEB_DEV_SERVER_PORT = 5173;

export const WEB_DEV_SERVER_ORIGINS = [`http://localhost:${WEB_DEV_SERVER_PORT}`, `http://127.0.0.1:${WEB_DEV_SERVER_PORT}`];
