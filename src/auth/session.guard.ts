import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { requestContext } from '../common/logging/request-context.js';
import type { Role } from '../users/role.js';
import type { AuthUser } from './auth-user.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators.js';
import { SESSION_COOKIE } from './session-token.js';
import { SessionsService } from './sessions.service.js';
import { notSignedIn, roleRequired } from './auth.errors.js';

/** Global guard: every route needs a live session unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = readToken(request);
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (resolved) {
      const { session, user } = resolved;
      request.user = {
        id: user.id,
        email: user.email,
        name: user.name,
        organisation: user.organisation,
        roles: user.roles,
        language: user.language,
        sessionId: session.id,
      };
      const store = requestContext.getStore();
      if (store) store.userId = user.id;
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!request.user)
      throw notSignedIn();
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.user!.roles.includes(role)))
      throw roleRequired();
    return true;
  }
}

/** A request with a bearer header is authenticated by that header alone, never by the cookie. */
export function hasBearerHeader(request: Request): boolean {
  return request.header('authorization')?.startsWith('Bearer ') ?? false;
}

export function readToken(request: Request): string | undefined {
  if (hasBearerHeader(request)) return request.header('authorization')!.slice('Bearer '.length).trim() || undefined;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
}
