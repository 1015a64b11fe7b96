import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { SESSION_COOKIE } from './session-token.js';

export function sessionCookieOptions(config: AppConfig, expiresAt?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/', expires: expiresAt };
}

export function setSessionCookie(response: Response, config: AppConfig, token: string, expiresAt: Date) {
  response.cookie(SESSION_COOKIE, token, sessionCookieOptions(config, expiresAt));
}

export function clearSessionCookie(response: Response, config: AppConfig) {
  response.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
}
