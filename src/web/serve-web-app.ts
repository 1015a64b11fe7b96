import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { API_PREFIXES } from './api-prefixes.js';
import { SERVER_PAGE_PREFIXES } from './server-pages.js';

/** Where `npm run web:build` puts the web application, relative to the working directory. */
export const WEB_DIST_DIR = 'dist-web';

const apiPrefixes = new Set(API_PREFIXES);

const serverPagePrefixes = new Set(SERVER_PAGE_PREFIXES);

/** Whether a request path belongs to the API (see API_PREFIXES). */
export function isApiPath(path: string): boolean {
  return apiPrefixes.has(path.split('/')[1] ?? '');
}

/** Whether the API process answers this path itself: the API and the server-rendered public pages. */
export function isServerPath(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return apiPrefixes.has(first) || serverPagePrefixes.has(first);
}

/**
 * A browser navigation, or a plain client such as curl (`Accept: *\/*`) on a route, not a file:
 * both get a page, never the API's JSON "Cannot GET". A missing asset (under /assets/ or a name with an
 * extension) stays a 404.
 */
function wantsPage(accept: string | undefined, path: string): boolean {
  if (accept?.includes('text/html')) return true;
  const isFileName = path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
  return !isFileName && (!accept || accept.includes('*/*'));
}

/**
 * Serves the built web application on the API's own origin (one URL, cookie sessions): its files
 * as they are (hashed assets cached for a year as immutable, index.html revalidated), and
 * index.html for any other GET that a browser or curl navigates to, so that client routes survive
 * a reload. Registered before the API's routes; API paths and the server-rendered public pages
 * always fall through to Nest. Source maps are not built (web/vite.config.ts) and never served.
 * Without a build (development with the Vite dev server, most tests) it does nothing.
 */
export function serveWebApp(app: NestExpressApplication, logger: LoggerService, directory = resolve(WEB_DIST_DIR)): void {
  const indexFile = join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    logger.log?.({ msg: 'No web application build; serving the API only', directory }, 'web');
    return;
  }
  const serveFile = express.static(directory, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader('Cache-Control', path.includes(`${join(directory, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Looking for a file costs a filesystem stat, which an API request would pay for nothing.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isServerPath(request.path)) return next();
    // A stale build may still hold maps; the sources are not published.
    if (request.path.endsWith('.map')) return next();
    serveFile(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path) || request.path.endsWith('.map')) return next();
    if (!wantsPage(request.headers.accept, request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
