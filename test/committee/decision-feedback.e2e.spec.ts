import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from './support/committee-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * GET /applications/:id/decisions carries the panel's feedback for the owner, by reviewer letter
 * only (as the decision letter does), and the databank listing once published. Owners of other
 * applications get 404; no reviewer's identity or confidential remark reaches the owner.
 */
describe('decision feedback and listing in the decisions view', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    const admin = await createUser(t, ['admin']);
    owner = await createUser(t, ['owner']);
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Mr. Voorzitter Visser' });
    reviewers = await Promise.all(
      ['Prof. Geheimhouder', 'Drs. Naamloos', 'Ir. Anoniempje'].map((name, index) =>
        createUser(t, ['reviewer'], { name, email: `referent${index}.geheim@universiteit.example`, organisation: `Universiteit ${name}` }),
      ),
    );
    const committeeId = await createCommittee(t, admin, chair, []);
    meetingId = await planMeeting(t, secretary, committeeId);
  });
  afterAll(() => t.close());

  /** A case decided by the chair, its letter sent by the secretary; reviewer B has no feedback for the owner, C proposes no level. */
  async function decided(verdict: Record<string, unknown>) {
    const seats: PanelSeatFixture[] = [
      { reviewer: reviewers[0], kind: 'practice', proposedLevel: 'goed_beschreven', feedback: 'De doelen en de aanpak sluiten goed op elkaar aan.', remarks: 'VERTROUWELIJK-A' },
      { reviewer: reviewers[1], kind: 'practice', proposedLevel: 'goed_beschreven', feedback: '   ', remarks: 'VERTROUWELIJK-B' },
      { reviewer: reviewers[2], kind: 'practice', proposedLevel: null, feedback: 'Werk de overdraagbaarheid verder uit.', remarks: 'VERTROUWELIJK-C' },
    ];
    const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats);
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    await startMeeting(t, meetingId);
    const recorded = await request(t.server).post(`/applications/${id}/decision`).set(chair.auth).send({ version, ...verdict }).expect(201);
    const response = await request(t.server)
      .post(`/applications/${id}/decision-letter/send`)
      .set(secretary.auth)
      .send({ version: recorded.body.application.version })
      .expect(200);
    return { id, version: response.body.application.version as number };
  }

  const decisionsOf = (user: TestUser, id: string) => request(t.server).get(`/applications/${id}/decisions`).set(user.auth);

  it('gives the owner the feedback by letter only, never a reviewer identity or remark; others get 404', async () => {
    const { id } = await decided({ verdict: 'recognised', level: 'goed_beschreven' });

    const forOwner = await decisionsOf(owner, id).expect(200);
    expect(forOwner.body.decisions).toHaveLength(1);
    expect(forOwner.body.decisions[0].feedback).toEqual([
      { letter: 'A', text: 'De doelen en de aanpak sluiten goed op elkaar aan.' },
      { letter: 'C', text: 'Werk de overdraagbaarheid verder uit.' },
    ]);
    expect(forOwner.body.listing).toBeNull();
    const text = JSON.stringify(forOwner.body);
    for (const reviewer of reviewers) {
      expect(text).not.toContain(reviewer.user.id);
      expect(text).not.toContain(reviewer.user.name);
      expect(text).not.toContain(reviewer.user.email);
      expect(text).not.toContain(reviewer.user.organisation);
    }
    expect(text).not.toContain('VERTROUWELIJK');
    expect(text).not.toContain('practice');
    expect(forOwner.body.decisions[0]).not.toHaveProperty('panel');

    // Staff read the same feedback; the panel's view stays theirs.
    const forSecretary = await decisionsOf(secretary, id).expect(200);
    expect(forSecretary.body.decisions[0].feedback).toEqual(forOwner.body.decisions[0].feedback);
    expect(forSecretary.body.decisions[0]).toHaveProperty('panel');

    const notFound = await decisionsOf(otherOwner, id).expect(404);
    expect(JSON.stringify(notFound.body)).not.toContain('aanpak');
    await request(t.server).get(`/applications/${id}/decision-letter`).set(otherOwner.auth).expect(404);
    await request(t.server).get(`/applications/${id}/decisions`).expect(401);
  });

  it('names the public listing once the secretary has published', async () => {
    const { id, version } = await decided({ verdict: 'recognised', level: 'goed_beschreven' });
    const published = await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version }).expect(200);
    const slug = published.body.listing.slug as string;
    expect(slug).toMatch(/^samen-tegen-eenzaamheid/);

    const forOwner = await decisionsOf(owner, id).expect(200);
    expect(forOwner.body.listing).toEqual({ slug, listed: true });
    await request(t.server).get(`/databank/interventions/${slug}`).expect(200);
  });

  it("keeps the feedback with its round's decision, also after the owner's revision", async () => {
    const { id, version } = await decided({ verdict: 'deferred', questions: 'Hoe borgt u de kwaliteit van de vrijwilligers?' });
    const deferred = await decisionsOf(owner, id).expect(200);
    expect(deferred.body.decisions[0]).toMatchObject({ verdict: 'deferred', round: 1, questions: 'Hoe borgt u de kwaliteit van de vrijwilligers?' });
    expect(deferred.body.decisions[0].feedback.map((item: { letter: string }) => item.letter)).toEqual(['A', 'C']);

    await request(t.server).post(`/applications/${id}/revision`).set(otherOwner.auth).send({ version, answers: 'Met een training.' }).expect(404);
    await request(t.server).post(`/applications/${id}/revision`).set(owner.auth).send({ version, answers: 'Met een training en intervisie.' }).expect(200);
    const revised = await decisionsOf(owner, id).expect(200);
    expect(revised.body.decisions).toHaveLength(1);
    expect(revised.body.decisions[0]).toMatchObject({ revisionAnswers: 'Met een training en intervisie.' });
    expect(revised.body.decisions[0].feedback).toHaveLength(2);
  });
});
