import { Module } from '@nestjs/common';
import { NotificationInbox } from './notification-inbox.service.js';
import { NotificationPreferencesController } from './notification-preferences.controller.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';

/** API side of notifications: the in-app list. Sending happens in the worker (NotificationsWorkerModule). */
@Module({
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [NotificationInbox, NotificationPreferences],
})
export class NotificationsModule {}
