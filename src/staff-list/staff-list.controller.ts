import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { StaffListQuery } from './dto/staff-list.query.js';
import { StaffListService } from './staff-list.service.js';

/** The secretariat's list and board: every application the staff member may see, searched and paged on the server. */
@ApiTags('applications')
@Controller('staff/applications')
export class StaffListController {
  constructor(private readonly staffList: StaffListService) {}

  @Roles('secretary', 'coach', 'chair', 'committee_member')
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: StaffListQuery) {
    return this.staffList.list(user, query);
  }
}
