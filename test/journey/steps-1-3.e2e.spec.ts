import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { takeToSubmittedForAssessment } from './journey.js';

describe('from draft to submitted for assessment, through the API alone', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
  });
  afterAll(() => t.close());

  it('completes the journey with each role doing only its own steps', async () => {
    const owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    const secretary = await createUser(t, ['secretary']);
    const coach = await createUser(t, ['coach']);
    const { id, submitted } = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    expect(submitted.body.versions.map((v: { kind: string }) => v.kind)).toEqual(expect.arrayContaining(['feedback', 'final']));
    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(owner.auth).expect(200);
    expect(timeline.body.map((line: { eventType: string }) => line.eventType)).toEqual(
      expect.arrayContaining(['CREATED', 'SUBMIT', 'ADMIT', 'REQUEST_FEEDBACK', 'RETURN_FEEDBACK', 'MARK_READY', 'DOCUMENTS_CHANGED', 'SUBMIT_FOR_ASSESSMENT']),
    );
  });
});
