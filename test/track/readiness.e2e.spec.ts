import request from 'supertest';
import { systemActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, saveSection, werkbladStep } from '../description/werkblad-support.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * The readiness checklist (src/track/readiness.ts): what the application still lacks before its
 * next step, by code, in the application view; and the refusal of that step naming the same items.
 */
describe('readiness before the next step', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let reviewer: TestUser;

  const view = async (auth: Record<string, string>, id: string) => (await request(t.server).get(`/applications/${id}`).set(auth).expect(200)).body;
  const documents = (id: string, effectStudies: number) =>
    t.app.get(TrackService).send({
      applicationId: id,
      actor: systemActor('documents'),
      event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies },
    });
  const submitForAssessment = (id: string, version: number) =>
    request(t.server).post(`/applications/${id}/description/submit-for-assessment`).set(owner.auth).send({ version });

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    reviewer = await createUser(t, ['reviewer']);
  });
  afterAll(() => t.close());

  it('names the intake fields a draft still lacks before it can be submitted', async () => {
    const draft = await createDraft(t, owner.auth, { summary: '', themes: [], yearsInPractice: null });
    const seen = await view(owner.auth, draft.id);
    expect(seen.readiness).toEqual({
      nextStep: 'SUBMIT',
      missing: [
        { code: 'intake_field_missing', params: { field: 'summary' } },
        { code: 'intake_field_missing', params: { field: 'themes' } },
        { code: 'intake_field_missing', params: { field: 'yearsInPractice' } },
      ],
    });
    // The same fields the submission refuses.
    const refused = await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: draft.version }).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['summary', 'themes', 'yearsInPractice']);
  });

  it('lists the werkblad and each missing document for Effectief, and the refused submission names the same items', async () => {
    const draft = await createDraft(t, owner.auth, { targetLevel: 'effectief_eerste' });
    await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: draft.version }).expect(200);
    const admitted = await request(t.server)
      .post(`/applications/${draft.id}/admit`)
      .set(secretary.auth)
      .send({ version: draft.version + 1, coachId: coach.user.id })
      .expect(200);
    const id = admitted.body.id as string;

    const everything = {
      nextStep: 'SUBMIT_FOR_ASSESSMENT',
      missing: [
        { code: 'werkblad_not_ready', params: { werkblad: 'drafting' } },
        { code: 'handbook_missing', params: {} },
        { code: 'process_evaluation_missing', params: {} },
        { code: 'effect_study_missing', params: { targetLevel: 'effectief_eerste' } },
      ],
    };
    // Owner, coach and secretary see one list, computed on the server.
    expect((await view(owner.auth, id)).readiness).toEqual(everything);
    expect((await view(coach.auth, id)).readiness).toEqual(everything);
    expect((await view(secretary.auth, id)).readiness).toEqual(everything);
    await request(t.server).get(`/applications/${id}`).set(otherOwner.auth).expect(404);
    await request(t.server).get(`/applications/${id}`).set(reviewer.auth).expect(404);

    const early = await submitForAssessment(id, admitted.body.version).expect(409);
    expect(early.body).toMatchObject({ code: 'STEP_NOT_READY', event: 'SUBMIT_FOR_ASSESSMENT', state: 'description', missing: everything.missing });

    // Handbook and process evaluation in, the coach marks the werkblad ready: only the effect study is left.
    await documents(id, 0);
    await saveSection(t, owner.auth, id, 'summary', 'Huisbezoeken door vrijwilligers.', 0).expect(200);
    const ready = await werkbladStep(t, coach.auth, id, 'mark-ready', { version: (await view(owner.auth, id)).version });
    const onlyEffectStudy = [{ code: 'effect_study_missing', params: { targetLevel: 'effectief_eerste' } }];
    expect((await view(owner.auth, id)).readiness).toEqual({ nextStep: 'SUBMIT_FOR_ASSESSMENT', missing: onlyEffectStudy });
    const stillEarly = await submitForAssessment(id, ready.version).expect(409);
    expect(stillEarly.body).toMatchObject({ code: 'STEP_NOT_READY', missing: onlyEffectStudy });
    expect(stillEarly.body.message).toContain('effect_study_missing');

    const complete = await documents(id, 1);
    expect((await view(owner.auth, id)).readiness).toEqual({ nextStep: 'SUBMIT_FOR_ASSESSMENT', missing: [] });
    await submitForAssessment(id, complete.version).expect(200);
    expect((await view(owner.auth, id)).readiness).toBeNull();
  });

  it('names a werkblad waiting for the coach while feedback is requested, for Goed beschreven without effect studies', async () => {
    const { id, version } = await admittedApplication(t, owner.auth, secretary.auth, coach.user.id);
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid.', 0).expect(200);
    await werkbladStep(t, owner.auth, id, 'request-feedback', { version });
    const afterDocuments = await documents(id, 0);
    expect((await view(coach.auth, id)).readiness).toEqual({
      nextStep: 'SUBMIT_FOR_ASSESSMENT',
      missing: [{ code: 'werkblad_not_ready', params: { werkblad: 'feedbackRequested' } }],
    });
    const refused = await submitForAssessment(id, afterDocuments.version).expect(409);
    expect(refused.body.missing).toEqual([{ code: 'werkblad_not_ready', params: { werkblad: 'feedbackRequested' } }]);
    // A step of another phase keeps the general refusal.
    const publish = await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version: afterDocuments.version }).expect(409);
    expect(publish.body.code).toBe('EVENT_NOT_ALLOWED_IN_STATE');
  });
});
