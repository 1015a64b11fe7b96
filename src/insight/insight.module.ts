import { Module } from '@nestjs/common';
import { InsightController } from './insight.controller.js';
import { InsightService } from './insight.service.js';

/** Management information: lead times, throughput and deadlines, computed in SQL. */
@Module({
  controllers: [InsightController],
  providers: [InsightService],
})
export class InsightModule {}
