import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { ApplicationsService } from './applications.service.js';
import { CreateApplicationDto } from './dto/create-application.dto.js';
import {
  AddOwnerDto,
  AdmitActionDto,
  AnswerActionDto,
  ListApplicationsQuery,
  OptionalReasonActionDto,
  QuestionActionDto,
  ReasonActionDto,
  VersionedActionDto,
} from './dto/track-action.dto.js';
import { UpdateApplicationDto } from './dto/update-application.dto.js';
import { OwnerInvitations } from './owner-invitations.service.js';
import { TimelineService } from './timeline.service.js';

/** Applications (aanmeldingen): the intake steps, co-owners and the timeline. */
@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly owners: OwnerInvitations,
    private readonly timelines: TimelineService,
  ) {}

  @Roles('owner')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateApplicationDto) {
    return this.applications.create(user, body);
  }

  /** The applications this user is involved in; the secretary's intake queue is `?state=intake`. */
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListApplicationsQuery) {
    return this.applications.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.applications.view(user, id);
  }

  /** The owner edits the intake form while it is a draft or a question is open. */
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateApplicationDto) {
    return this.applications.updateIntake(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionedActionDto) {
    return this.applications.submit(user, id, body.version);
  }

  @Post(':id/admit')
  @HttpCode(200)
  admit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AdmitActionDto) {
    return this.applications.admit(user, id, body);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  refuse(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonActionDto) {
    return this.applications.send(user, id, body.version, { type: 'REFUSE_ADMISSION', reason: body.reason });
  }

  @Post(':id/request-information')
  @HttpCode(200)
  requestInformation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: QuestionActionDto) {
    return this.applications.send(user, id, body.version, { type: 'REQUEST_INFORMATION', question: body.question });
  }

  /** The owner answers the secretary's question and resubmits. */
  @Post(':id/provide-information')
  @HttpCode(200)
  provideInformation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerActionDto) {
    return this.applications.submit(user, id, body.version, { type: 'PROVIDE_INFORMATION', answer: body.answer });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: OptionalReasonActionDto) {
    return this.applications.send(user, id, body.version, { type: 'WITHDRAW', reason: body.reason });
  }

  @Get(':id/timeline')
  timeline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.timelines.timeline(user, id);
  }

  @Get(':id/owners')
  listOwners(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.owners.list(user, id);
  }

  @Post(':id/owners')
  addOwner(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddOwnerDto) {
    return this.owners.add(user, id, body.email);
  }

  @Delete(':id/owners/:userId')
  removeOwner(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ) {
    return this.owners.remove(user, id, userId);
  }
}
