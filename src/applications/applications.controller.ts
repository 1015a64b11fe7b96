import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { ApplicationSummaryView, ApplicationView } from './application.view.js';
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
import { OwnersView } from './owners.view.js';
import { TimelineEntryView } from './timeline-entry.view.js';
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
  @ApiCreatedResponse({ type: ApplicationView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateApplicationDto): Promise<ApplicationView> {
    return this.applications.create(user, body);
  }

  /** The applications this user is involved in; the secretary's intake queue is `?state=intake`. */
  @Get()
  @ApiOkResponse({ type: [ApplicationSummaryView] })
  list(@CurrentUser() user: AuthUser, @Query() query: ListApplicationsQuery): Promise<ApplicationSummaryView[]> {
    return this.applications.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationView })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationView> {
    return this.applications.view(user, id);
  }

  /** The owner edits the intake form while it is a draft or a question is open. */
  @Patch(':id')
  @ApiOkResponse({ type: ApplicationView })
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateApplicationDto): Promise<ApplicationView> {
    return this.applications.updateIntake(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionedActionDto): Promise<ApplicationView> {
    return this.applications.submit(user, id, body.version);
  }

  @Post(':id/admit')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  admit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AdmitActionDto): Promise<ApplicationView> {
    return this.applications.admit(user, id, body);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  refuse(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonActionDto): Promise<ApplicationView> {
    return this.applications.send(user, id, body.version, { type: 'REFUSE_ADMISSION', reason: body.reason });
  }

  @Post(':id/request-information')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  requestInformation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: QuestionActionDto): Promise<ApplicationView> {
    return this.applications.send(user, id, body.version, { type: 'REQUEST_INFORMATION', question: body.question });
  }

  /** The owner answers the secretary's question and resubmits. */
  @Post(':id/provide-information')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  provideInformation(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerActionDto): Promise<ApplicationView> {
    return this.applications.submit(user, id, body.version, { type: 'PROVIDE_INFORMATION', answer: body.answer });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: OptionalReasonActionDto): Promise<ApplicationView> {
    return this.applications.send(user, id, body.version, { type: 'WITHDRAW', reason: body.reason });
  }

  @Get(':id/timeline')
  @ApiOkResponse({ type: [TimelineEntryView] })
  timeline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<TimelineEntryView[]> {
    return this.timelines.timeline(user, id);
  }

  @Get(':id/owners')
  @ApiOkResponse({ type: OwnersView })
  listOwners(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<OwnersView> {
    return this.owners.list(user, id);
  }

  @Post(':id/owners')
  @ApiCreatedResponse({ type: OwnersView })
  addOwner(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddOwnerDto): Promise<OwnersView> {
    return this.owners.add(user, id, body.email);
  }

  @Delete(':id/owners/:userId')
  @ApiOkResponse({ type: OwnersView })
  removeOwner(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<OwnersView> {
    return this.owners.remove(user, id, userId);
  }
}
