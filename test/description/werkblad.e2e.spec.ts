import request from 'supertest';
import { systemActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import { DESCRIPTION_SECTION_KEYS } from '../../src/description/description-sections.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, description, saveSection, werkbladStep, words } from './werkblad-support.js';

describe('werkblad over HTTP', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let otherCoach: Awaited<ReturnType<typeof createUser>>;

  const admitted = () => admittedApplication(t, owner.auth, secretary.auth, coach.user.id);
  const timelineLength = async (id: string) =>
    (await request(t.server).get(`/applications/${id}/timeline`).set(secretary.auth).expect(200)).body.length as number;
  const applicationVersion = async (id: string) =>
    (await request(t.server).get(`/applications/${id}`).set(owner.auth).expect(200)).body.version as number;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Corrie Begeleider', organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { organisation: 'Movisie' });
  });
  afterAll(() => t.close());

  it('runs from admission through two feedback rounds to ready and submission, freezing numbered versions', async () => {
    const { id, version: admittedVersion } = await admitted();

    const empty = await description(t, owner.auth, id);
    expect(empty).toMatchObject({ state: 'description', werkblad: 'drafting', documents: 'incomplete', feedbackRound: 0, canEdit: true, versions: [] });
    expect(empty.sections.map((s: { key: string }) => s.key)).toEqual(DESCRIPTION_SECTION_KEYS);
    expect(empty.sections[0]).toMatchObject({ key: 'summary', title: 'Samenvatting', titleEn: 'Summary', maxWords: 600, content: '', version: 0, updatedBy: null });
    expect(empty.sections.find((s: { key: string }) => s.key === 'tailoring').help).toMatch(/minimaal nodig/);
    expect(empty.allowedActions).toEqual(expect.arrayContaining(['REQUEST_FEEDBACK', 'WITHDRAW']));
    expect(empty.allowedActions).not.toContain('MARK_READY');
    const coachView = await description(t, coach.auth, id);
    expect(coachView.allowedActions).toEqual(['MARK_READY']);
    expect(coachView.canEdit).toBe(false);

    // Section saves: a per-section counter, no application version bump, no history line.
    const historyBefore = await timelineLength(id);
    const summary = await saveSection(t, owner.auth, id, 'summary', 'Huisbezoeken door vrijwilligers.', 0).expect(200);
    expect(summary.body).toMatchObject({ key: 'summary', version: 1, updatedBy: 'Olga Eigenaar', updatedById: owner.user.id, wordCount: 3 });
    await saveSection(t, owner.auth, id, 'summary', 'Tien huisbezoeken door getrainde vrijwilligers.', 1).expect(200);
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid.', 0).expect(200);
    expect(await applicationVersion(id)).toBe(admittedVersion);
    expect(await timelineLength(id)).toBe(historyBefore);
    const written = await description(t, owner.auth, id);
    expect(written.sections[0]).toMatchObject({ content: 'Tien huisbezoeken door getrainde vrijwilligers.', version: 2, wordCount: 5 });
    expect(written.changedSinceLastVersion).toBe(true);

    // Round 1.
    const round1 = await werkbladStep(t, owner.auth, id, 'request-feedback', { version: admittedVersion });
    expect(round1).toMatchObject({ werkblad: 'feedbackRequested', feedbackRound: 1, version: admittedVersion + 1, changedSinceLastVersion: false });
    expect(round1.versions).toEqual([expect.objectContaining({ number: 1, kind: 'feedback', feedbackRound: 1, createdBy: 'Olga Eigenaar' })]);
    const [line] = (await request(t.server).get(`/applications/${id}/timeline`).set(owner.auth).expect(200)).body.slice(-1);
    expect(line).toMatchObject({ eventType: 'REQUEST_FEEDBACK', payload: { descriptionVersion: 1 } });
    // The owner may keep writing while the coach reads.
    await saveSection(t, owner.auth, id, 'approach', 'Tien huisbezoeken in zes maanden.', 0).expect(200);
    const returned = await werkbladStep(t, coach.auth, id, 'return-feedback', { version: round1.version });
    expect(returned.werkblad).toBe('drafting');

    // Round 2.
    const round2 = await werkbladStep(t, owner.auth, id, 'request-feedback', { version: returned.version });
    expect(round2).toMatchObject({ werkblad: 'feedbackRequested', feedbackRound: 2 });
    expect(round2.versions.map((v: { number: number; kind: string }) => [v.number, v.kind])).toEqual([[1, 'feedback'], [2, 'feedback']]);

    // Ready without changes since version 2: nothing new is frozen.
    const ready = await werkbladStep(t, coach.auth, id, 'mark-ready', { version: round2.version });
    expect(ready).toMatchObject({ werkblad: 'ready', canEdit: false });
    expect(ready.versions).toHaveLength(2);
    const closed = await saveSection(t, owner.auth, id, 'goals', 'Toch nog iets.', 1).expect(409);
    expect(closed.body).toMatchObject({ code: 'DESCRIPTION_NOT_EDITABLE', state: 'description', werkblad: 'ready' });

    // Reopened, changed, and ready again: now a 'ready' version is frozen.
    const reopened = await werkbladStep(t, coach.auth, id, 'reopen', { version: ready.version, reason: 'Doelen scherper formuleren.' });
    expect(reopened.werkblad).toBe('drafting');
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid bij ouderen.', 1).expect(200);
    const readyAgain = await werkbladStep(t, coach.auth, id, 'mark-ready', { version: reopened.version });
    expect(readyAgain.versions.at(-1)).toMatchObject({ number: 3, kind: 'ready', createdBy: 'Corrie Begeleider' });

    // Submission needs complete documents too.
    const early = await request(t.server)
      .post(`/applications/${id}/description/submit-for-assessment`)
      .set(owner.auth)
      .send({ version: readyAgain.version })
      .expect(409);
    expect(early.body).toMatchObject({
      code: 'STEP_NOT_READY',
      state: 'description',
      missing: [
        { code: 'handbook_missing', params: {} },
        { code: 'process_evaluation_missing', params: {} },
      ],
    });
    const withDocuments = await t.app.get(TrackService).send({
      applicationId: id,
      actor: systemActor('test'),
      event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 0 },
    });
    const submitted = await werkbladStep(t, owner.auth, id, 'submit-for-assessment', { version: withDocuments.version });
    expect(submitted).toMatchObject({ state: 'submittedForAssessment', werkblad: null, canEdit: false });
    expect(submitted.versions.at(-1)).toMatchObject({ number: 4, kind: 'final' });
    const final = await request(t.server).get(`/applications/${id}/description/versions/4`).set(secretary.auth).expect(200);
    expect(final.body.sections.find((s: { key: string }) => s.key === 'goals').content).toBe('Minder eenzaamheid bij ouderen.');

    const after = await saveSection(t, owner.auth, id, 'goals', 'Te laat.', 2).expect(409);
    expect(after.body).toMatchObject({ code: 'DESCRIPTION_NOT_EDITABLE', state: 'submittedForAssessment' });
  });

  it('lets exactly one of two saves of the same section version win, and hands the loser the current text', async () => {
    const { id } = await admitted();
    for (const [version, prefix] of [
      [0, 'eerste'],
      [1, 'tweede'],
    ] as const) {
      const texts = [`${prefix} tekst uit tabblad A`, `${prefix} tekst uit tabblad B`];
      const responses = await Promise.all(texts.map((text) => saveSection(t, owner.auth, id, 'approach', text, version).then((r) => r)));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = responses.find((r) => r.status === 200)!;
      const loser = responses.find((r) => r.status === 409)!;
      expect(loser.body).toMatchObject({
        code: 'SECTION_CHANGED',
        key: 'approach',
        expectedVersion: version,
        currentVersion: version + 1,
        current: { content: winner.body.content, version: version + 1, updatedBy: 'Olga Eigenaar' },
      });
      if (version === 1) {
        // The loser's text is not lost: the client sends it again with the version it now knows.
        const mine = texts.find((text) => text !== winner.body.content)!;
        const retry = await saveSection(t, owner.auth, id, 'approach', mine, loser.body.currentVersion).expect(200);
        expect(retry.body).toMatchObject({ content: mine, version: 3 });
      }
    }
    const stale = await saveSection(t, owner.auth, id, 'approach', 'Oud scherm.', 1).expect(409);
    expect(stale.body.current.version).toBe(3);
  });

  it('limits the summary to 600 words, naming the field and the count', async () => {
    const { id } = await admitted();
    const tooLong = await saveSection(t, owner.auth, id, 'summary', words(601), 0).expect(400);
    expect(tooLong.body.errors).toEqual([{ field: 'content', reason: expect.stringContaining('601') }]);
    await saveSection(t, owner.auth, id, 'summary', words(600), 0).expect(200);
    // Other sections have room.
    await saveSection(t, owner.auth, id, 'research', words(2000), 0).expect(200);
    const missingVersion = await request(t.server).put(`/applications/${id}/description/sections/goals`).set(owner.auth).send({ content: 'x' }).expect(400);
    expect(missingVersion.body.errors.map((e: { field: string }) => e.field)).toContain('version');
  });

  it('checks who may do what, with 404 for people not involved', async () => {
    const { id, version } = await admitted();

    const unknown = await saveSection(t, owner.auth, id, 'conclusie', 'Tekst.', 0).expect(400);
    expect(unknown.body.errors[0].field).toBe('key');
    const coachEdit = await saveSection(t, coach.auth, id, 'goals', 'Tekst van de begeleider.', 0).expect(403);
    expect(coachEdit.body.code).toBe('NOT_YOUR_TURN');
    await saveSection(t, otherOwner.auth, id, 'goals', 'Indringer.', 0).expect(404);
    await request(t.server).get(`/applications/${id}/description`).set(otherOwner.auth).expect(404);
    await request(t.server).get(`/applications/${id}/description`).set(otherCoach.auth).expect(404);
    await request(t.server).get(`/applications/${id}/description/versions`).set(otherCoach.auth).expect(404);

    const empty = await request(t.server).post(`/applications/${id}/description/request-feedback`).set(owner.auth).send({ version }).expect(400);
    expect(empty.body.errors[0].field).toBe('sections');
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid.', 0).expect(200);

    const ownerReady = await request(t.server).post(`/applications/${id}/description/mark-ready`).set(owner.auth).send({ version }).expect(403);
    expect(ownerReady.body.code).toBe('NOT_YOUR_TURN');
    await request(t.server).post(`/applications/${id}/description/mark-ready`).set(otherCoach.auth).send({ version }).expect(404);
    await request(t.server).post(`/applications/${id}/description/request-feedback`).set(otherOwner.auth).send({ version }).expect(404);
    const coachAsks = await request(t.server).post(`/applications/${id}/description/request-feedback`).set(coach.auth).send({ version }).expect(403);
    expect(coachAsks.body.code).toBe('NOT_YOUR_TURN');
    const stale = await request(t.server).post(`/applications/${id}/description/request-feedback`).set(owner.auth).send({ version: version - 1 }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const notRequested = await request(t.server).post(`/applications/${id}/description/return-feedback`).set(coach.auth).send({ version }).expect(409);
    expect(notRequested.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'description' });

    // Nothing of the refused steps was frozen.
    expect((await description(t, secretary.auth, id)).versions).toEqual([]);
  });

  it('keeps the werkblad closed before admission', async () => {
    const draft = await request(t.server)
      .post('/applications')
      .set(owner.auth)
      .send({ name: 'Nog een concept', targetLevel: 'goed_beschreven', themes: ['eenzaamheid'] })
      .expect(201);
    const refused = await saveSection(t, owner.auth, draft.body.id, 'goals', 'Te vroeg.', 0).expect(409);
    expect(refused.body).toMatchObject({ code: 'DESCRIPTION_NOT_EDITABLE', state: 'draft', werkblad: null });
    expect((await description(t, owner.auth, draft.body.id)).werkblad).toBeNull();
  });
});
