import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { frozenDescription } from '../description/frozen-description.js';
import { liveDocuments } from '../documents/live-documents.js';
import { levelLabel } from '../track/track.levels.js';
import { LEVEL_MEANINGS } from './level-meanings.js';
import { criteriaFor } from './review-criteria.js';
import { notOnPanel } from './review.errors.js';

/**
 * Everything a panel member judges, in one answer: the werkblad as frozen for assessment, the
 * documents (handbook, process evaluation, effect studies, annexes) with their download links,
 * the target level with what it asks, and the criteria of the form. Only for active members of
 * the panel: an invitee who has not accepted, and any other reviewer, get 404 as for the
 * application itself. The owners appear only as their organisation, as on the invitation.
 */
@Injectable()
export class ReviewMaterialService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  async material(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('reviewer')) throw notOnPanel();
    const manager = this.dataSource.manager;
    const level = application.targetLevel;
    return {
      application: {
        id: application.id,
        reference: application.reference,
        name: application.name,
        organisation: application.organisation,
        summary: application.summary,
        themes: application.themes,
        state: application.state,
      },
      targetLevel: { code: level, label: levelLabel(level), meaning: LEVEL_MEANINGS[level] },
      criteria: criteriaFor(level),
      description: await frozenDescription(manager, application.id),
      documents: await liveDocuments(manager, application.id),
    };
  }
}
