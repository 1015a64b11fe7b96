import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullRootModule } from './bull-root.module.js';
import { MaintenanceProcessor } from './maintenance.processor.js';
import { QUEUES } from './queues.js';

/** The worker's processors. The API only enqueues; it never imports this module. */
@Module({
  imports: [BullRootModule, BullModule.registerQueue({ name: QUEUES.maintenance.name })],
  providers: [MaintenanceProcessor],
})
export class JobsModule {}
