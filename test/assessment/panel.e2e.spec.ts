import request from 'supertest';
import { PanelsService } from '../../src/panels/panels.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import {
  accept,
  composePanel,
  createReviewer,
  invite,
  pendingInvitationOf,
  startPanel,
  type TestUser,
} from './assessment-helpers.js';

describe('review panel over HTTP', () => {
  let t: TestApp;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let practice: TestUser[];
  let science: TestUser[];

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    practice = [];
    for (let i = 0; i < 5; i++) practice.push(await createReviewer(t, secretary, 'practice'));
    science = [];
    for (let i = 0; i < 3; i++) science.push(await createReviewer(t, secretary, 'science'));
  });
  afterAll(() => t.close());

  const people = () => ({ owner, secretary, coach });

  async function composing(targetLevel: 'goed_beschreven' | 'goed_onderbouwd' | 'effectief_eerste' = 'goed_beschreven') {
    const application = await driveToSubmittedForAssessment(t, people(), { targetLevel });
    await startPanel(t, secretary, application.id, application.version);
    return application.id;
  }

  const stateOf = async (id: string) => (await request(t.server).get(`/applications/${id}`).set(secretary.auth).expect(200)).body.state;

  it('Goed beschreven: three practice reviewers, no science reviewer, no fourth; complete panel starts the review', async () => {
    const id = await composing('goed_beschreven');
    const panel = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
    expect(panel.body).toMatchObject({ state: 'panelComposition', requirement: { science: 0, practice: 3, total: 3 }, openSlots: { science: 0, practice: 3 } });

    const scienceRefused = await request(t.server)
      .post(`/applications/${id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: science[0].user.id })
      .expect(400);
    expect(scienceRefused.body.errors[0].field).toBe('kind');

    const invitations = [];
    for (const reviewer of practice.slice(0, 3)) invitations.push(await invite(t, secretary, id, reviewer));
    // Pending invitations hold the places: a fourth practice reviewer is one too many.
    const fourth = await request(t.server)
      .post(`/applications/${id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: practice[3].user.id })
      .expect(400);
    expect(fourth.body.errors[0].field).toBe('kind');

    expect((await accept(t, practice[0], invitations[0].id)).letter).toBe('A');
    expect((await accept(t, practice[1], invitations[1].id)).letter).toBe('B');
    expect(await stateOf(id)).toBe('panelComposition');
    const last = await accept(t, practice[2], invitations[2].id);
    expect(last).toMatchObject({ letter: 'C', status: 'accepted', application: { state: 'underReview' } });

    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(secretary.auth).expect(200);
    const complete = timeline.body.find((e: { eventType: string }) => e.eventType === 'PANEL_COMPLETE');
    expect(complete).toMatchObject({ actorKind: 'system', fromState: 'panelComposition', toState: 'underReview' });
  });

  it('Goed onderbouwd and Effectief: four reviewers, two science and two practice', async () => {
    for (const level of ['goed_onderbouwd', 'effectief_eerste'] as const) {
      const id = await composing(level);
      const panel = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
      expect(panel.body.requirement).toMatchObject({ science: 2, practice: 2, total: 4, decision: 'unanimous' });
      await composePanel(t, secretary, id, [science[0], practice[0], science[1]]);
      const thirdScience = await request(t.server)
        .post(`/applications/${id}/panel/invitations`)
        .set(secretary.auth)
        .send({ reviewerId: science[2].user.id })
        .expect(400);
      expect(thirdScience.body.errors[0].field).toBe('kind');
      expect(await stateOf(id)).toBe('panelComposition');
      await composePanel(t, secretary, id, [practice[1]]);
      expect(await stateOf(id)).toBe('underReview');
      const complete = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
      expect(complete.body.members.map((m: { letter: string; kind: string }) => `${m.letter}:${m.kind}`)).toEqual([
        'A:science',
        'B:practice',
        'C:science',
        'D:practice',
      ]);
    }
  });

  it('refuses a reviewer from the applicant’s own organisation, by account or profile, case-insensitively', async () => {
    const id = await composing();
    const colleague = await createReviewer(t, secretary, 'practice', { organisation: '  stichting VOORBEELD ' });
    const viaProfile = await createReviewer(t, secretary, 'practice', { profileOrganisation: 'STICHTING voorbeeld' });
    for (const reviewer of [colleague, viaProfile]) {
      const refused = await request(t.server)
        .post(`/applications/${id}/panel/invitations`)
        .set(secretary.auth)
        .send({ reviewerId: reviewer.user.id })
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'reviewerId', reason: expect.stringContaining('organisation') })]);
    }
    const suggestions = await request(t.server).get(`/applications/${id}/panel/suggestions`).set(secretary.auth).expect(200);
    const excluded = suggestions.body.excluded.find((e: { reviewerId: string }) => e.reviewerId === colleague.user.id);
    expect(excluded.reasons.map((r: { code: string }) => r.code)).toContain('own_organisation');
    expect(suggestions.body.suggestions.map((s: { reviewerId: string }) => s.reviewerId)).not.toContain(colleague.user.id);
  });

  it('ranks suggestions by theme match, availability and load, and excludes blocked reviewers with reasons', async () => {
    const id = await composing(); // themes: eenzaamheid, ouderen
    const perfect = await createReviewer(t, secretary, 'practice', { themes: ['eenzaamheid', 'ouderen'] });
    const away = await createReviewer(t, secretary, 'practice', { themes: ['eenzaamheid', 'ouderen'] });
    const offTopic = await createReviewer(t, secretary, 'practice', { themes: ['schulden'] });
    const today = new Date().toISOString().slice(0, 10);
    const inAYear = new Date(Date.now() + 365 * 86400000).toISOString().slice(0, 10);
    // The reviewer keeps their own availability; someone else's is not theirs to change.
    await request(t.server)
      .put(`/reviewers/${away.user.id}/availability`)
      .set(away.auth)
      .send({ unavailablePeriods: [{ from: today, until: inAYear, note: 'Sabbatical' }] })
      .expect(200);
    await request(t.server).put(`/reviewers/${away.user.id}/availability`).set(perfect.auth).send({ acceptingInvitations: false }).expect(404);
    await request(t.server).put(`/reviewers/${perfect.user.id}/profile`).set(perfect.auth).send({ kind: 'science', themes: [] }).expect(403);

    const response = await request(t.server).get(`/applications/${id}/panel/suggestions`).set(secretary.auth).expect(200);
    const ranked = response.body.suggestions.map((s: { reviewerId: string }) => s.reviewerId);
    expect(ranked.indexOf(perfect.user.id)).toBeLessThan(ranked.indexOf(away.user.id));
    expect(ranked.indexOf(away.user.id)).toBeLessThan(ranked.indexOf(offTopic.user.id));
    const perfectEntry = response.body.suggestions.find((s: { reviewerId: string }) => s.reviewerId === perfect.user.id);
    expect(perfectEntry.score).toMatchObject({ themeMatch: 1, availability: 1, load: 1, total: 1 });
    const awayEntry = response.body.suggestions.find((s: { reviewerId: string }) => s.reviewerId === away.user.id);
    expect(awayEntry).toMatchObject({ unavailableToday: true, score: { availability: 0 } });
    // Science reviewers are not part of a Goed beschreven panel.
    const scienceEntry = response.body.excluded.find((e: { reviewerId: string }) => e.reviewerId === science[0].user.id);
    expect(scienceEntry.reasons.map((r: { code: string }) => r.code)).toEqual(['kind_not_needed']);

    // Load counts: an open invitation lowers the score and shows in the pool.
    await invite(t, secretary, id, offTopic);
    const pool = await request(t.server).get('/reviewers').set(secretary.auth).expect(200);
    const loaded = pool.body.find((r: { userId: string }) => r.userId === offTopic.user.id);
    expect(loaded).toMatchObject({ kind: 'practice', load: { pendingInvitations: 1, current: 1, max: 3 }, history: { invitations: 1 } });
    const after = await request(t.server).get(`/applications/${id}/panel/suggestions`).set(secretary.auth).expect(200);
    expect(after.body.excluded.find((e: { reviewerId: string }) => e.reviewerId === offTopic.user.id).reasons[0].code).toBe('invitation_pending');
    await request(t.server).get('/reviewers').set(practice[0].auth).expect(403);
    await request(t.server).get(`/applications/${id}/panel/suggestions`).set(owner.auth).expect(403);
  });

  it('a declared conflict blocks the assignment, invites the next alternate, and bars a new invitation', async () => {
    const id = await composing();
    const [conflicted, first, second, third] = practice;
    const spare = await createReviewer(t, secretary, 'practice');
    await request(t.server)
      .post(`/applications/${id}/panel/alternates`)
      .set(secretary.auth)
      .send({ alternates: [{ reviewerId: spare.user.id }, { reviewerId: third.user.id }] })
      .expect(200);
    const invitation = await invite(t, secretary, id, conflicted);
    await composePanel(t, secretary, id, [first, second]);

    // An invitee sees the invitation (to judge a conflict), not the dossier.
    const mine = await request(t.server).get('/me/invitations').set(conflicted.auth).expect(200);
    expect(mine.body.find((i: { id: string }) => i.id === invitation.id)).toMatchObject({ id: invitation.id, status: 'pending', application: { id, organisation: 'Stichting Voorbeeld', targetLevel: 'goed_beschreven' } });
    await request(t.server).get(`/applications/${id}`).set(conflicted.auth).expect(404);

    await request(t.server).post(`/invitations/${invitation.id}/accept`).set(conflicted.auth).send({ conflictOfInterest: true }).expect(400);
    const answered = await request(t.server)
      .post(`/invitations/${invitation.id}/accept`)
      .set(conflicted.auth)
      .send({ conflictOfInterest: true, conflictDescription: 'Ik heb de interventie mee ontwikkeld.' })
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'conflict', letter: null });
    await request(t.server).get(`/applications/${id}`).set(conflicted.auth).expect(404);

    const alternateInvitation = await pendingInvitationOf(t, spare, id);
    expect(alternateInvitation).toBeDefined();
    const panel = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
    expect(panel.body.alternates.map((a: { status: string }) => a.status)).toEqual(['invited', 'waiting']);
    expect(panel.body.invitations.find((i: { id: string }) => i.id === alternateInvitation!.id)).toMatchObject({ viaAlternate: true, invitedBy: null });

    const again = await request(t.server)
      .post(`/applications/${id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: conflicted.user.id })
      .expect(400);
    expect(again.body.errors[0]).toMatchObject({ field: 'reviewerId', reason: expect.stringContaining('conflict') });

    await accept(t, spare, alternateInvitation!.id);
    expect(await stateOf(id)).toBe('underReview');
    const listed = await request(t.server).get('/applications').set(spare.auth).expect(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toContain(id);

    // A removal (no body needed) offers the place to the next alternate, even under review.
    await request(t.server).delete(`/applications/${id}/panel/members/${first.user.id}`).set(secretary.auth).expect(200);
    expect(await pendingInvitationOf(t, third, id)).toBeDefined();
    await request(t.server).delete(`/applications/${id}/panel/members/${first.user.id}`).set(secretary.auth).expect(404);
  });

  it('a decline with a reason and an expiry each invite the next alternate of the right kind', async () => {
    const id = await composing('goed_onderbouwd');
    const [s1, s2, s3] = science;
    const [p1, p2, p3] = practice;
    await request(t.server)
      .post(`/applications/${id}/panel/alternates`)
      .set(secretary.auth)
      .send({ alternates: [{ reviewerId: p3.user.id }, { reviewerId: s3.user.id }] })
      .expect(200);
    await composePanel(t, secretary, id, [p1, p2]);
    const toDecline = await invite(t, secretary, id, s1);
    const toExpire = await invite(t, secretary, id, s2);

    const noReason = await request(t.server).post(`/invitations/${toDecline.id}/decline`).set(s1.auth).send({}).expect(400);
    expect(new Set(noReason.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['reason']));
    const longSuggestion = await request(t.server)
      .post(`/invitations/${toDecline.id}/decline`)
      .set(s1.auth)
      .send({ reason: 'Geen tijd deze maand.', suggestedColleague: 'x'.repeat(301) })
      .expect(400);
    expect(new Set(longSuggestion.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['suggestedColleague']));
    const declined = await request(t.server)
      .post(`/invitations/${toDecline.id}/decline`)
      .set(s1.auth)
      .send({ reason: 'Geen tijd deze maand.', suggestedColleague: '  Dr. Vera Vervanger <vera@example.org>  ' })
      .expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Geen tijd deze maand.', suggestedColleague: 'Dr. Vera Vervanger <vera@example.org>' });
    // The secretary sees the reason and the suggested colleague on the panel.
    const afterDecline = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
    expect(afterDecline.body.invitations.find((invitation: { id: string }) => invitation.id === toDecline.id)).toMatchObject({
      status: 'declined',
      declineReason: 'Geen tijd deze maand.',
      suggestedColleague: 'Dr. Vera Vervanger <vera@example.org>',
    });
    // The practice alternate is passed over: there is no practice place open. The science alternate is invited.
    expect(await pendingInvitationOf(t, p3, id)).toBeUndefined();
    const forScience = await pendingInvitationOf(t, s3, id);
    expect(forScience).toBeDefined();
    await request(t.server).post(`/invitations/${toDecline.id}/accept`).set(s1.auth).send({ conflictOfInterest: false }).expect(409);

    // The reminders module's call does nothing before the deadline; the secretary can expire now.
    const early = await t.app.get(PanelsService).expireInvitation(toExpire.id);
    expect(early.expired).toBe(false);
    await request(t.server).post(`/invitations/${toExpire.id}/expire`).set(s2.auth).expect(403);
    const expired = await request(t.server).post(`/invitations/${toExpire.id}/expire`).set(secretary.auth).expect(200);
    expect(expired.body.status).toBe('expired');
    // No science alternate left: the place stays open for the secretary.
    const panel = await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200);
    expect(panel.body.openSlots).toEqual({ science: 1, practice: 0 });
    await request(t.server).post(`/invitations/${toExpire.id}/accept`).set(s2.auth).send({ conflictOfInterest: false }).expect(409);

    // Past its deadline, the reminders module's call expires it.
    const late = await invite(t, secretary, id, s1);
    const result = await t.app.get(PanelsService).expireInvitation(late.id, { now: new Date(Date.parse(late.responseDueAt) + 1000) });
    expect(result).toMatchObject({ expired: true, invitation: { status: 'expired' } });
    const twice = await t.app.get(PanelsService).expireInvitation(late.id, { now: new Date(Date.parse(late.responseDueAt) + 2000) });
    expect(twice.expired).toBe(false);
  });

  it('invites only while the panel is being composed, and only secretaries do', async () => {
    const application = await driveToSubmittedForAssessment(t, people());
    const early = await request(t.server)
      .post(`/applications/${application.id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: practice[0].user.id })
      .expect(409);
    expect(early.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'submittedForAssessment' });
    await request(t.server).post(`/applications/${application.id}/panel/start`).set(owner.auth).send({ version: application.version }).expect(403);
    await startPanel(t, secretary, application.id, application.version);
    await request(t.server).get(`/applications/${application.id}/panel`).set(owner.auth).expect(403);
    await request(t.server).get(`/applications/${application.id}/panel`).set(coach.auth).expect(403);
    const stranger = await request(t.server)
      .post(`/applications/${application.id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: owner.user.id })
      .expect(400);
    expect(stranger.body.errors[0].field).toBe('reviewerId');
    // Someone else's invitation does not exist for this reviewer.
    const invitation = await invite(t, secretary, application.id, practice[0]);
    await request(t.server).post(`/invitations/${invitation.id}/accept`).set(practice[1].auth).send({ conflictOfInterest: false }).expect(404);
    expect(invitation.responseDueAt > new Date().toISOString()).toBe(true);
  });
});
