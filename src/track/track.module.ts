import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { StuckThresholdSettings } from './stuck-threshold-settings.service.js';
import { TrackService } from './track.service.js';

/** The write path, object-level access and the stuck thresholds, shared by every feature module of the track. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationOwner])],
  providers: [TrackService, ApplicationAccess, StuckThresholdSettings],
  exports: [TrackService, ApplicationAccess, StuckThresholdSettings],
})
export class TrackModule {}
