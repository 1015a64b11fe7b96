import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { UpdatedCount } from '../common/views/updated-count.view.js';
import { ListNotificationsQuery } from './dto/list-notifications.query.js';
import { MarkGroupReadRequest } from './dto/mark-group-read.request.js';
import { NotificationGroup } from './notification-groups.js';
import { NotificationInbox } from './notification-inbox.service.js';
import { NotificationView } from './notification.view.js';

/** The signed-in user's own notifications (meldingen), newest first. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInbox) {}

  @Get()
  @ApiOkResponse({ type: [NotificationView] })
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery) {
    return this.inbox.list(user, query);
  }

  /** The same notifications grouped per application and per day; `limit` counts groups. */
  @Get('groups')
  @ApiOkResponse({ type: [NotificationGroup] })
  groups(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery) {
    return this.inbox.groups(user, query);
  }

  @Post('groups/read')
  @HttpCode(200)
  @ApiOkResponse({ type: UpdatedCount })
  readGroup(@CurrentUser() user: AuthUser, @Body() body: MarkGroupReadRequest) {
    return this.inbox.markGroupRead(user, body);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: UpdatedCount })
  readAll(@CurrentUser() user: AuthUser) {
    return this.inbox.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.inbox.markRead(user, id);
  }
}
