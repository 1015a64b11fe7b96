import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { AcceptInvitationDto, DeclineInvitationDto } from './dto/panel.dto.js';
import { PanelsService } from './panels.service.js';

/** A reviewer's invitations: what they are asked to review, and their answer. */
@ApiTags('panels')
@Controller()
export class InvitationsController {
  constructor(private readonly panels: PanelsService) {}

  @Roles('reviewer')
  @Get('me/invitations')
  mine(@CurrentUser() user: AuthUser) {
    return this.panels.myInvitations(user);
  }

  @Roles('reviewer')
  @Get('invitations/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.panels.invitation(user, id);
  }

  /** Accept, declaring whether there is a conflict of interest (which blocks the assignment). */
  @Roles('reviewer')
  @Post('invitations/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AcceptInvitationDto) {
    return this.panels.accept(user, id, body);
  }

  @Roles('reviewer')
  @Post('invitations/:id/decline')
  @HttpCode(200)
  decline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: DeclineInvitationDto) {
    return this.panels.decline(user, id, body);
  }

  /** The secretary marks a pending invitation expired now; the next alternate is invited. */
  @Roles('secretary')
  @Post('invitations/:id/expire')
  @HttpCode(200)
  expire(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.panels.expireNow(user, id);
  }
}
