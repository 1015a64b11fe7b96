import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import type { TrackEvent } from '../track/track.events.js';
import type { TrackSnapshot } from '../track/track.machine.js';
import { userActor } from '../track/track-actor.js';
import { TrackService } from '../track/track.service.js';
import { hasAnyText, liveSections, sameTexts, textsOf } from './description-texts.js';
import { DescriptionVersions } from './description-versions.service.js';
import { DescriptionService } from './description.service.js';

const emptyWerkblad = () =>
  validationFailed([
    { field: 'sections', reason: 'alle secties van het werkblad zijn nog leeg / every section of the werkblad is still empty' },
  ]);

/**
 * The werkblad's steps on the track: feedback rounds with the coach, ready for assessment, and
 * the owner's submission. Every step goes through TrackService.send; the versions are frozen in
 * its `before` hook, inside the same transaction and under the application row lock.
 */
@Injectable()
export class DescriptionSteps {
  constructor(
    private readonly track: TrackService,
    private readonly versions: DescriptionVersions,
    private readonly description: DescriptionService,
  ) {}

  /** The owner offers the current text to the coach: a numbered version is frozen for this round. */
  requestFeedback(user: AuthUser, applicationId: string, version: number) {
    return this.step(user, applicationId, version, { type: 'REQUEST_FEEDBACK' }, async (manager, application, snapshot, audit) => {
      const texts = textsOf(await liveSections(manager, applicationId));
      if (!hasAnyText(texts)) throw emptyWerkblad();
      audit.descriptionVersion = await this.versions.freeze(manager, {
        applicationId,
        kind: 'feedback',
        sections: texts,
        createdBy: user.id,
        applicationVersion: application.version + 1,
        feedbackRound: snapshot.context.feedbackRound + 1,
      });
    });
  }

  returnFeedback(user: AuthUser, applicationId: string, version: number) {
    return this.step(user, applicationId, version, { type: 'RETURN_FEEDBACK' });
  }

  /** The coach declares the text ready; it is frozen again only if it changed since the last version. */
  markReady(user: AuthUser, applicationId: string, version: number) {
    return this.step(user, applicationId, version, { type: 'MARK_READY' }, async (manager, application, _snapshot, audit) => {
      const texts = textsOf(await liveSections(manager, applicationId));
      if (!hasAnyText(texts)) throw emptyWerkblad();
      const latest = await this.versions.latest(manager, applicationId);
      if (latest && sameTexts(latest.sections, texts)) {
        audit.descriptionVersion = latest.number;
        return;
      }
      audit.descriptionVersion = await this.versions.freeze(manager, {
        applicationId,
        kind: 'ready',
        sections: texts,
        createdBy: user.id,
        applicationVersion: application.version + 1,
      });
    });
  }

  reopen(user: AuthUser, applicationId: string, version: number, reason?: string) {
    return this.step(user, applicationId, version, { type: 'REOPEN_DESCRIPTION' }, undefined, { reason: reason ?? null });
  }

  /** The machine refuses this unless the werkblad is ready and the documents are complete. */
  submitForAssessment(user: AuthUser, applicationId: string, version: number) {
    return this.step(user, applicationId, version, { type: 'SUBMIT_FOR_ASSESSMENT' }, async (manager, application, _snapshot, audit) => {
      audit.descriptionVersion = await this.versions.freeze(manager, {
        applicationId,
        kind: 'final',
        sections: textsOf(await liveSections(manager, applicationId)),
        createdBy: user.id,
        applicationVersion: application.version + 1,
      });
    });
  }

  private async step(
    user: AuthUser,
    applicationId: string,
    version: number,
    event: TrackEvent,
    before?: (manager: EntityManager, application: Application, snapshot: TrackSnapshot, audit: Record<string, unknown>) => Promise<void>,
    auditPayload: Record<string, unknown> = {},
  ) {
    // The hook fills in the frozen version's number; TrackService writes the history line after the hook has run.
    const audit = { ...auditPayload };
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event,
      expectedVersion: version,
      auditPayload: audit,
      before: before && ((manager, application, snapshot) => before(manager, application, snapshot, audit)),
    });
    return this.description.view(user, applicationId);
  }
}
