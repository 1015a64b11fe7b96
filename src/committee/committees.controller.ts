import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { CommitteesService } from './committees.service.js';
import { CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto.js';
import { CreateMeetingDto } from './dto/meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

/** Committees (deelcommissies): admins manage them; the secretary plans their meetings. */
@ApiTags('committees')
@Controller('committees')
export class CommitteesController {
  constructor(
    private readonly committees: CommitteesService,
    private readonly meetings: MeetingsService,
  ) {}

  /** All committees for staff; chairs and members see their own. */
  @Roles('admin', 'secretary', 'chair', 'committee_member')
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.committees.list(user);
  }

  @Roles('admin', 'secretary', 'chair', 'committee_member')
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.committees.get(user, id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCommitteeDto) {
    return this.committees.create(body, user.id);
  }

  @Roles('admin')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCommitteeDto) {
    return this.committees.update(id, body);
  }

  @Roles('secretary')
  @Post(':id/meetings')
  planMeeting(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateMeetingDto) {
    return this.meetings.create(user, id, body);
  }
}
