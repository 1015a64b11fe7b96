import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { TrackService } from './track.service.js';

/** The write path and object-level access, shared by every feature module of the track. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationOwner])],
  providers: [TrackService, ApplicationAccess],
  exports: [TrackService, ApplicationAccess],
})
export class TrackModule {}
