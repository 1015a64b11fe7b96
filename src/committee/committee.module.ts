import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { CommitteeSettingsModule } from '../committee-settings/committee-settings.module.js';
import { CommitteesController } from './committees.controller.js';
import { CommitteesService } from './committees.service.js';
import { DossierController } from './dossier.controller.js';
import { DossierService } from './dossier.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { PanelJudgmentsRepository } from './panel-judgments.repository.js';

/** Committees, meetings and agendas, and the dossier the committee judges. */
@Module({
  imports: [ApplicationsModule, CommitteeSettingsModule],
  controllers: [CommitteesController, MeetingsController, DossierController],
  providers: [CommitteesService, MeetingsService, DossierService, PanelJudgmentsRepository],
  exports: [CommitteesService, MeetingsService, PanelJudgmentsRepository],
})
export class CommitteeModule {}
