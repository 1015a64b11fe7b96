import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { CommitteeModule } from '../committee/committee.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { DecisionLettersService } from './decision-letters.service.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

/** Decisions, decision letters, conditions, revisions and objections. `DecisionsService.lapseConditions` is for the reminders job. */
@Module({
  imports: [ApplicationsModule, CommitteeModule, StorageModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionLettersService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
