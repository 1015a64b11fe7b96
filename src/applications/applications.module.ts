import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { OwnerInvitations } from './owner-invitations.service.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [ThemesModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, OwnerInvitations, TimelineService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
