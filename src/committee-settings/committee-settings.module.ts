import { Module } from '@nestjs/common';
import { CommitteeSettingsController } from './committee-settings.controller.js';
import { CommitteeSettingsService } from './committee-settings.service.js';

/** Versioned procedure settings per committee; applications, committees and publication read them. */
@Module({
  controllers: [CommitteeSettingsController],
  providers: [CommitteeSettingsService],
  exports: [CommitteeSettingsService],
})
export class CommitteeSettingsModule {}
