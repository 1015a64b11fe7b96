import request from 'supertest';
import { criteriaFor } from '../../src/review/review-criteria.js';
import { startMeeting } from '../committee/support/committee-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { takeToSubmittedForAssessment, type JourneyUser } from './journey.js';

/**
 * The whole track over HTTP, every role doing its own part: from a draft to a published
 * intervention that the public finds in the databank, with the reviewers anonymous to the owner.
 */
describe('from a draft to a published, searchable intervention', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
  });
  afterAll(() => t.close());

  it('runs end to end through the API with every role', async () => {
    const http = () => request(t.server);
    const owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    const secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    const admin = await createUser(t, ['admin'], { organisation: 'Movisie' });
    const chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', organisation: 'Erkenningscommissie' });
    const reviewers: JourneyUser[] = [];
    for (const name of ['Rita Referent', 'Rob Referent', 'Roos Referent']) {
      const reviewer = await createUser(t, ['reviewer'], { name, organisation: `Praktijk ${name}` });
      await http().put(`/reviewers/${reviewer.user.id}/profile`).set(secretary.auth).send({ kind: 'practice', themes: ['eenzaamheid'] }).expect(200);
      reviewers.push(reviewer);
    }
    const version = async () => (await http().get(`/applications/${id}`).set(secretary.auth).expect(200)).body.version as number;

    // Steps 1–3.
    const { id } = await takeToSubmittedForAssessment(t, { owner, secretary, coach });

    // Step 4: the secretary composes the panel from the suggestions; the reviewers accept.
    await http().post(`/applications/${id}/panel/start`).set(secretary.auth).send({ version: await version() }).expect(200);
    const suggestions = await http().get(`/applications/${id}/panel/suggestions`).set(secretary.auth).expect(200);
    expect(JSON.stringify(suggestions.body)).toContain(reviewers[0].user.id);
    for (const reviewer of reviewers)
      await http().post(`/applications/${id}/panel/invitations`).set(secretary.auth).send({ reviewerId: reviewer.user.id }).expect(201);
    for (const reviewer of reviewers) {
      const invitations = await http().get('/me/invitations').set(reviewer.auth).expect(200);
      const invitation = invitations.body.find((i: { application: { id: string } }) => i.application.id === id);
      await http().post(`/invitations/${invitation.id}/accept`).set(reviewer.auth).send({ conflictOfInterest: false }).expect(200);
    }
    expect((await http().get(`/applications/${id}`).set(owner.auth).expect(200)).body.state).toBe('underReview');

    // Each reviewer writes and submits a structured review.
    const criteria = criteriaFor('goed_beschreven').map(({ code }) => ({ code, judgment: 'voldoende', motivation: `In orde: ${code}.` }));
    for (const reviewer of reviewers)
      await http()
        .post(`/applications/${id}/reviews/mine/submit`)
        .set(reviewer.auth)
        .send({ criteria, proposedLevel: 'goed_beschreven', feedbackForOwner: 'Heldere, samenhangende beschrijving.', confidentialRemarks: 'Geen bijzonderheden.' })
        .expect(200);
    expect((await http().get(`/applications/${id}`).set(secretary.auth).expect(200)).body.state).toBe('awaitingCommittee');

    // Step 5: the committee meets; the chair decides with the dossier in view, the secretary sends the letter.
    const committee = await http()
      .post('/committees')
      .set(admin.auth)
      .send({ name: 'Deelcommissie Sociaal Domein', databank: 'Databank Effectieve sociale interventies', chairId: chair.user.id, memberIds: [] })
      .expect(201);
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const meeting = await http().post(`/committees/${committee.body.id}/meetings`).set(secretary.auth).send({ startsAt }).expect(201);
    await http().post(`/meetings/${meeting.body.id}/agenda`).set(secretary.auth).send({ applicationId: id, version: await version() }).expect(201);
    // The meeting day comes: the chair decides from its start on.
    await startMeeting(t, meeting.body.id);
    const dossier = await http().get(`/applications/${id}/dossier`).set(chair.auth).expect(200);
    expect(JSON.stringify(dossier.body)).toContain('Heldere, samenhangende beschrijving.');
    await http()
      .post(`/applications/${id}/decision`)
      .set(chair.auth)
      .send({ version: await version(), verdict: 'recognised', level: 'goed_beschreven', motivation: 'Het panel is eensgezind.' })
      .expect(201);
    // Four eyes: the owner hears nothing until the secretary has read the draft and sent the letter.
    await http().get(`/applications/${id}/decision-letter`).set(owner.auth).expect(404);
    const draft = await http().get(`/applications/${id}/decision-letter/draft`).set(secretary.auth).expect(200);
    expect(draft.headers['content-disposition']).toMatch(/^inline;/);
    await http().post(`/applications/${id}/decision-letter/send`).set(secretary.auth).send({ version: await version() }).expect(200);
    const letter = await http().get(`/applications/${id}/decision-letter`).set(owner.auth).expect(200);
    expect(letter.headers['content-type']).toBe('application/pdf');

    // Step 6: the secretary publishes; the public finds it with another word form.
    await http().post(`/applications/${id}/publish`).set(secretary.auth).send({ version: await version() }).expect(200);
    const found = await http().get('/databank/interventions?q=eenzaam').expect(200);
    expect(found.body.items.map((item: { title: string }) => item.title)).toContain('Samen tegen eenzaamheid');
    const detail = await http().get(`/databank/interventions/${found.body.items[0].slug}`).expect(200);
    expect(detail.body).toMatchObject({ level: 'goed_beschreven' });

    // The owner and the public never learn who reviewed.
    const ownerFacing = [
      await http().get(`/applications/${id}`).set(owner.auth),
      await http().get(`/applications/${id}/timeline`).set(owner.auth),
      await http().get(`/applications/${id}/reviews`).set(owner.auth),
      await http().get(`/applications/${id}/decisions`).set(owner.auth),
      await http().get('/notifications').set(owner.auth),
      found,
      detail,
    ];
    const text = ownerFacing.map((response) => JSON.stringify(response.body)).join('\n');
    for (const reviewer of reviewers)
      for (const secret of [reviewer.user.name, reviewer.user.email, reviewer.user.id]) expect(text).not.toContain(secret);
    expect(text).toContain('Beoordelaar A');
  });
});
