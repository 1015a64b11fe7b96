import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { SaveReviewDto } from './dto/review.dto.js';
import { ReviewMaterialService } from './review-material.service.js';
import { ReviewsService } from './reviews.service.js';

/** Structured reviews of one application. */
@ApiTags('reviews')
@Controller('applications/:id/reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly materials: ReviewMaterialService,
  ) {}

  /** Secretary, chair, committee: all submitted reviews; reviewer: after their own; owner: anonymised feedback after the decision. */
  @Get()
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reviews.list(user, id);
  }

  /** What the reviewer judges: the frozen werkblad, the documents, the target level and its criteria (active panel members). */
  @Roles('reviewer')
  @Get('material')
  material(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.materials.material(user, id);
  }

  @Roles('reviewer')
  @Get('mine')
  mine(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reviews.mine(user, id);
  }

  /** Saves the draft; only the fields sent change. */
  @Roles('reviewer')
  @Put('mine')
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SaveReviewDto) {
    return this.reviews.saveDraft(user, id, body);
  }

  /** Submits and locks the review; 400 names every missing criterion or field. */
  @Roles('reviewer')
  @Post('mine/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SaveReviewDto) {
    return this.reviews.submit(user, id, body);
  }
}
