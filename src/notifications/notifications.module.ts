import { Module } from '@nestjs/common';
import { NotificationInbox } from './notification-inbox.service.js';
import { NotificationsController } from './notifications.controller.js';

/** API side of notifications: the in-app list. Sending happens in the worker (NotificationsWorkerModule). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationInbox],
})
export class NotificationsModule {}
