import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { VersionedActionDto } from '../applications/dto/track-action.dto.js';
import { StartReassessmentDto } from './dto/reassessment.dto.js';
import { PublicationService } from './publication.service.js';

/** Staff and owner steps around the databank; who may take them is checked per application. */
@ApiTags('publication')
@Controller()
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  /** The secretary publishes a recognised application (a re-assessment updates its listing). */
  @Post('applications/:id/publish')
  @HttpCode(200)
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionedActionDto) {
    return this.publication.publish(user, id, body.version);
  }

  /** The public listing as publishing would write it now, without publishing (the secretary's preview). */
  @Get('applications/:id/listing/preview')
  previewPublication(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.publication.previewPublication(user, id);
  }

  /** The secretary refreshes the public text of a published application's listing. */
  @Post('applications/:id/listing/update')
  @HttpCode(200)
  updateListing(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionedActionDto) {
    return this.publication.updateListing(user, id, body.version);
  }

  /** An owner of the listed intervention applies for re-assessment (herbeoordeling). */
  @Post('listings/:slug/reassessment')
  startReassessment(@CurrentUser() user: AuthUser, @Param('slug') slug: string, @Body() body: StartReassessmentDto) {
    return this.publication.startReassessment(user, slug, body);
  }
}
