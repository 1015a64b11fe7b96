import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../common/logging/request-context.js';
import type { AppConfig } from '../config/app-config.js';
import { WEB_DEV_SERVER_ORIGINS } from '../web/web-dev-server.js';
import { hasBearerHeader } from './session.guard.js';
import { SESSION_COOKIE } from './session-token.js';
import { crossOriginRequest } from './auth.errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for the session cookie, in front of every route (the queue dashboard too).
 * Browsers name the page a request comes from in Origin (older ones only in Referer), and another
 * site cannot forge it; SameSite=Lax alone lets sites on the same domain through. So a request
 * that changes something must come from the application's own origin (APP_URL; in development
 * also the web dev server) when it
 * - carries the session cookie: without Origin or Referer it is refused too, since every browser
 *   sends Origin with such a request, and other clients can send it themselves;
 * - or names another origin, even without a cookie: another site must not sign a visitor in to
 *   an account of its own (login CSRF) or register one.
 * Requests with a bearer token are left alone: they never use the cookie (see readToken), and a
 * browser on another site cannot send the header without CORS, which the API does not allow.
 */
export function refuseCrossOriginRequests(config: AppConfig) {
  const ownOrigin = new URL(config.APP_URL).origin;
  const allowed = new Set([ownOrigin, ...(config.NODE_ENV === 'development' ? WEB_DEV_SERVER_ORIGINS : [])]);
  return (request: Request, response: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(request.method) || hasBearerHeader(request)) return next();
    const origin = claimedOrigin(request);
    if (origin === undefined ? !hasSessionCookie(request) : origin !== null && allowed.has(origin)) return next();
    const refusal = crossOriginRequest({ ownOrigin });
    response.status(refusal.getStatus()).json({ ...(refusal.getResponse() as object), requestId: requestContext.getStore()?.requestId });
  };
}

/** The origin the request says it comes from; null when that cannot be read ("null", no URL); undefined when it names none. */
function claimedOrigin(request: Request): string | null | undefined {
  const header = request.header('origin') ?? request.header('referer');
  if (header === undefined) return undefined;
  try {
    return new URL(header).origin;
  } catch {
    return null;
  }
}

function hasSessionCookie(request: Request): boolean {
  return Boolean((request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
}
