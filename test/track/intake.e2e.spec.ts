import request from 'supertest';
import { WorkingDayCalendar } from '../../src/calendar/working-days.js';
import { COMPLETE_INTAKE, createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

describe('intake over HTTP', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let otherCoach: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { organisation: 'Movisie' });
  });
  afterAll(() => t.close());

  it('takes a draft through submission and admission, with allowed actions per user', async () => {
    const draft = await createDraft(t, owner.auth);
    expect(draft).toMatchObject({ state: 'draft', phase: 'aanmelding', turn: 'owner', version: 1, missingFields: [], documentsOpen: true, canUploadDocuments: true });
    expect(draft.reference).toMatch(/^ERK-\d{4}-\d{4,}$/);
    expect(draft.allowedActions).toEqual(expect.arrayContaining(['SUBMIT', 'WITHDRAW']));

    const submitted = await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    expect(submitted).toMatchObject({ state: 'intake', turn: 'secretary', version: 2 });
    expect(submitted.allowedActions).toEqual(['WITHDRAW']);

    const queue = await request(t.server).get('/applications?state=intake').set(secretary.auth).expect(200);
    expect(queue.body.map((a: { id: string }) => a.id)).toContain(draft.id);
    const seen = await request(t.server).get(`/applications/${draft.id}`).set(secretary.auth).expect(200);
    expect(seen.body.allowedActions.sort()).toEqual(['ADMIT', 'REFUSE_ADMISSION', 'REQUEST_INFORMATION']);
    // The documents may still change, but only by the owner.
    expect(seen.body).toMatchObject({ documentsOpen: true, canUploadDocuments: false });
    expect(seen.body.admissionCriteria.map((c: { result: string }) => c.result)).toEqual(['met', 'met', 'met', 'met', 'to_judge']);

    const admitted = await step(t, secretary.auth, draft.id, 'admit', { version: 2, coachId: coach.user.id });
    expect(admitted).toMatchObject({ state: 'description', coach: { id: coach.user.id } });

    await request(t.server).get(`/applications/${draft.id}`).set(coach.auth).expect(200);
    await request(t.server).get(`/applications/${draft.id}`).set(otherCoach.auth).expect(404);
    await request(t.server).get(`/applications/${draft.id}`).set(otherOwner.auth).expect(404);
  });

  it('gives each listed case its working days in state and whether it is stuck, by its phase\'s limit', async () => {
    const waiting = await step(t, owner.auth, (await createDraft(t, owner.auth, { name: 'Wacht op intake' })).id, 'submit', { version: 1 });
    const describing = await step(t, owner.auth, (await createDraft(t, owner.auth, { name: 'Wordt beschreven' })).id, 'submit', { version: 1 });
    await step(t, secretary.auth, describing.id, 'admit', { version: 2, coachId: coach.user.id });
    // Both last moved three calendar weeks ago: fifteen working days, unless a holiday lies between.
    const [{ since }] = await t.dataSource.query(`SELECT now() - interval '21 days' AS since`);
    await t.dataSource.query(`UPDATE applications SET state_changed_at = $2 WHERE id = ANY($1)`, [[waiting.id, describing.id], since]);
    const expectedDays = new WorkingDayCalendar().workingDaysBetween(since, new Date());
    expect(expectedDays).toBeGreaterThan(10);

    const listed = (await request(t.server).get('/applications').set(secretary.auth).expect(200)).body as { id: string }[];
    const byId = (id: string) => listed.find((row) => row.id === id);
    // Intake allows ten working days, the description sixty.
    expect(byId(waiting.id)).toMatchObject({ workingDaysInState: expectedDays, stuckAfterWorkingDays: 10, stuck: true });
    expect(byId(describing.id)).toMatchObject({ workingDaysInState: expectedDays, stuckAfterWorkingDays: 60, stuck: false });
    // A draft is the owner's own business: never stuck.
    const draft = await createDraft(t, owner.auth, { name: 'Nog een concept' });
    expect(draft).toMatchObject({ workingDaysInState: 0, stuckAfterWorkingDays: null, stuck: false });
  });

  it('lists every application with the same summary fields and values as its full view', async () => {
    const draft = await createDraft(t, owner.auth);
    const listed = await request(t.server).get('/applications').set(owner.auth).expect(200);
    const entry = listed.body.find((a: { id: string }) => a.id === draft.id);
    const full = await request(t.server).get(`/applications/${draft.id}`).set(owner.auth).expect(200);
    const summaryKeys = ['id', 'reference', 'name', 'organisation', 'targetLevel', 'targetLevelLabel', 'themes', 'state', 'stateDetail',
      'phase', 'turn', 'coachId', 'version', 'stateChangedAt', 'workingDaysInState', 'stuckAfterWorkingDays', 'stuck', 'submittedAt', 'updatedAt'];
    expect(Object.keys(entry).sort()).toEqual([...summaryKeys].sort());
    for (const key of summaryKeys) expect({ key, value: entry[key] }).toEqual({ key, value: full.body[key] });
  });

  it('numbers applications ERK-<year>-0001 and keeps counting past 9999', async () => {
    await t.dataSource.query(`SELECT setval('application_reference_seq', 9998)`);
    const year = new Date().getFullYear();
    const references = [];
    for (let i = 0; i < 3; i++) references.push((await createDraft(t, owner.auth)).reference);
    expect(references).toEqual([`ERK-${year}-9999`, `ERK-${year}-10000`, `ERK-${year}-10001`]);
  });

  it('refuses to submit an incomplete application and lists what is missing', async () => {
    const draft = await createDraft(t, owner.auth, { summary: '', themes: [], hasProcessEvaluation: undefined });
    const response = await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: 1 }).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hasProcessEvaluation', 'summary', 'themes']);
    const after = await request(t.server).get(`/applications/${draft.id}`).set(owner.auth).expect(200);
    expect(after.body).toMatchObject({ state: 'draft', version: 1 });
  });

  it('needs a reason to admit against a failed criterion, and always to refuse', async () => {
    const draft = await createDraft(t, owner.auth, { yearsInPractice: 1 });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    const noReason = await request(t.server).post(`/applications/${draft.id}/admit`).set(secretary.auth).send({ version: 2, coachId: coach.user.id }).expect(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', reason: expect.stringContaining('years_in_practice') });
    await request(t.server).post(`/applications/${draft.id}/refuse`).set(secretary.auth).send({ version: 2 }).expect(400);
    const refused = await step(t, secretary.auth, draft.id, 'refuse', { version: 2, reason: 'Nog te kort in de praktijk.' });
    expect(refused.state).toBe('notAdmitted');
  });

  it('asks for more information and takes the answer with a resubmission', async () => {
    const draft = await createDraft(t, owner.auth);
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await step(t, secretary.auth, draft.id, 'request-information', { version: 2, question: 'Op hoeveel plaatsen precies?' });
    const asked = await request(t.server).get(`/applications/${draft.id}`).set(owner.auth).expect(200);
    expect(asked.body).toMatchObject({ state: 'informationRequested', openQuestion: 'Op hoeveel plaatsen precies?' });
    await request(t.server).patch(`/applications/${draft.id}`).set(owner.auth).send({ version: 3, organisationsCount: 5 }).expect(200);
    const back = await step(t, owner.auth, draft.id, 'provide-information', { version: 4, answer: 'Op vijf plaatsen.' });
    expect(back.state).toBe('intake');
  });

  it('answers every intake step with the application exactly as a read right after it shows it to that user', async () => {
    const draft = await createDraft(t, owner.auth);
    const readBy = async (auth: Record<string, string>) => (await request(t.server).get(`/applications/${draft.id}`).set(auth).expect(200)).body;
    const submitted = await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    expect(submitted).toEqual(await readBy(owner.auth));
    const asked = await step(t, secretary.auth, draft.id, 'request-information', { version: 2, question: 'Hoe vaak?' });
    expect(asked).toEqual(await readBy(secretary.auth));
    const answered = await step(t, owner.auth, draft.id, 'provide-information', { version: 3, answer: 'Elke week.' });
    expect(answered).toEqual(await readBy(owner.auth));
    const admitted = await step(t, secretary.auth, draft.id, 'admit', { version: 4, coachId: coach.user.id });
    expect(admitted).toEqual(await readBy(secretary.auth));
    const withdrawn = await step(t, owner.auth, draft.id, 'withdraw', { version: 5 });
    expect(withdrawn).toEqual(await readBy(owner.auth));
  });

  it('answers a stale version with 409 and an event the state cannot take with 409 naming the state', async () => {
    const draft = await createDraft(t, owner.auth);
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    const stale = await request(t.server).post(`/applications/${draft.id}/withdraw`).set(owner.auth).send({ version: 1 }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const wrongState = await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: 2 }).expect(409);
    expect(wrongState.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'intake' });
    const notTheirs = await request(t.server).post(`/applications/${draft.id}/admit`).set(owner.auth).send({ version: 2, coachId: coach.user.id }).expect(403);
    expect(notTheirs.body.code).toBe('NOT_YOUR_TURN');
  });

  it('refuses every step of a withdrawn application', async () => {
    const draft = await createDraft(t, owner.auth);
    const withdrawn = await step(t, owner.auth, draft.id, 'withdraw', { version: 1, reason: 'Toch niet.' });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', allowedActions: [] });
    await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: 2 }).expect(409);
    await request(t.server).patch(`/applications/${draft.id}`).set(owner.auth).send({ version: 2, name: 'Nieuw' }).expect(409);
  });

  it('validates intake fields with 400 naming the field, and keeps unknown themes out', async () => {
    const bad = await request(t.server).post('/applications').set(owner.auth).send({ ...COMPLETE_INTAKE, targetLevel: 'perfect', yearsInPractice: -1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['targetLevel', 'yearsInPractice']);
    const theme = await request(t.server).post('/applications').set(owner.auth).send({ ...COMPLETE_INTAKE, themes: ['toveren'] }).expect(400);
    expect(theme.body.errors[0]).toMatchObject({ field: 'themes' });
    await request(t.server).post('/applications').set(coach.auth).send(COMPLETE_INTAKE).expect(403);
  });

  it('needs a name and a target level to start a draft, while a draft may be saved without them', async () => {
    const fieldsOf = (response: request.Response) => [...new Set(response.body.errors.map((e: { field: string }) => e.field))].sort();
    const empty = await request(t.server).post('/applications').set(owner.auth).send({}).expect(400);
    expect(fieldsOf(empty)).toEqual(['name', 'targetLevel']);
    const nameOnly = await request(t.server).post('/applications').set(owner.auth).send({ name: 'Alleen een naam' }).expect(400);
    expect(fieldsOf(nameOnly)).toEqual(['targetLevel']);
    const levelOnly = await request(t.server).post('/applications').set(owner.auth).send({ targetLevel: 'goed_beschreven' }).expect(400);
    expect(fieldsOf(levelOnly)).toEqual(['name']);
    const nulls = await request(t.server).post('/applications').set(owner.auth).send({ name: null, targetLevel: null }).expect(400);
    expect(fieldsOf(nulls)).toEqual(['name', 'targetLevel']);

    const draft = await createDraft(t, owner.auth);
    await request(t.server).patch(`/applications/${draft.id}`).set(owner.auth).send({ version: 1, summary: 'Korter.' }).expect(200);
  });

  it('refuses control and direction characters in single-line fields, and keeps newlines in multi-line ones', async () => {
    for (const name of ['Stichting \u202Efdp.exe', 'Twee\nregels', 'Tab\tnaam', 'Iso\u2066lated', 'C1\u0085teken']) {
      const response = await request(t.server).post('/applications').set(owner.auth).send({ ...COMPLETE_INTAKE, name }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'name', rule: 'singleLine', reason: expect.stringContaining('must not contain line breaks or control or direction characters') }]);
    }
    const organisation = await request(t.server).post('/applications').set(owner.auth).send({ ...COMPLETE_INTAKE, organisation: 'Org\u200F' }).expect(400);
    expect(organisation.body.errors).toEqual([{ field: 'organisation', rule: 'singleLine', reason: expect.any(String) }]);
    const draft = await createDraft(t, owner.auth, { goal: 'Eerste regel.\n\tTweede regel.' });
    expect(draft.goal).toBe('Eerste regel.\n\tTweede regel.');
  });

  it('lets owners add colleagues of their organisation and invite them by e-mail', async () => {
    const draft = await createDraft(t, owner.auth);
    const colleague = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    await request(t.server).get(`/applications/${draft.id}`).set(colleague.auth).expect(404);
    await request(t.server).post(`/applications/${draft.id}/owners`).set(owner.auth).send({ email: colleague.user.email }).expect(201);
    await request(t.server).get(`/applications/${draft.id}`).set(colleague.auth).expect(200);
    const outsider = await request(t.server).post(`/applications/${draft.id}/owners`).set(owner.auth).send({ email: otherOwner.user.email }).expect(400);
    expect(outsider.body.errors[0].field).toBe('email');

    await request(t.server).post(`/applications/${draft.id}/owners`).set(owner.auth).send({ email: 'nieuw@voorbeeld.nl' }).expect(201);
    const registered = await request(t.server)
      .post('/auth/register')
      .send({ name: 'Nieuwe Collega', email: 'nieuw@voorbeeld.nl', organisation: 'Stichting Voorbeeld', password: 'correct-horse-battery-staple' })
      .expect(201);
    const cookie = registered.headers['set-cookie'][0].split(';')[0];
    const mine = await request(t.server).get('/applications').set('Cookie', cookie).expect(200);
    expect(mine.body.map((a: { id: string }) => a.id)).toEqual([draft.id]);
  });

  it('shows the timeline to those involved, without internal notes for owners', async () => {
    const draft = await createDraft(t, owner.auth);
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await step(t, secretary.auth, draft.id, 'admit', { version: 2, coachId: coach.user.id, internalNote: 'Intakegesprek was positief.' });
    const forOwner = await request(t.server).get(`/applications/${draft.id}/timeline`).set(owner.auth).expect(200);
    expect(forOwner.body.map((e: { eventType: string }) => e.eventType)).toEqual(['CREATED', 'SUBMIT', 'ADMIT']);
    expect(JSON.stringify(forOwner.body)).not.toContain('Intakegesprek');
    const forSecretary = await request(t.server).get(`/applications/${draft.id}/timeline`).set(secretary.auth).expect(200);
    expect(forSecretary.body[2]).toMatchObject({ eventType: 'ADMIT', fromState: 'intake', toState: 'description', internalNote: 'Intakegesprek was positief.' });
    await request(t.server).get(`/applications/${draft.id}/timeline`).set(otherOwner.auth).expect(404);
  });
});
