import { Module } from '@nestjs/common';
import { CommitteeSettingsModule } from '../committee-settings/committee-settings.module.js';
import { ThemesModule } from '../themes/themes.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { OwnerInvitations } from './owner-invitations.service.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [ThemesModule, CommitteeSettingsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, OwnerInvitations, TimelineService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
