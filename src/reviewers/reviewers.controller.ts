import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { PutReviewerProfileDto, ReviewerAvailabilityDto } from './dto/reviewer-profile.dto.js';
import { ReviewersService } from './reviewers.service.js';

/** The reviewer pool (beoordelaars): profiles, availability, load and history. */
@ApiTags('reviewers')
@Controller('reviewers')
export class ReviewersController {
  constructor(private readonly reviewers: ReviewersService) {}

  /** Every reviewer with profile, current load and history. */
  @Roles('secretary', 'admin')
  @Get()
  list() {
    return this.reviewers.list();
  }

  /** Staff read any profile; a reviewer reads their own. */
  @Roles('secretary', 'admin', 'reviewer')
  @Get(':userId/profile')
  profile(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.reviewers.profile(user, userId);
  }

  @Roles('secretary', 'admin')
  @Put(':userId/profile')
  putProfile(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string, @Body() body: PutReviewerProfileDto) {
    return this.reviewers.putProfile(user, userId, body);
  }

  /** Unavailable periods and whether the reviewer takes invitations now: the reviewer's own, or staff. */
  @Roles('secretary', 'admin', 'reviewer')
  @Put(':userId/availability')
  putAvailability(
    @CurrentUser() user: AuthUser,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: ReviewerAvailabilityDto,
  ) {
    return this.reviewers.putAvailability(user, userId, body);
  }
}
