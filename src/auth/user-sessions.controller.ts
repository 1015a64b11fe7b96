import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { UsersService } from '../users/users.service.js';
import type { AuthUser } from './auth-user.js';
import { AuthAuditLog } from './auth-audit-log.js';
import { clientIp } from './auth.controller.js';
import { CurrentUser, Roles } from './decorators.js';
import { SessionsService } from './sessions.service.js';

/** An admin signs a user out everywhere (a lost laptop, a leaving colleague). */
@ApiTags('users')
@Roles('admin')
@Controller('users/:id/sessions')
export class UserSessionsController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuthAuditLog,
  ) {}

  @Post('end')
  @HttpCode(200)
  async endAll(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    await this.users.get(id);
    const ended = await this.sessions.endAllFor(id);
    await this.audit.record({ eventType: 'sessions_ended_by_admin', userId: id, actorId: admin.id, ip: clientIp(request), details: { ended } });
    return { ended };
  }
}
