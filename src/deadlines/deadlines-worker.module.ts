import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { BullRootModule } from '../jobs/bull-root.module.js';
import { QUEUES } from '../jobs/queues.js';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { OperationsWorkerModule } from '../operations/operations-worker.module.js';
import { PanelsModule } from '../panels/panels.module.js';
import { PublicationModule } from '../publication/publication.module.js';
import { TrackModule } from '../track/track.module.js';
import { DeadlineReminders } from './deadline-reminders.service.js';
import { DeadlineTransitions } from './deadline-transitions.js';
import { DeadlinesCoreModule } from './deadlines-core.module.js';
import { DeadlinesProcessor } from './deadlines.processor.js';
import { WeeklyDigest } from './weekly-digest.service.js';

/**
 * Worker side of deadlines: following the track's transitions, firing reminders and the timer
 * steps (through the panel, decision and publication modules), and the weekly digest.
 */
@Module({
  imports: [
    BullRootModule,
    BullModule.registerQueue({ name: QUEUES.deadlines.name }),
    TrackModule,
    DeadlinesCoreModule,
    NotificationsWorkerModule,
    OperationsWorkerModule,
    PanelsModule,
    DecisionsModule,
    PublicationModule,
  ],
  providers: [DeadlineTransitions, DeadlineReminders, WeeklyDigest, DeadlinesProcessor],
  exports: [DeadlineTransitions, DeadlineReminders, WeeklyDigest],
})
export class DeadlinesWorkerModule {}
