import type { AuthUser } from '../../src/auth/auth-user.js';
import type { LevelCode } from '../../src/track/track.levels.js';
import { systemActor, userActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import type { User } from '../../src/users/user.entity.js';
import { createDraft, step } from './applications.js';
import type { TestApp } from './test-app.js';

/** What createUser returns, as far as the driver needs it. */
export interface TestUser {
  user: User;
  auth: Record<string, string>;
}

export function asAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    roles: user.roles,
    language: user.language,
    sessionId: 'test-driver',
  };
}

/**
 * Takes a new application to `submittedForAssessment` without depending on the description and
 * document modules: intake over HTTP (submit, admit with the coach), then the description steps
 * straight through TrackService with the actors the permissions table asks for.
 */
export async function driveToSubmittedForAssessment(
  t: TestApp,
  people: { owner: TestUser; secretary: TestUser; coach: TestUser; targetLevel?: LevelCode },
  options: { targetLevel?: LevelCode; fields?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> {
  const track = t.app.get(TrackService);
  const targetLevel = options.targetLevel ?? people.targetLevel ?? 'goed_beschreven';
  const draft = await createDraft(t, people.owner.auth, { targetLevel, ...options.fields });
  await step(t, people.owner.auth, draft.id, 'submit', { version: draft.version });
  const admitted = await step(t, people.secretary.auth, draft.id, 'admit', { version: draft.version + 1, coachId: people.coach.user.id });
  await track.send({
    applicationId: draft.id,
    actor: systemActor('documents'),
    event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 1 },
    expectedVersion: admitted.version,
  });
  await track.send({ applicationId: draft.id, actor: userActor(asAuthUser(people.coach.user)), event: { type: 'MARK_READY' } });
  const submitted = await track.send({
    applicationId: draft.id,
    actor: userActor(asAuthUser(people.owner.user)),
    event: { type: 'SUBMIT_FOR_ASSESSMENT' },
  });
  if (submitted.state !== 'submittedForAssessment') throw new Error(`expected submittedForAssessment, got ${submitted.state}`);
  return { id: submitted.id, version: submitted.version };
}

/** Sends one event as the given user (or the system), for test setup beyond the assessment. */
export async function sendAs(t: TestApp, applicationId: string, actor: TestUser | string, event: Parameters<TrackService['send']>[0]['event']) {
  return t.app.get(TrackService).send({
    applicationId,
    actor: typeof actor === 'string' ? systemActor(actor) : userActor(asAuthUser(actor.user)),
    event,
  });
}
