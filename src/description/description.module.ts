import { Module } from '@nestjs/common';
import { DescriptionController } from './description.controller.js';
import { DescriptionFactsController } from './description-facts.controller.js';
import { DescriptionFactsService } from './description-facts.service.js';
import { DescriptionSteps } from './description-steps.service.js';
import { DescriptionVersions } from './description-versions.service.js';
import { DescriptionService } from './description.service.js';
import { SectionCommentsController } from './section-comments.controller.js';
import { SectionComments } from './section-comments.service.js';

/** The werkblad (description template): sections, feedback rounds, frozen versions, comments. */
@Module({
  controllers: [DescriptionController, SectionCommentsController, DescriptionFactsController],
  providers: [DescriptionService, DescriptionSteps, DescriptionVersions, SectionComments, DescriptionFactsService],
  exports: [DescriptionService, DescriptionVersions, DescriptionSteps, SectionComments],
})
export class DescriptionModule {}
