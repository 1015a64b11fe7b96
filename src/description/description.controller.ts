import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { DescriptionSteps } from './description-steps.service.js';
import { DescriptionVersions } from './description-versions.service.js';
import { DescriptionService } from './description.service.js';
import { CompareQuery } from './dto/compare.dto.js';
import { DescriptionStepDto, ReopenDescriptionDto } from './dto/description-step.dto.js';
import { SaveSectionDto } from './dto/save-section.dto.js';

/** The werkblad of an application: its sections, the feedback rounds, and the frozen versions. */
@ApiTags('description')
@Controller('applications/:id/description')
export class DescriptionController {
  constructor(
    private readonly description: DescriptionService,
    private readonly steps: DescriptionSteps,
    private readonly versions: DescriptionVersions,
  ) {}

  @Get()
  view(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.description.view(user, id);
  }

  /** Saves one section; `version` is the section version the client last saw (0: never saved). */
  @Put('sections/:key')
  saveSection(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('key') key: string,
    @Body() body: SaveSectionDto,
  ) {
    return this.description.saveSection(user, id, key, body);
  }

  @Post('request-feedback')
  @HttpCode(200)
  requestFeedback(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: DescriptionStepDto) {
    return this.steps.requestFeedback(user, id, body.version);
  }

  @Post('return-feedback')
  @HttpCode(200)
  returnFeedback(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: DescriptionStepDto) {
    return this.steps.returnFeedback(user, id, body.version);
  }

  @Post('mark-ready')
  @HttpCode(200)
  markReady(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: DescriptionStepDto) {
    return this.steps.markReady(user, id, body.version);
  }

  @Post('reopen')
  @HttpCode(200)
  reopen(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReopenDescriptionDto) {
    return this.steps.reopen(user, id, body.version, body.reason);
  }

  @Post('submit-for-assessment')
  @HttpCode(200)
  submitForAssessment(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: DescriptionStepDto) {
    return this.steps.submitForAssessment(user, id, body.version);
  }

  @Get('versions')
  listVersions(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.versions.list(user, id);
  }

  @Get('versions/:number')
  getVersion(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('number', ParseIntPipe) number: number) {
    return this.versions.get(user, id, number);
  }

  /** `from` and `to` are version numbers or `live`; by default the latest version against the live text. */
  @Get('compare')
  compare(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: CompareQuery) {
    return this.versions.compare(user, id, query);
  }
}
