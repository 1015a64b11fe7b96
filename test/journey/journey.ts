import request from 'supertest';
import { buildDocx, buildPdf } from '../../src/documents/content/document-builders.js';
import { DESCRIPTION_SECTIONS } from '../../src/description/description-sections.js';
import { COMPLETE_INTAKE } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

export type JourneyUser = Awaited<ReturnType<typeof createUser>>;

/**
 * Steps 1–3 of the track over HTTP only, as an owner, a secretary and a coach would take them:
 * draft → intake → admitted with a coach → werkblad with a feedback round → documents →
 * ready → submitted for assessment. Every step uses the version the previous answer gave.
 */
export async function takeToSubmittedForAssessment(t: TestApp, people: { owner: JourneyUser; secretary: JourneyUser; coach: JourneyUser }) {
  const { owner, secretary, coach } = people;
  const http = () => request(t.server);

  // 1. Aanmelding: a draft, completed in two edits, then submitted.
  const created = await http()
    .post('/applications')
    .set(owner.auth)
    .send({ name: COMPLETE_INTAKE.name, targetLevel: 'goed_beschreven' })
    .expect(201);
  const id = created.body.id as string;
  expect(created.body.missingFields.length).toBeGreaterThan(0);
  const { name: _name, targetLevel: _level, ...rest } = COMPLETE_INTAKE;
  let version = (await http().patch(`/applications/${id}`).set(owner.auth).send({ ...rest, version: 1 }).expect(200)).body.version;
  version = (await http().post(`/applications/${id}/submit`).set(owner.auth).send({ version }).expect(200)).body.version;

  // 2. Toelating: the secretary sees the checklist and admits with a coach.
  const queued = await http().get(`/applications/${id}`).set(secretary.auth).expect(200);
  expect(queued.body.allowedActions).toContain('ADMIT');
  version = (await http().post(`/applications/${id}/admit`).set(secretary.auth).send({ version, coachId: coach.user.id }).expect(200)).body.version;

  // 3a. Werkblad: the owner writes every section and asks for feedback.
  const werkblad = await http().get(`/applications/${id}/description`).set(owner.auth).expect(200);
  for (const section of werkblad.body.sections as { key: string; version: number }[])
    await http()
      .put(`/applications/${id}/description/sections/${section.key}`)
      .set(owner.auth)
      .send({ content: `Tekst voor ${section.key}: doelgroep, doelen en aanpak hangen samen.`, version: section.version })
      .expect(200);
  expect(werkblad.body.sections).toHaveLength(DESCRIPTION_SECTIONS.length);
  version = (await http().post(`/applications/${id}/description/request-feedback`).set(owner.auth).send({ version }).expect(200)).body.version;

  // The coach comments, returns the round; the owner revises; the coach marks it ready.
  await http()
    .post(`/applications/${id}/description/comments`)
    .set(coach.auth)
    .send({ sectionKey: 'goals', body: 'Maak de subdoelen meetbaar.', versionNumber: 1 })
    .expect(201);
  version = (await http().post(`/applications/${id}/description/return-feedback`).set(coach.auth).send({ version }).expect(200)).body.version;
  const goals = (await http().get(`/applications/${id}/description`).set(owner.auth).expect(200)).body.sections.find(
    (section: { key: string }) => section.key === 'goals',
  );
  await http()
    .put(`/applications/${id}/description/sections/goals`)
    .set(owner.auth)
    .send({ content: 'Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.', version: goals.version })
    .expect(200);
  version = (await http().post(`/applications/${id}/description/mark-ready`).set(coach.auth).send({ version }).expect(200)).body.version;

  // Submitting before the documents are complete is refused, naming what is missing.
  const early = await http().post(`/applications/${id}/description/submit-for-assessment`).set(owner.auth).send({ version }).expect(409);
  expect(early.body).toMatchObject({ code: 'STEP_NOT_READY', state: 'description' });
  expect(early.body.missing.map((item: { code: string }) => item.code)).toEqual(expect.arrayContaining(['handbook_missing', 'process_evaluation_missing']));

  // 3b. Documents: handbook (PDF) and process evaluation (DOCX).
  const upload = (kind: string, data: Buffer, filename: string) =>
    http().post(`/applications/${id}/documents`).set(owner.auth).field('kind', kind).attach('file', data, { filename });
  await upload('handbook', buildPdf(), 'handboek.pdf').expect(201);
  const last = await upload('process_evaluation', buildDocx(), 'procesevaluatie.docx').expect(201);
  version = last.body.applicationVersion;
  const complete = await http().get(`/applications/${id}`).set(owner.auth).expect(200);
  expect(complete.body.stateDetail).toEqual({ werkblad: 'ready', documents: 'complete' });
  expect(complete.body.allowedActions).toContain('SUBMIT_FOR_ASSESSMENT');

  const submitted = await http().post(`/applications/${id}/description/submit-for-assessment`).set(owner.auth).send({ version }).expect(200);
  const final = await http().get(`/applications/${id}`).set(owner.auth).expect(200);
  expect(final.body).toMatchObject({ state: 'submittedForAssessment', phase: 'beoordelen', turn: 'secretary' });
  expect(submitted.body.versions.map((v: { kind: string }) => v.kind)).toEqual(expect.arrayContaining(['feedback', 'final']));
  return { id, version: final.body.version as number, submitted };
}
