import { Module } from '@nestjs/common';
import { MailTemplatesController } from './mail-templates.controller.js';
import { MailTemplates } from './mail-templates.service.js';
import { NotificationInbox } from './notification-inbox.service.js';
import { NotificationPreferencesController } from './notification-preferences.controller.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';

/** API side of notifications: the in-app list. Sending happens in the worker (NotificationsWorkerModule). */
@Module({
  controllers: [NotificationsController, NotificationPreferencesController, MailTemplatesController],
  providers: [NotificationInbox, NotificationPreferences, MailTemplates],
})
export class NotificationsModule {}
