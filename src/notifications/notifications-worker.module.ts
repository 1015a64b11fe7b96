import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullRootModule } from '../jobs/bull-root.module.js';
import { QUEUES } from '../jobs/queues.js';
import { DailyDigest } from './daily-digest.service.js';
import { MailDelivery } from './mail-delivery.service.js';
import { MailProcessor } from './mail.processor.js';
import { MailSender } from './mail-sender.service.js';
import { NotificationFanOut } from './notification-fan-out.service.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { ActivePanelReviewers } from '../panels/panel-reviewers.js';
import { PANEL_REVIEWERS, RecipientResolver } from './recipients.js';

/**
 * Worker side of notifications: the outbox relay, the fan-out of triggers into notifications,
 * and the mail sender. The API never imports this module; it only writes outbox rows.
 */
@Module({
  imports: [BullRootModule, BullModule.registerQueue({ name: QUEUES.notifications.name }, { name: QUEUES.mail.name })],
  providers: [
    OutboxRelay,
    NotificationFanOut,
    RecipientResolver,
    // The assessment module replaces this with a lookup in its panel tables.
    { provide: PANEL_REVIEWERS, useClass: ActivePanelReviewers },
    MailSender,
    MailDelivery,
    DailyDigest,
    NotificationsProcessor,
    MailProcessor,
  ],
  exports: [OutboxRelay, NotificationFanOut, MailDelivery, DailyDigest],
})
export class NotificationsWorkerModule {}
