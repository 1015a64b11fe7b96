import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { ErasureRequest } from './dto/erasure.request.js';
import { RetentionTermsRequest } from './dto/retention-terms.request.js';
import { ErasureService } from './erasure.service.js';
import { ProcessingOverviewService } from './processing-overview.service.js';
import { RetentionSettings } from './retention-settings.service.js';
import { RetentionService } from './retention.service.js';

/** The admin's privacy duties: retention terms, dry and real runs, erasure requests, the processing overview. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/privacy')
export class PrivacyAdminController {
  constructor(
    private readonly settings: RetentionSettings,
    private readonly retention: RetentionService,
    private readonly erasures: ErasureService,
    private readonly overview: ProcessingOverviewService,
  ) {}

  /** The term per kind of record with its default and what happens after it. */
  @Get('retention')
  retentionSettings() {
    return this.settings.view();
  }

  /** Replaces every kind's term; the next run (scheduled or by hand) follows it. */
  @Put('retention')
  saveRetention(@CurrentUser() user: AuthUser, @Body() body: RetentionTermsRequest) {
    return this.settings.save(user, body.terms);
  }

  /** What a run would delete or anonymise now, per kind, with counts and examples; changes nothing. */
  @Post('retention/dry-run')
  @HttpCode(200)
  dryRun() {
    return this.retention.dryRun();
  }

  /** The latest runs, scheduled and by hand, with their counts per kind. */
  @Get('retention/runs')
  runs() {
    return this.retention.runs();
  }

  /** Runs the retention now, as the nightly job does, and logs it as the admin's. */
  @Post('retention/runs')
  run(@CurrentUser() user: AuthUser) {
    return this.retention.run('admin', user.id);
  }

  /** What erasing this person would do, or why it is not allowed now. */
  @Get('erasures/:userId/preview')
  previewErasure(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.erasures.preview(user, userId);
  }

  /** Erases the person as far as the law allows; 409 with the reasons where it does not. */
  @Post('erasures')
  erase(@CurrentUser() user: AuthUser, @Body() body: ErasureRequest) {
    return this.erasures.erase(user, body.userId);
  }

  /** The processing overview, generated from the current retention terms. */
  @Get('processing-overview')
  async processingOverview() {
    return { activities: await this.overview.activities() };
  }
}
