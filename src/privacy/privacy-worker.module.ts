import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullRootModule } from '../jobs/bull-root.module.js';
import { QUEUES } from '../jobs/queues.js';
import { RetentionProcessor } from './retention.processor.js';
import { RetentionService } from './retention.service.js';

/** The worker's side of the privacy duties: the nightly retention run. */
@Module({
  imports: [BullRootModule, BullModule.registerQueue({ name: QUEUES.privacy.name })],
  providers: [RetentionService, RetentionProcessor],
})
export class PrivacyWorkerModule {}
