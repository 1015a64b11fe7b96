import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { UpdateNotificationPreferencesRequest } from './dto/update-notification-preferences.request.js';
import { NotificationPreferences } from './notification-preferences.service.js';

/** The signed-in user's own choice of how they hear of things; nobody reads or sets another's. */
@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  get(@CurrentUser() user: AuthUser) {
    return this.preferences.get(user);
  }

  @Put()
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateNotificationPreferencesRequest) {
    return this.preferences.update(user, body.preferences);
  }
}
