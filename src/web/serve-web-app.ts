import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { API_PREFIXES } from './api-prefixes.js';

/** Where `npm run web:build` puts the web application, relative to the working directory. */
export const WEB_DIST_DIR = 'dist-web';

const apiPrefixes = new Set(API_PREFIXES);

/** Whether a request path belongs to the API (see API_PREFIXES). */
export function isApiPath(path: string): boolean {
  return apiPrefixes.has(path.split('/')[1] ?? '');
}

/**
 * Serves the built web application on the API's own origin (one URL, cookie sessions): its files
 * as they are (hashed assets cached for a year, index.html never), and index.html for any other
 * GET that a browser navigates to (Accept: text/html), so that client routes survive a reload.
 * Registered before the API's routes; API paths always fall through to the API. Without a build
 * (development with the Vite dev server, most tests) it does nothing.
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
  app.use((request: Request, response: Response, next: NextFunction) => (isApiPath(request.path) ? next() : serveFile(request, response, next)));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) return next();
    if (!(request.headers.accept ?? '').includes('text/html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
