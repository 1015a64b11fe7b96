import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from './auth-user.js';
import { AuthAuditLog } from './auth-audit-log.js';
import { clientIp } from './auth.controller.js';
import { CurrentUser } from './decorators.js';
import { SessionsService } from './sessions.service.js';
import { sessionNotFound } from './auth.errors.js';

/** A user's own sessions: where they are signed in, and ending any of them. */
@ApiTags('me')
@Controller('me/sessions')
export class MySessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly audit: AuthAuditLog,
  ) {}

  @Get()
  async list(@CurrentUser() user: AuthUser) {
    return (await this.sessions.listFor(user.id)).map((session) => ({
      id: session.id,
      userAgent: session.userAgent,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      current: session.id === user.sessionId,
    }));
  }

  /** Ending the current session is signing out here; the cookie goes with the next request's 401. */
  @Delete(':id')
  @HttpCode(204)
  async end(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    if (!(await this.sessions.endOwn(user.id, id)))
      throw sessionNotFound();
    await this.audit.record({ eventType: 'session_ended', userId: user.id, ip: clientIp(request), details: { current: id === user.sessionId } });
  }
}
