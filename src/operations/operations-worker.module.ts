import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { BullRootModule } from '../jobs/bull-root.module.js';
import { QUEUES } from '../jobs/queues.js';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module.js';
import { SchedulerKeeper } from './scheduler-keeper.js';
import { WatchdogProcessor } from './watchdog.processor.js';
import { Watchdog } from './watchdog.service.js';

/** Worker side of operations: the watchdog and the keeper of the worker's job schedulers. */
@Global()
@Module({
  imports: [BullRootModule, BullModule.registerQueue({ name: QUEUES.operations.name }), NotificationsWorkerModule],
  providers: [SchedulerKeeper, Watchdog, WatchdogProcessor],
  exports: [SchedulerKeeper, Watchdog],
})
export class OperationsWorkerModule {}
