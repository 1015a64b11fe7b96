import { Module } from '@nestjs/common';
import { DescriptionController } from './description.controller.js';
import { DescriptionSteps } from './description-steps.service.js';
import { DescriptionVersions } from './description-versions.service.js';
import { DescriptionService } from './description.service.js';
import { SectionCommentsController } from './section-comments.controller.js';
import { SectionComments } from './section-comments.service.js';

/** The werkblad (description template): sections, feedback rounds, frozen versions, comments. */
@Module({
  controllers: [DescriptionController, SectionCommentsController],
  providers: [DescriptionService, DescriptionSteps, DescriptionVersions, SectionComments],
  exports: [DescriptionService, DescriptionVersions, DescriptionSteps, SectionComments],
})
export class DescriptionModule {}
