import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { CommitteeSettingsService } from './committee-settings.service.js';
import { CommitteeProcedureView, CommitteeSettingsPreview, CommitteeSettingsView } from './committee-settings.view.js';
import { SaveProcedureSettingsRequest } from './dto/procedure-settings.dto.js';

/** The procedure settings of each committee: admins edit them (preview, then save a new version); the secretariat reads them. */
@ApiTags('committees')
@Controller()
export class CommitteeSettingsController {
  constructor(private readonly settings: CommitteeSettingsService) {}

  /** The current version with its history: who saved which version, what it changed, how many running cases follow it. */
  @Roles('admin', 'secretary')
  @Get('committees/:id/settings')
  @ApiOkResponse({ type: CommitteeSettingsView })
  view(@Param('id', ParseUUIDPipe) id: string): Promise<CommitteeSettingsView> {
    return this.settings.view(id);
  }

  /** What saving these settings would change and whom it would affect; saves nothing. */
  @Roles('admin')
  @Post('committees/:id/settings/preview')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitteeSettingsPreview })
  preview(@Param('id', ParseUUIDPipe) id: string, @Body() body: SaveProcedureSettingsRequest): Promise<CommitteeSettingsPreview> {
    return this.settings.preview(id, body.basedOnVersion, body.settings);
  }

  /** Saves the settings as the next version; new applications follow it, running cases keep theirs. */
  @Roles('admin')
  @Put('committees/:id/settings')
  @ApiOkResponse({ type: CommitteeSettingsView })
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SaveProcedureSettingsRequest): Promise<CommitteeSettingsView> {
    return this.settings.save(user, id, body.basedOnVersion, body.settings);
  }

  /** Every active committee with its databank, whether it takes applications (else its message) and the levels it offers. */
  @Get('procedures')
  @ApiOkResponse({ type: [CommitteeProcedureView] })
  procedures(): Promise<CommitteeProcedureView[]> {
    return this.settings.procedures();
  }
}
