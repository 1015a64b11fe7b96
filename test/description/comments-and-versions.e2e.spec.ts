import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, saveSection, werkbladStep } from './werkblad-support.js';

describe('werkblad comments, versions and compare over HTTP', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let otherCoach: Awaited<ReturnType<typeof createUser>>;

  const admitted = () => admittedApplication(t, owner.auth, secretary.auth, coach.user.id);
  const comments = (id: string) => `/applications/${id}/description/comments`;

  /** An application with version 1 (feedback) and version 2 (feedback) of the werkblad. */
  async function twoVersions() {
    const { id, version } = await admitted();
    await saveSection(t, owner.auth, id, 'approach', 'Tien huisbezoeken in zes maanden door vrijwilligers.', 0).expect(200);
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid bij ouderen.', 0).expect(200);
    const first = await werkbladStep(t, owner.auth, id, 'request-feedback', { version });
    const back = await werkbladStep(t, coach.auth, id, 'return-feedback', { version: first.version });
    await saveSection(t, owner.auth, id, 'approach', 'Twaalf huisbezoeken in zes maanden door getrainde vrijwilligers.', 1).expect(200);
    const second = await werkbladStep(t, owner.auth, id, 'request-feedback', { version: back.version });
    return { id, version: second.version };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { name: 'Sara Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Corrie Begeleider', organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { organisation: 'Movisie' });
  });
  afterAll(() => t.close());

  it('keeps threads per section, with replies, resolution and reopening', async () => {
    const { id } = await twoVersions();

    const thread = await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', body: 'Hoe vaak per week?', versionNumber: 1 })
      .expect(201);
    expect(thread.body).toMatchObject({
      sectionKey: 'approach',
      versionNumber: 1,
      parentId: null,
      status: 'open',
      author: { id: coach.user.id, name: 'Corrie Begeleider' },
      authorKind: 'coach',
      replies: [],
    });
    const reply = await request(t.server).post(comments(id)).set(owner.auth).send({ parentId: thread.body.id, body: 'Eén keer per week.' }).expect(201);
    expect(reply.body).toMatchObject({ sectionKey: 'approach', versionNumber: 1, parentId: thread.body.id, authorKind: 'owner' });
    // A reply to a reply joins the thread; a reply cannot move to another section or version.
    const nested = await request(t.server).post(comments(id)).set(coach.auth).send({ parentId: reply.body.id, body: 'Dank, duidelijk.' }).expect(201);
    expect(nested.body.parentId).toBe(thread.body.id);
    const moved = await request(t.server).post(comments(id)).set(owner.auth).send({ parentId: thread.body.id, sectionKey: 'goals', body: 'Hier?' }).expect(400);
    expect(moved.body.errors[0].field).toBe('sectionKey');
    const otherVersion = await request(t.server).post(comments(id)).set(owner.auth).send({ parentId: thread.body.id, versionNumber: 2, body: 'Hier?' }).expect(400);
    expect(otherVersion.body.errors[0].field).toBe('versionNumber');

    // The secretary reads along and comments on the live text.
    const live = await request(t.server).post(comments(id)).set(secretary.auth).send({ sectionKey: 'goals', body: 'Let op de doelgroep.' }).expect(201);
    expect(live.body).toMatchObject({ versionNumber: null, authorKind: 'secretary', status: 'open' });

    const all = await request(t.server).get(comments(id)).set(secretary.auth).expect(200);
    expect(all.body.map((c: { id: string }) => c.id)).toEqual([thread.body.id, live.body.id]);
    expect(all.body[0].replies.map((r: { body: string }) => r.body)).toEqual(['Eén keer per week.', 'Dank, duidelijk.']);
    const approachOnly = await request(t.server).get(`${comments(id)}?section=approach`).set(owner.auth).expect(200);
    expect(approachOnly.body.map((c: { id: string }) => c.id)).toEqual([thread.body.id]);

    // Resolving: coach or owner, on the first comment of a thread.
    const bySecretary = await request(t.server).post(`${comments(id)}/${thread.body.id}/resolve`).set(secretary.auth).expect(403);
    expect(bySecretary.body.code).toBe('COMMENTS_NOT_ALLOWED');
    const onReply = await request(t.server).post(`${comments(id)}/${reply.body.id}/resolve`).set(owner.auth).expect(400);
    expect(onReply.body.errors[0].field).toBe('commentId');
    const resolved = await request(t.server).post(`${comments(id)}/${thread.body.id}/resolve`).set(owner.auth).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: { id: owner.user.id, name: 'Olga Eigenaar' } });
    expect(resolved.body.replies).toHaveLength(2);
    const open = await request(t.server).get(`${comments(id)}?status=open`).set(coach.auth).expect(200);
    expect(open.body.map((c: { id: string }) => c.id)).toEqual([live.body.id]);
    const done = await request(t.server).get(`${comments(id)}?status=resolved`).set(coach.auth).expect(200);
    expect(done.body.map((c: { id: string }) => c.id)).toEqual([thread.body.id]);
    const reopened = await request(t.server).post(`${comments(id)}/${thread.body.id}/reopen`).set(coach.auth).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });

    // Comments leave the history alone.
    const history = await request(t.server).get(`/applications/${id}/timeline`).set(secretary.auth).expect(200);
    expect(history.body.map((line: { eventType: string }) => line.eventType)).not.toEqual(expect.arrayContaining([expect.stringMatching(/COMMENT/)]));
  });

  it('validates comments and keeps them within their application', async () => {
    const { id } = await twoVersions();
    const { id: otherId } = await twoVersions();
    const foreign = await request(t.server).post(comments(otherId)).set(coach.auth).send({ sectionKey: 'goals', body: 'Elders.' }).expect(201);

    await request(t.server).post(`${comments(id)}/${foreign.body.id}/resolve`).set(owner.auth).expect(404);
    const foreignParent = await request(t.server).post(comments(id)).set(owner.auth).send({ parentId: foreign.body.id, body: 'Antwoord.' }).expect(400);
    expect(foreignParent.body.errors[0].field).toBe('parentId');
    await request(t.server).get(comments(id)).set(otherOwner.auth).expect(404);
    await request(t.server).get(comments(id)).set(otherCoach.auth).expect(404);
    await request(t.server).post(comments(id)).set(otherCoach.auth).send({ sectionKey: 'goals', body: 'Mag niet.' }).expect(404);

    const cases: [Record<string, unknown>, string][] = [
      [{ body: 'Zonder sectie.' }, 'sectionKey'],
      [{ sectionKey: 'conclusie', body: 'Onbekende sectie.' }, 'sectionKey'],
      [{ sectionKey: 'goals', body: 'x'.repeat(5001) }, 'body'],
      [{ sectionKey: 'goals', body: '   ' }, 'body'],
      [{ sectionKey: 'goals', body: 'Versie bestaat niet.', versionNumber: 9 }, 'versionNumber'],
    ];
    for (const [body, field] of cases) {
      const response = await request(t.server).post(comments(id)).set(owner.auth).send(body).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const badFilter = await request(t.server).get(`${comments(id)}?section=conclusie`).set(owner.auth).expect(400);
    expect(badFilter.body.errors[0].field).toBe('section');
  });

  it('lists and shows frozen versions, and compares them word by word', async () => {
    const { id } = await twoVersions();

    const list = await request(t.server).get(`/applications/${id}/description/versions`).set(coach.auth).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ number: 1, kind: 'feedback', feedbackRound: 1, createdBy: 'Olga Eigenaar', createdById: owner.user.id }),
      expect.objectContaining({ number: 2, kind: 'feedback', feedbackRound: 2 }),
    ]);
    const first = await request(t.server).get(`/applications/${id}/description/versions/1`).set(coach.auth).expect(200);
    expect(first.body.sections.find((s: { key: string }) => s.key === 'approach')).toMatchObject({
      title: '3. Aanpak',
      content: 'Tien huisbezoeken in zes maanden door vrijwilligers.',
    });
    await request(t.server).get(`/applications/${id}/description/versions/7`).set(coach.auth).expect(404);
    await request(t.server).get(`/applications/${id}/description/versions/1`).set(otherCoach.auth).expect(404);

    const compared = await request(t.server).get(`/applications/${id}/description/compare?from=1&to=2`).set(coach.auth).expect(200);
    expect(compared.body).toMatchObject({ from: 1, to: 2 });
    const approach = compared.body.sections.find((s: { key: string }) => s.key === 'approach');
    expect(approach).toMatchObject({
      title: '3. Aanpak',
      changed: true,
      from: 'Tien huisbezoeken in zes maanden door vrijwilligers.',
      to: 'Twaalf huisbezoeken in zes maanden door getrainde vrijwilligers.',
      changes: [
        { op: 'delete', text: 'Tien' },
        { op: 'insert', text: 'Twaalf' },
        { op: 'equal', text: ' huisbezoeken in zes maanden door' },
        { op: 'insert', text: ' getrainde' },
        { op: 'equal', text: ' vrijwilligers.' },
      ],
    });
    const goals = compared.body.sections.find((s: { key: string }) => s.key === 'goals');
    expect(goals).toMatchObject({ changed: false, changes: [{ op: 'equal', text: 'Minder eenzaamheid bij ouderen.' }] });

    // Against the live text; by default the latest version against live.
    await saveSection(t, owner.auth, id, 'goals', 'Minder eenzaamheid bij thuiswonende ouderen.', 1).expect(200);
    const againstLive = await request(t.server).get(`/applications/${id}/description/compare`).set(owner.auth).expect(200);
    expect(againstLive.body).toMatchObject({ from: 2, to: 'live' });
    expect(againstLive.body.sections.find((s: { key: string }) => s.key === 'goals').changes).toEqual([
      { op: 'equal', text: 'Minder eenzaamheid bij ' },
      { op: 'insert', text: 'thuiswonende ' },
      { op: 'equal', text: 'ouderen.' },
    ]);
    expect(againstLive.body.sections.find((s: { key: string }) => s.key === 'approach').changed).toBe(false);

    const bad = await request(t.server).get(`/applications/${id}/description/compare?from=een&to=live`).set(owner.auth).expect(400);
    expect(bad.body.errors[0].field).toBe('from');
    await request(t.server).get(`/applications/${id}/description/compare?from=1&to=9`).set(owner.auth).expect(404);
    await request(t.server).get(`/applications/${id}/description/compare?from=1`).set(otherOwner.auth).expect(404);
  });

  it('refuses a default comparison when nothing was frozen yet', async () => {
    const { id } = await admitted();
    const response = await request(t.server).get(`/applications/${id}/description/compare`).set(owner.auth).expect(400);
    expect(response.body.errors[0].field).toBe('from');
  });
});
