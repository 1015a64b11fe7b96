import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { OIDC_FLOW_TTL_SECONDS } from './oidc-flows.js';

/** Holds the key of the browser's sign-in attempt between the start and the callback. */
export const OIDC_FLOW_COOKIE = 'erk_oidc_flow';

/** SameSite=Lax: the provider's redirect back is a top-level GET, which carries it. */
function options(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/' };
}

export function setFlowCookie(response: Response, config: AppConfig, key: string) {
  response.cookie(OIDC_FLOW_COOKIE, key, { ...options(config), maxAge: OIDC_FLOW_TTL_SECONDS * 1000 });
}

export function clearFlowCookie(response: Response, config: AppConfig) {
  response.clearCookie(OIDC_FLOW_COOKIE, options(config));
}

export function readFlowCookie(request: Request): string | undefined {
  return (request.cookies as Record<string, string> | undefined)?.[OIDC_FLOW_COOKIE] || undefined;
}
