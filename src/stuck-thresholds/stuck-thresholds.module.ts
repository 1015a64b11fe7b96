import { Module } from '@nestjs/common';
import { StuckThresholdsAdmin } from './stuck-thresholds-admin.service.js';
import { StuckThresholdsController } from './stuck-thresholds.controller.js';

/** The admin's screen of the per-phase stuck thresholds; the thresholds themselves live in the track core (StuckThresholdSettings). */
@Module({
  controllers: [StuckThresholdsController],
  providers: [StuckThresholdsAdmin],
})
export class StuckThresholdsModule {}
