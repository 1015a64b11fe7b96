import { Module } from '@nestjs/common';
import { ReviewersModule } from '../reviewers/reviewers.module.js';
import { InvitationsController } from './invitations.controller.js';
import { PanelsController } from './panels.controller.js';
import { PanelsService } from './panels.service.js';

/** Panel composition and invitations. Exports PanelsService (e.g. expireInvitation for the reminders). */
@Module({
  imports: [ReviewersModule],
  controllers: [PanelsController, InvitationsController],
  providers: [PanelsService],
  exports: [PanelsService],
})
export class PanelsModule {}
