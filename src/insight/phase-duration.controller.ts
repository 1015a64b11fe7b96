import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { PhaseDurationService } from './phase-duration.service.js';
import { PhaseDurationView } from './phase-duration.view.js';

/** For everyone who may see the application (404 otherwise): its time in the phase against the usual. */
@ApiTags('insight')
@Controller('applications/:id/phase-duration')
export class PhaseDurationController {
  constructor(private readonly durations: PhaseDurationService) {}

  @ApiOperation({ summary: 'Working days in the current phase so far, and the usual range (p25–p75 of last year’s stays), if enough cases' })
  @Get()
  @ApiOkResponse({ type: PhaseDurationView })
  view(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<PhaseDurationView> {
    return this.durations.forApplication(user, id);
  }
}
