import { Module } from '@nestjs/common';
import { ReviewsController } from './reviews.controller.js';
import { ReviewMaterialService } from './review-material.service.js';
import { ReviewsService } from './reviews.service.js';

/** Structured reviews. Exports ReviewsService (anonymisedFeedback for the committee and decision letters). */
@Module({
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewMaterialService],
  exports: [ReviewsService],
})
export class ReviewModule {}
