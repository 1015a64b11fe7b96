import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { ListMeetingsQuery, PlaceOnAgendaDto, RemoveFromAgendaQuery, ReorderAgendaDto, SaveMinutesDto, UpdateMeetingDto } from './dto/meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

/** Committee meetings and their agendas. */
@ApiTags('committees')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** All meetings for the secretariat; chairs and members see their committees' meetings. */
  @Roles('admin', 'secretary', 'chair', 'committee_member')
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListMeetingsQuery) {
    return this.meetings.list(user, query);
  }

  /** The meeting with its agenda in order; for the secretariat and the committee's chair and members. */
  @Roles('admin', 'secretary', 'chair', 'committee_member')
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.meetings.get(user, id);
  }

  @Roles('secretary')
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateMeetingDto) {
    return this.meetings.update(user, id, body);
  }

  /** PLACE_ON_AGENDA: a case awaiting the committee, with every review of its round submitted. */
  @Roles('secretary')
  @Post(':id/agenda')
  place(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlaceOnAgendaDto) {
    return this.meetings.placeOnAgenda(user, id, body);
  }

  /** Sets the order of the agenda. */
  @Roles('secretary')
  @Put(':id/agenda')
  reorder(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReorderAgendaDto) {
    return this.meetings.reorder(user, id, body.applicationIds);
  }

  /** REMOVE_FROM_AGENDA: the case goes back to awaiting the committee. */
  @Roles('secretary')
  @Delete(':id/agenda/:applicationId')
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Query() query: RemoveFromAgendaQuery,
  ) {
    return this.meetings.removeFromAgenda(user, id, applicationId, query.version);
  }

  /** The internal minutes of an agenda item, from the meeting's start on. */
  @Roles('secretary', 'chair')
  @Put(':id/agenda/:applicationId/minutes')
  saveMinutes(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: SaveMinutesDto,
  ) {
    return this.meetings.saveMinutes(user, id, applicationId, body.minutes);
  }
}
