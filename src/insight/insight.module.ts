import { Module } from '@nestjs/common';
import { TrackModule } from '../track/track.module.js';
import { InsightRefreshService } from './insight-refresh.service.js';
import { InsightController } from './insight.controller.js';
import { InsightService } from './insight.service.js';
import { PhaseDurationController } from './phase-duration.controller.js';
import { PhaseDurationService } from './phase-duration.service.js';

/** Management information: lead times, throughput, backlog, workload and deadlines computed in SQL; and for a case, its phase against the usual. */
@Module({
  imports: [TrackModule],
  controllers: [InsightController, PhaseDurationController],
  providers: [InsightService, InsightRefreshService, PhaseDurationService],
  exports: [InsightService, InsightRefreshService],
})
export class InsightModule {}
