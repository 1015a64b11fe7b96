import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, saveSection, werkbladStep } from './werkblad-support.js';

const APPROACH = '## Aanpak\n- Tien huisbezoeken in zes maanden.\n- Een vrijwilliger per gezin.';
const QUOTE = 'Tien huisbezoeken';

describe('werkblad comments anchored to a passage, over HTTP', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let otherCoach: Awaited<ReturnType<typeof createUser>>;

  const comments = (id: string) => `/applications/${id}/description/comments`;

  /** An admitted application whose approach section has text (revision 1). */
  async function withApproach() {
    const { id, version } = await admittedApplication(t, owner.auth, secretary.auth, coach.user.id);
    await saveSection(t, owner.auth, id, 'approach', APPROACH, 0).expect(200);
    return { id, version };
  }

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

  it('keeps a comment on the whole section without an anchor, and stores the passage of an anchored one', async () => {
    const { id } = await withApproach();
    const whole = await request(t.server).post(comments(id)).set(coach.auth).send({ sectionKey: 'approach', body: 'Helder.' }).expect(201);
    expect(whole.body).toMatchObject({ sectionKey: 'approach', anchor: null });

    const offset = APPROACH.indexOf(QUOTE);
    const anchored = await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', body: 'Hoe vaak per maand?', anchor: { quote: QUOTE, offset, sectionVersion: 1 } })
      .expect(201);
    expect(anchored.body).toMatchObject({
      status: 'open',
      anchor: { quote: QUOTE, offset, sectionVersion: 1, currentOffset: offset, detached: false },
    });
    // A reply belongs to its thread's passage and carries none of its own.
    const reply = await request(t.server).post(comments(id)).set(owner.auth).send({ parentId: anchored.body.id, body: 'Twee keer.' }).expect(201);
    expect(reply.body.anchor).toBeUndefined();

    const listed = await request(t.server).get(comments(id)).set(owner.auth).expect(200);
    expect(listed.body.map((thread: { anchor: unknown }) => thread.anchor)).toEqual([
      null,
      { quote: QUOTE, offset, sectionVersion: 1, currentOffset: offset, detached: false },
    ]);
  });

  it('refuses an anchor that does not quote the text at its offset, naming anchor and the rule', async () => {
    const { id } = await withApproach();
    const offset = APPROACH.indexOf(QUOTE);
    const bad: [Record<string, unknown>, string, string][] = [
      [{ quote: QUOTE, offset: offset + 1 }, 'anchor', 'quoteAtOffset'],
      [{ quote: 'Twintig huisbezoeken', offset }, 'anchor', 'quoteAtOffset'],
      [{ quote: 'Aanpak', offset: 10_000 }, 'anchor', 'quoteAtOffset'],
      [{ quote: '', offset }, 'anchor.quote', 'minLength'],
      [{ quote: 'x'.repeat(1001), offset }, 'anchor.quote', 'maxLength'],
      [{ quote: QUOTE, offset: -1 }, 'anchor.offset', 'min'],
      [{ quote: QUOTE }, 'anchor.offset', 'required'],
      [{ quote: QUOTE, offset: 'twaalf' }, 'anchor.offset', 'integer'],
    ];
    for (const [anchor, field, rule] of bad) {
      const response = await request(t.server).post(comments(id)).set(coach.auth).send({ sectionKey: 'approach', body: 'Opmerking.', anchor }).expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    }
    // A section never saved has no text to quote.
    const empty = await request(t.server).post(comments(id)).set(coach.auth).send({ sectionKey: 'goals', body: 'Leeg.', anchor: { quote: 'iets', offset: 0 } }).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'anchor', rule: 'quoteAtOffset' })]);

    const thread = await request(t.server).post(comments(id)).set(coach.auth).send({ sectionKey: 'approach', body: 'Vraag.' }).expect(201);
    const onReply = await request(t.server)
      .post(comments(id))
      .set(owner.auth)
      .send({ parentId: thread.body.id, body: 'Antwoord.', anchor: { quote: QUOTE, offset } })
      .expect(400);
    expect(onReply.body.errors).toEqual([expect.objectContaining({ field: 'anchor', rule: 'firstCommentOnly' })]);

    // Selected in an older revision: the section moved on, the client reloads and selects again.
    await saveSection(t, owner.auth, id, 'approach', `${APPROACH}\n- Nazorg.`, 1).expect(200);
    const stale = await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', body: 'Oud.', anchor: { quote: QUOTE, offset, sectionVersion: 1 } })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'ANCHOR_SECTION_CHANGED', sectionVersion: 1, currentVersion: 2 });

    const listed = await request(t.server).get(comments(id)).set(coach.auth).expect(200);
    expect(listed.body.map((thread: { body: string }) => thread.body)).toEqual(['Vraag.']);
  });

  it('re-finds the passage after the owner edits, and shows it detached with its quote once it is gone', async () => {
    const { id } = await withApproach();
    const offset = APPROACH.indexOf(QUOTE);
    const thread = await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', body: 'Hoe vaak per maand?', anchor: { quote: QUOTE, offset, sectionVersion: 1 } })
      .expect(201);

    const moved = `## Inleiding\nKort.\n${APPROACH}`;
    await saveSection(t, owner.auth, id, 'approach', moved, 1).expect(200);
    const afterEdit = await request(t.server).get(comments(id)).set(owner.auth).expect(200);
    expect(afterEdit.body[0]).toMatchObject({
      id: thread.body.id,
      anchor: { quote: QUOTE, offset, sectionVersion: 1, currentOffset: moved.indexOf(QUOTE), detached: false },
    });

    const rewritten = '## Aanpak\n- Twaalf huisbezoeken in zes maanden.\n- Een vrijwilliger per gezin.';
    await saveSection(t, owner.auth, id, 'approach', rewritten, 2).expect(200);
    const afterRemoval = await request(t.server).get(comments(id)).set(coach.auth).expect(200);
    expect(afterRemoval.body).toHaveLength(1);
    expect(afterRemoval.body[0]).toMatchObject({
      id: thread.body.id,
      body: 'Hoe vaak per maand?',
      status: 'open',
      anchor: { quote: QUOTE, offset, sectionVersion: 1, currentOffset: null, detached: true },
    });

    // The passage written back is found again.
    await saveSection(t, owner.auth, id, 'approach', APPROACH, 3).expect(200);
    const restored = await request(t.server).get(comments(id)).set(coach.auth).expect(200);
    expect(restored.body[0].anchor).toMatchObject({ currentOffset: offset, detached: false });
    // Resolving answers with the same view of the passage.
    const resolved = await request(t.server).post(`${comments(id)}/${thread.body.id}/resolve`).set(owner.auth).expect(200);
    expect(resolved.body.anchor).toMatchObject({ currentOffset: offset, detached: false });
  });

  it('anchors to a frozen version, whose text does not move', async () => {
    const { id, version } = await withApproach();
    const frozen = await werkbladStep(t, owner.auth, id, 'request-feedback', { version });
    expect(frozen.versions.map((v) => v.number)).toEqual([1]);
    const offset = APPROACH.indexOf('Een vrijwilliger');
    const thread = await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', versionNumber: 1, body: 'Welke training?', anchor: { quote: 'Een vrijwilliger', offset } })
      .expect(201);
    expect(thread.body).toMatchObject({ versionNumber: 1, anchor: { quote: 'Een vrijwilliger', offset, sectionVersion: 0, currentOffset: offset, detached: false } });
    await request(t.server)
      .post(comments(id))
      .set(coach.auth)
      .send({ sectionKey: 'approach', versionNumber: 1, body: 'Mis.', anchor: { quote: 'Een vrijwilliger', offset: offset + 2 } })
      .expect(400);
  });

  it('keeps authorization as it was: only the people on the case, and only in description', async () => {
    const { id } = await withApproach();
    const offset = APPROACH.indexOf(QUOTE);
    const send = { sectionKey: 'approach', body: 'Mag niet.', anchor: { quote: QUOTE, offset } };
    await request(t.server).post(comments(id)).set(otherCoach.auth).send(send).expect(404);
    await request(t.server).post(comments(id)).set(otherOwner.auth).send(send).expect(404);
    await request(t.server).get(comments(id)).set(otherCoach.auth).expect(404);
    await request(t.server).post(comments(id)).send(send).expect(401);
    // An anchor that would be wrong is not checked before access: a stranger learns nothing about the text.
    await request(t.server).post(comments(id)).set(otherCoach.auth).send({ ...send, anchor: { quote: 'geheim', offset: 0 } }).expect(404);
    await request(t.server).post(comments(id)).set(coach.auth).send(send).expect(201);
  });
});
