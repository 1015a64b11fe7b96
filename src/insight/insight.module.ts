import { Module } from '@nestjs/common';
import { InsightRefreshService } from './insight-refresh.service.js';
import { InsightController } from './insight.controller.js';
import { InsightService } from './insight.service.js';

/** Management information: lead times, throughput, backlog, workload and deadlines, computed in SQL. */
@Module({
  controllers: [InsightController],
  providers: [InsightService, InsightRefreshService],
  exports: [InsightService, InsightRefreshService],
})
export class InsightModule {}
