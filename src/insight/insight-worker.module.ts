import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullRootModule } from '../jobs/bull-root.module.js';
import { QUEUES } from '../jobs/queues.js';
import { OperationsWorkerModule } from '../operations/operations-worker.module.js';
import { InsightRefreshService } from './insight-refresh.service.js';
import { InsightProcessor } from './insight.processor.js';

/** Worker side of insight: rebuilding the summary tables the dashboard reads. */
@Module({
  imports: [BullRootModule, BullModule.registerQueue({ name: QUEUES.insight.name }), OperationsWorkerModule],
  providers: [InsightRefreshService, InsightProcessor],
})
export class InsightWorkerModule {}
