import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { VersionedActionDto } from '../applications/dto/track-action.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { InviteReviewerDto, RemovePanelMemberDto, SetAlternatesDto } from './dto/panel.dto.js';
import { PanelsService } from './panels.service.js';

/** The review panel of one application: composition by the secretary. */
@ApiTags('panels')
@Controller('applications/:id/panel')
export class PanelsController {
  constructor(private readonly panels: PanelsService) {}

  /** Secretary and chair: members, invitations, alternates; a panel member: letters and kinds only. */
  @Get()
  panel(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.panels.panel(user, id);
  }

  /** START_PANEL_COMPOSITION. */
  @Roles('secretary')
  @Post('start')
  @HttpCode(200)
  start(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionedActionDto) {
    return this.panels.startComposition(user, id, body.version);
  }

  /** Reviewers ranked by theme match, availability and load; blocked ones under `excluded` with reasons. */
  @Roles('secretary')
  @Get('suggestions')
  suggestions(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.panels.suggestions(user, id);
  }

  /** The invitation mail exactly as the reviewer would get it now (their language, the saved wording); nothing is sent. */
  @Roles('secretary')
  @Post('invitations/preview')
  @HttpCode(200)
  previewInvitation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: InviteReviewerDto) {
    return this.panels.previewInvitation(user, id, body);
  }

  @Roles('secretary')
  @Post('invitations')
  invite(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: InviteReviewerDto) {
    return this.panels.invite(user, id, body);
  }

  @Roles('secretary')
  @Delete('invitations/:invitationId')
  withdrawInvitation(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ) {
    return this.panels.withdrawInvitation(user, id, invitationId);
  }

  /** The ranked reserve list (best first), invited automatically when a place opens. */
  @Roles('secretary')
  @Post('alternates')
  @HttpCode(200)
  setAlternates(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SetAlternatesDto) {
    return this.panels.setAlternates(user, id, body);
  }

  @Roles('secretary')
  @Delete('members/:reviewerId')
  removeMember(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('reviewerId', ParseUUIDPipe) reviewerId: string,
    @Body() body: RemovePanelMemberDto,
  ) {
    return this.panels.removeMember(user, id, reviewerId, body.reason);
  }
}
