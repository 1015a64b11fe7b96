import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { StuckThresholdsRequest } from './dto/stuck-thresholds.request.js';
import { StuckThresholdsAdmin } from './stuck-thresholds-admin.service.js';

/** Admins set after how many working days without a step a case counts as stuck, per phase. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/stuck-thresholds')
export class StuckThresholdsController {
  constructor(private readonly admin: StuckThresholdsAdmin) {}

  /** The thresholds per phase with their defaults, and the latest changes (who, when, from, to). */
  @Get()
  view() {
    return this.admin.view();
  }

  /** Replaces all five thresholds; the stuck flags of the board, lists and digest follow at once. */
  @Put()
  save(@CurrentUser() user: AuthUser, @Body() body: StuckThresholdsRequest) {
    return this.admin.save(user, body.thresholds);
  }

  /** How many cases would become, or stop being, stuck with these thresholds; saves nothing. */
  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: StuckThresholdsRequest) {
    return this.admin.preview(body.thresholds);
  }
}
