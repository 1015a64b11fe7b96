import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { userView } from '../../users/dto/user.view.js';
import { UsersService } from '../../users/users.service.js';
import type { AuthUser } from '../auth-user.js';
import { clientIp } from '../auth.controller.js';
import { CurrentUser, Roles } from '../decorators.js';
import { AccountLinksService } from './account-links.service.js';
import { InviteUserDto } from './dto/invite-user.dto.js';
import { accountAlreadyActive } from '../auth.errors.js';

/** Admins make accounts by invitation: the person gets a one-time link to choose a password. */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class InvitationsController {
  constructor(
    private readonly users: UsersService,
    private readonly links: AccountLinksService,
  ) {}

  @Post()
  async invite(@CurrentUser() admin: AuthUser, @Body() body: InviteUserDto, @Req() request: Request) {
    const user = await this.users.create(body);
    const { expiresAt } = await this.links.invite(user, admin.id, clientIp(request));
    return { ...userView(user), invitationExpiresAt: expiresAt };
  }

  /** A new link for an account whose password was never set; the earlier link stops working. */
  @Post(':id/invitation')
  @HttpCode(200)
  async reinvite(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    const user = await this.users.get(id);
    const withPassword = await this.users.findForLogin(user.email);
    if (withPassword?.passwordHash)
      throw accountAlreadyActive();
    return this.links.invite(user, admin.id, clientIp(request));
  }
}
