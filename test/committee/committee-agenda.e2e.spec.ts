import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import {
  createCommittee,
  currentVersion,
  driveToAwaitingCommittee,
  placeOnAgenda,
  planMeeting,
  startMeeting,
  type PanelSeatFixture,
} from './support/committee-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

describe('committees, meetings and agendas over HTTP', () => {
  let t: TestApp;
  let admin: TestUser;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let otherChair: TestUser;
  let otherMember: TestUser;
  let reviewers: TestUser[];
  let committeeId: string;
  let otherCommitteeId: string;

  const seats = (...levels: PanelSeatFixture['proposedLevel'][]): PanelSeatFixture[] =>
    levels.map((proposedLevel, index) => ({ reviewer: reviewers[index], kind: 'practice', proposedLevel }));

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    admin = await createUser(t, ['admin']);
    owner = await createUser(t, ['owner']);
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Voorzitter Een' });
    member = await createUser(t, ['committee_member']);
    otherChair = await createUser(t, ['chair']);
    otherMember = await createUser(t, ['committee_member']);
    reviewers = await Promise.all([1, 2, 3, 4].map((n) => createUser(t, ['reviewer'], { name: `Beoordelaar Persoon ${n}` })));
    committeeId = await createCommittee(t, admin, chair, [member], 'Maatschappelijke ondersteuning, participatie en veiligheid');
    otherCommitteeId = await createCommittee(t, admin, otherChair, [otherMember], 'Jeugd');
  });
  afterAll(() => t.close());

  describe('committees', () => {
    it('are managed by admins, with a chair holding the chair role and active members', async () => {
      const view = await request(t.server).get(`/committees/${committeeId}`).set(chair.auth).expect(200);
      expect(view.body).toMatchObject({
        name: 'Maatschappelijke ondersteuning, participatie en veiligheid',
        databank: 'Databank Effectieve sociale interventies',
        active: true,
        chair: { id: chair.user.id },
        members: [{ id: member.user.id }],
      });

      const bad = await request(t.server)
        .post('/committees')
        .set(admin.auth)
        .send({ name: 'Sport', databank: 'Databank Sport', chairId: member.user.id, memberIds: [owner.user.id] })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['chairId', 'memberIds']);
      const duplicate = await request(t.server)
        .post('/committees')
        .set(admin.auth)
        .send({ name: 'JEUGD', databank: 'Databank Jeugd', chairId: chair.user.id, memberIds: [] })
        .expect(400);
      expect(duplicate.body.errors[0].field).toBe('name');
      await request(t.server)
        .post('/committees')
        .set(secretary.auth)
        .send({ name: 'Sport', databank: 'Databank Sport', chairId: chair.user.id, memberIds: [] })
        .expect(403);

      const renamed = await request(t.server).patch(`/committees/${otherCommitteeId}`).set(admin.auth).send({ databank: 'Databank Jeugd' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Jeugd', databank: 'Databank Jeugd' });
    });

    it('are listed to chairs and members for their own committees only', async () => {
      const mine = await request(t.server).get('/committees').set(member.auth).expect(200);
      expect(mine.body.map((c: { id: string }) => c.id)).toEqual([committeeId]);
      const all = await request(t.server).get('/committees').set(secretary.auth).expect(200);
      expect(all.body.map((c: { id: string }) => c.id).sort()).toEqual([committeeId, otherCommitteeId].sort());
      await request(t.server).get(`/committees/${committeeId}`).set(otherChair.auth).expect(404);
      await request(t.server).get('/committees').set(owner.auth).expect(403);
    });
  });

  describe('meetings', () => {
    it('are planned by the secretary, never in the past, and seen by their committee only', async () => {
      const meetingId = await planMeeting(t, secretary, committeeId);
      const past = await request(t.server)
        .post(`/committees/${committeeId}/meetings`)
        .set(secretary.auth)
        .send({ startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString() })
        .expect(409);
      expect(past.body.code).toBe('MEETING_IN_THE_PAST');
      await request(t.server)
        .post(`/committees/${committeeId}/meetings`)
        .set(chair.auth)
        .send({ startsAt: new Date(Date.now() + 86_400_000).toISOString() })
        .expect(403);

      const listed = await request(t.server).get('/meetings').set(member.auth).expect(200);
      expect(listed.body.map((m: { id: string }) => m.id)).toContain(meetingId);
      const elsewhere = await request(t.server).get('/meetings').set(otherMember.auth).expect(200);
      expect(elsewhere.body.map((m: { id: string }) => m.id)).not.toContain(meetingId);
      await request(t.server).get(`/meetings/${meetingId}`).set(otherChair.auth).expect(404);
      const seen = await request(t.server).get(`/meetings/${meetingId}`).set(chair.auth).expect(200);
      expect(seen.body).toMatchObject({ id: meetingId, location: 'Utrecht', seat: 'chair', committee: { id: committeeId }, agenda: [] });
    });

    it('say which are past: a meeting is past once its day is over, not when it begins', async () => {
      const held = await planMeeting(t, secretary, committeeId);
      const earlierToday = await planMeeting(t, secretary, committeeId);
      const ahead = await planMeeting(t, secretary, committeeId);
      // Meetings cannot be planned in the past; these two are moved there as time would.
      await t.dataSource.query(`UPDATE committee_meetings SET starts_at = now() - interval '3 days' WHERE id = $1`, [held]);
      await startMeeting(t, earlierToday);

      const listed = await request(t.server).get('/meetings').set(member.auth).expect(200);
      const past = (id: string) => listed.body.find((m: { id: string }) => m.id === id)?.past;
      expect([past(held), past(earlierToday), past(ahead)]).toEqual([true, false, false]);
    });
  });

  describe('the agenda', () => {
    it('takes a case with all reviews in, after which the committee sees it and its dossier', async () => {
      const meetingId = await planMeeting(t, secretary, committeeId);
      const application = await driveToAwaitingCommittee(t, { owner, secretary, coach }, [
        { reviewer: reviewers[0], kind: 'practice', proposedLevel: 'goed_beschreven', feedback: 'Sterk praktijkverhaal.', remarks: 'Twijfel over de doelgroep.' },
        { reviewer: reviewers[1], kind: 'practice', proposedLevel: 'goed_beschreven' },
        { reviewer: reviewers[2], kind: 'practice', proposedLevel: null },
      ]);

      // The handbook and the process evaluation the owner uploaded on the way, and where they are stored.
      const stored: { id: string; kind: string; storageKey: string }[] = await t.dataSource.query(
        `SELECT d.id, d.kind, v.storage_key AS "storageKey" FROM documents d JOIN document_versions v ON v.document_id = d.id
          WHERE d.application_id = $1 ORDER BY d.kind`,
        [application.id],
      );
      expect(stored.map(({ kind }) => kind)).toEqual(['handbook', 'process_evaluation']);

      // Not yet on an agenda: the committee does not see the case.
      await request(t.server).get(`/applications/${application.id}`).set(chair.auth).expect(404);
      await request(t.server).get(`/applications/${application.id}`).set(member.auth).expect(404);

      const placed = await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(secretary.auth)
        .send({ applicationId: application.id, version: application.version })
        .expect(201);
      expect(placed.body.agenda).toEqual([
        expect.objectContaining({ position: 1, round: 1, application: expect.objectContaining({ id: application.id, state: 'onAgenda' }) }),
      ]);

      const asChair = await request(t.server).get(`/applications/${application.id}`).set(chair.auth).expect(200);
      expect(asChair.body).toMatchObject({ state: 'onAgenda', kinds: ['chair'] });
      // The meeting has not begun: the decision is not on offer yet (the API would refuse it).
      expect(asChair.body.allowedActions).not.toContain('RECORD_DECISION');
      await startMeeting(t, meetingId);
      const asChairDuring = await request(t.server).get(`/applications/${application.id}`).set(chair.auth).expect(200);
      expect(asChairDuring.body.allowedActions).toContain('RECORD_DECISION');
      const asMember = await request(t.server).get(`/applications/${application.id}`).set(member.auth).expect(200);
      expect(asMember.body.allowedActions).toEqual([]);
      await request(t.server).get(`/applications/${application.id}`).set(otherChair.auth).expect(404);
      await request(t.server).get(`/applications/${application.id}`).set(otherMember.auth).expect(404);
      const listed = await request(t.server).get('/applications').set(member.auth).expect(200);
      expect(listed.body.map((a: { id: string }) => a.id)).toEqual([application.id]);
      const otherList = await request(t.server).get('/applications').set(otherChair.auth).expect(200);
      expect(otherList.body).toEqual([]);

      const dossier = await request(t.server).get(`/applications/${application.id}/dossier`).set(member.auth).expect(200);
      expect(dossier.body).toMatchObject({
        application: { id: application.id, state: 'onAgenda' },
        round: 1,
        meeting: { id: meetingId, committee: { id: committeeId } },
      });
      expect(dossier.body.documents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: stored[0].id, kind: 'handbook', versions: [expect.objectContaining({ version: 1, originalName: 'handboek.pdf' })] }),
          expect.objectContaining({ id: stored[1].id, kind: 'process_evaluation', versions: [expect.objectContaining({ version: 1, originalName: 'procesevaluatie.docx' })] }),
        ]),
      );
      expect(dossier.body.documents).toHaveLength(2);
      // The committee downloads through the API; where a file is stored is never shown.
      for (const { storageKey } of stored) expect(JSON.stringify(dossier.body)).not.toContain(storageKey);
      expect(dossier.body.reviews).toEqual([
        expect.objectContaining({
          letter: 'A',
          kind: 'practice',
          reviewer: { id: reviewers[0].user.id, name: 'Beoordelaar Persoon 1' },
          submitted: true,
          proposedLevel: 'goed_beschreven',
          proposedLevelLabel: 'Goed beschreven',
          feedbackForOwner: 'Sterk praktijkverhaal.',
          confidentialRemarks: 'Twijfel over de doelgroep.',
        }),
        expect.objectContaining({ letter: 'B', proposedLevel: 'goed_beschreven' }),
        expect.objectContaining({ letter: 'C', proposedLevel: null, proposedLevelLabel: 'Niet erkennen' }),
      ]);
      expect(dossier.body.panel).toMatchObject({
        reviews: 3,
        requiredReviews: 3,
        majority: 2,
        tally: { goed_beschreven: 2, not_recognised: 1 },
        supportedLevel: 'goed_beschreven',
        grantableLevels: [{ level: 'goed_beschreven', label: 'Goed beschreven', needsMotivation: false }],
      });
      await request(t.server).get(`/applications/${application.id}/dossier`).set(secretary.auth).expect(200);
      const ownerDossier = await request(t.server).get(`/applications/${application.id}/dossier`).set(owner.auth).expect(403);
      expect(ownerDossier.body.code).toBe('DOSSIER_FORBIDDEN');
      await request(t.server).get(`/applications/${application.id}/dossier`).set(otherMember.auth).expect(404);
    });

    it('refuses a case whose reviews are not all in, and a case that is not awaiting the committee', async () => {
      const meetingId = await planMeeting(t, secretary, committeeId);
      const incomplete = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', undefined));
      const refused = await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(secretary.auth)
        .send({ applicationId: incomplete.id, version: incomplete.version })
        .expect(409);
      expect(refused.body).toMatchObject({ code: 'REVIEWS_INCOMPLETE', submitted: 2, panel: 3 });
      expect(await currentVersion(t, incomplete.id)).toBe(incomplete.version);

      const complete = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const version = await placeOnAgenda(t, secretary, meetingId, complete.id);
      const twice = await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(secretary.auth)
        .send({ applicationId: complete.id, version })
        .expect(409);
      expect(twice.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'onAgenda' });
      await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(chair.auth)
        .send({ applicationId: complete.id, version })
        .expect(403);
    });

    it('keeps an order the secretary can change, and gives a removed case back to the queue', async () => {
      const meetingId = await planMeeting(t, secretary, committeeId);
      const first = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const second = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      await placeOnAgenda(t, secretary, meetingId, first.id);
      const placed = await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(secretary.auth)
        .send({ applicationId: second.id, version: second.version, position: 1 })
        .expect(201);
      expect(placed.body.agenda.map((item: { application: { id: string } }) => item.application.id)).toEqual([second.id, first.id]);

      const reordered = await request(t.server).put(`/meetings/${meetingId}/agenda`).set(secretary.auth).send({ applicationIds: [first.id, second.id] }).expect(200);
      expect(reordered.body.agenda.map((item: { position: number; application: { id: string } }) => [item.position, item.application.id])).toEqual([
        [1, first.id],
        [2, second.id],
      ]);
      const mismatch = await request(t.server).put(`/meetings/${meetingId}/agenda`).set(secretary.auth).send({ applicationIds: [first.id] }).expect(409);
      expect(mismatch.body.code).toBe('AGENDA_MISMATCH');

      const otherMeeting = await planMeeting(t, secretary, committeeId);
      const wrongMeeting = await request(t.server)
        .delete(`/meetings/${otherMeeting}/agenda/${first.id}?version=${await currentVersion(t, first.id)}`)
        .set(secretary.auth)
        .expect(409);
      expect(wrongMeeting.body.code).toBe('NOT_ON_AGENDA');
      const removed = await request(t.server)
        .delete(`/meetings/${meetingId}/agenda/${first.id}?version=${await currentVersion(t, first.id)}`)
        .set(secretary.auth)
        .expect(200);
      expect(removed.body.agenda).toEqual([expect.objectContaining({ position: 1, application: expect.objectContaining({ id: second.id }) })]);
      const back = await request(t.server).get(`/applications/${first.id}`).set(secretary.auth).expect(200);
      expect(back.body.state).toBe('awaitingCommittee');
      await request(t.server).get(`/applications/${first.id}`).set(chair.auth).expect(404);

      // It can go on another meeting's agenda afterwards.
      await placeOnAgenda(t, secretary, otherMeeting, first.id);
      const history = await request(t.server).get(`/applications/${first.id}/timeline`).set(secretary.auth).expect(200);
      expect(history.body.map((line: { eventType: string }) => line.eventType).slice(-3)).toEqual([
        'PLACE_ON_AGENDA',
        'REMOVE_FROM_AGENDA',
        'PLACE_ON_AGENDA',
      ]);
    });
  });

  describe('minutes', () => {
    it('are written per agenda item from the start of the meeting, by the secretary or the chair, and read by the committee', async () => {
      const meetingId = await planMeeting(t, secretary, committeeId);
      const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      await placeOnAgenda(t, secretary, meetingId, id);
      const minutesOf = (user: TestUser, body: unknown) => request(t.server).put(`/meetings/${meetingId}/agenda/${id}/minutes`).set(user.auth).send(body as object);

      const early = await minutesOf(secretary, { minutes: 'Besproken.' }).expect(409);
      expect(early.body).toMatchObject({ code: 'MINUTES_BEFORE_MEETING', message: expect.stringContaining('De notulen kunnen worden vastgelegd vanaf') });
      const before = (await request(t.server).get(`/meetings/${meetingId}`).set(secretary.auth).expect(200)).body;
      expect(early.body.minutesFrom).toBe(before.startsAt);
      expect(before).toMatchObject({ minutesOpen: false, agenda: [expect.objectContaining({ minutes: null })] });

      await startMeeting(t, meetingId);
      const missing = await minutesOf(secretary, {}).expect(400);
      const fieldsOf = (body: { errors: { field: string }[] }) => [...new Set(body.errors.map((error) => error.field))];
      expect(fieldsOf(missing.body)).toEqual(['minutes']);
      const tooLong = await minutesOf(secretary, { minutes: 'x'.repeat(2001) }).expect(400);
      expect(fieldsOf(tooLong.body)).toEqual(['minutes']);
      await minutesOf(member, { minutes: 'Lid schrijft mee.' }).expect(403);
      await minutesOf(otherChair, { minutes: 'Andere commissie.' }).expect(404);
      await minutesOf(owner, { minutes: 'Eigenaar.' }).expect(403);

      const written = await minutesOf(secretary, { minutes: '  De commissie volgt het panel; vraag naar de borging.  ' }).expect(200);
      expect(written.body).toMatchObject({ minutesOpen: true, agenda: [expect.objectContaining({ minutes: 'De commissie volgt het panel; vraag naar de borging.' })] });
      await minutesOf(chair, { minutes: 'Aangevuld door de voorzitter.' }).expect(200);
      const read = await request(t.server).get(`/meetings/${meetingId}`).set(member.auth).expect(200);
      expect(read.body.agenda).toEqual([expect.objectContaining({ minutes: 'Aangevuld door de voorzitter.' })]);
      const [row]: { minutes_by: string }[] = await t.dataSource.query(`SELECT minutes_by FROM agenda_items WHERE meeting_id = $1`, [meetingId]);
      expect(row.minutes_by).toBe(chair.user.id);

      const cleared = await minutesOf(secretary, { minutes: '' }).expect(200);
      expect(cleared.body.agenda).toEqual([expect.objectContaining({ minutes: null })]);
      const unknown = await request(t.server).put(`/meetings/00000000-0000-4000-8000-000000000000/agenda/${id}/minutes`).set(secretary.auth).send({ minutes: 'x' }).expect(404);
      expect(unknown.body.code).toBe('MEETING_NOT_FOUND');
      const elsewhere = await planMeeting(t, secretary, committeeId);
      const notThere = await request(t.server).put(`/meetings/${elsewhere}/agenda/${id}/minutes`).set(secretary.auth).send({ minutes: 'x' }).expect(409);
      expect(notThere.body.code).toBe('NOT_ON_AGENDA');
    });
  });
});
