import request from 'supertest';
import type { AuthUser } from '../../src/auth/auth-user.js';
import { buildDocx, buildPdf } from '../../src/documents/content/document-builders.js';
import type { DocumentKind } from '../../src/documents/document-kind.js';
import { isEffectLevel, type LevelCode } from '../../src/track/track.levels.js';
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
 * Takes a new application to `submittedForAssessment` the shortest way a person could, over HTTP
 * through the real intake, description and document services: the owner submits the intake, the
 * secretary admits with the coach, the owner writes one werkblad section and uploads the handbook,
 * the process evaluation and (for an effect level) an effect study, the coach marks the werkblad
 * ready and the owner submits it for assessment.
 */
export async function driveToSubmittedForAssessment(
  t: TestApp,
  people: { owner: TestUser; secretary: TestUser; coach: TestUser; targetLevel?: LevelCode },
  options: { targetLevel?: LevelCode; fields?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> {
  const targetLevel = options.targetLevel ?? people.targetLevel ?? 'goed_beschreven';
  const { owner, secretary, coach } = people;
  const draft = await createDraft(t, owner.auth, { targetLevel, ...options.fields });
  const id = draft.id;
  await step(t, owner.auth, id, 'submit', { version: draft.version });
  await step(t, secretary.auth, id, 'admit', { version: draft.version + 1, coachId: coach.user.id });

  await expectStatus(200, 'write the werkblad', request(t.server).put(`/applications/${id}/description/sections/goals`).set(owner.auth).send({ content: 'Minder eenzaamheid bij ouderen.', version: 0 }));
  const documents: [DocumentKind, Buffer, string][] = [
    ['handbook', buildPdf(), 'handboek.pdf'],
    ['process_evaluation', buildDocx(), 'procesevaluatie.docx'],
    ...(isEffectLevel(targetLevel) ? [['effect_study', buildPdf(), 'effectonderzoek.pdf'] as [DocumentKind, Buffer, string]] : []),
  ];
  let version = 0;
  for (const [kind, data, filename] of documents) {
    const upload = request(t.server).post(`/applications/${id}/documents`).set(owner.auth).field('kind', kind).attach('file', data, { filename });
    version = (await expectStatus(201, `upload the ${kind}`, upload)).applicationVersion as number;
  }
  version = (await expectStatus(200, 'mark the werkblad ready', request(t.server).post(`/applications/${id}/description/mark-ready`).set(coach.auth).send({ version }))).version as number;
  await expectStatus(200, 'submit for assessment', request(t.server).post(`/applications/${id}/description/submit-for-assessment`).set(owner.auth).send({ version }));
  const submitted = (await expectStatus(200, 'read the application', request(t.server).get(`/applications/${id}`).set(owner.auth))) as { state: string; version: number };
  if (submitted.state !== 'submittedForAssessment') throw new Error(`expected submittedForAssessment, got ${submitted.state}`);
  return { id, version: submitted.version };
}

async function expectStatus(status: number, what: string, call: request.Test): Promise<Record<string, unknown>> {
  const response = await call;
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/** Sends one event as the given user (or the system), for test setup beyond the assessment. */
export async function sendAs(t: TestApp, applicationId: string, actor: TestUser | string, event: Parameters<TrackService['send']>[0]['event']) {
  return t.app.get(TrackService).send({
    applicationId,
    actor: typeof actor === 'string' ? systemActor(actor) : userActor(asAuthUser(actor.user)),
    event,
  });
}
