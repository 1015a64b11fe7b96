import request from 'supertest';
import type { ProcedureSettings } from '../../src/committee-settings/procedure-settings.js';
import { criterionCodesFor } from '../../src/review/review-criteria.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment, sendAs } from '../support/track-driver.js';
import { createCommittee, insertPanel, placeOnAgenda, planMeeting, startMeeting, pdfText } from '../committee/support/committee-fixtures.js';
import { settingsCast, type TestUser } from './settings-cast.js';


/** The feasibility verdict as a committee setting (docs/decisions/0034): reviewers and chair give it when on; off, nothing changes. */
describe('feasibility (uitvoerbaarheid) verdict as a committee setting', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let withFeasibility: string;
  let without: string;

  const complete = {
    criteria: criterionCodesFor('goed_beschreven').map((code) => ({ code, judgment: 'voldoende', motivation: 'In orde.' })),
    proposedLevel: 'goed_beschreven',
    feedbackForOwner: 'Helder beschreven.',
  };
  const feasible = { feasibility: 'feasible_with_conditions', feasibilityExplanation: 'Uitvoerbaar met een getrainde begeleider per groep.' };

  /** A case of the committee with three practice reviewers on its panel, under review. */
  async function underReview(committeeId: string) {
    const { id } = await driveToSubmittedForAssessment(t, { owner, secretary, coach }, { fields: { committeeId } });
    await sendAs(t, id, secretary, { type: 'START_PANEL_COMPOSITION' });
    await insertPanel(t, id, reviewers.map((reviewer) => ({ reviewer, kind: 'practice' })));
    await sendAs(t, id, 'panels', { type: 'PANEL_COMPLETE' });
    return id;
  }
  const mine = (reviewer: TestUser, id: string) => request(t.server).get(`/applications/${id}/reviews/mine`).set(reviewer.auth);
  const submit = (reviewer: TestUser, id: string, body: object) => request(t.server).post(`/applications/${id}/reviews/mine/submit`).set(reviewer.auth).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    ({ admin, secretary, owner, coach, chair, reviewers } = await settingsCast(t));
    without = await createCommittee(t, admin, chair, [], 'Maatschappelijke ondersteuning');
    withFeasibility = await createCommittee(t, admin, chair, [], 'Gezondheidsbevordering');
    const current = (await request(t.server).get(`/committees/${withFeasibility}/settings`).set(admin.auth).expect(200)).body as { version: number; settings: ProcedureSettings };
    const saved = await request(t.server)
      .put(`/committees/${withFeasibility}/settings`)
      .set(admin.auth)
      .send({ basedOnVersion: current.version, settings: { ...current.settings, feasibilityVerdict: true } })
      .expect(200);
    expect(saved.body.versions[0].changes).toEqual([{ setting: 'feasibilityVerdict', from: false, to: true }]);
  });
  afterAll(() => t?.close());

  it('off: the review form asks nothing about feasibility and refuses a verdict sent anyway', async () => {
    const id = await underReview(without);
    expect((await mine(reviewers[0], id).expect(200)).body).toMatchObject({ feasibilityVerdict: false, feasibility: null });
    const refused = await submit(reviewers[0], id, { ...complete, ...feasible }).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['feasibility', 'feasibilityExplanation']);
    await submit(reviewers[0], id, complete).expect(200);
  });

  it('on: every reviewer gives it, the dossier shows it, the chair records it, and the letter states it', async () => {
    const id = await underReview(withFeasibility);
    expect((await mine(reviewers[0], id).expect(200)).body).toMatchObject({ feasibilityVerdict: true, missing: expect.arrayContaining([expect.objectContaining({ field: 'feasibility' })]) });
    const missing = await submit(reviewers[0], id, complete).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'feasibility', rule: 'required' }), expect.objectContaining({ field: 'feasibilityExplanation', rule: 'required' })]);
    for (const reviewer of reviewers) await submit(reviewer, id, { ...complete, ...feasible }).expect(200);

    const meetingId = await planMeeting(t, secretary, withFeasibility);
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    await startMeeting(t, meetingId);
    const dossier = (await request(t.server).get(`/applications/${id}/dossier`).set(chair.auth).expect(200)).body;
    expect(dossier.feasibilityVerdict).toBe(true);
    expect(dossier.reviews[0].feasibility).toEqual({
      verdict: 'feasible_with_conditions',
      verdictLabel: { nl: 'uitvoerbaar onder voorwaarden', en: 'feasible under conditions' },
      explanation: feasible.feasibilityExplanation,
    });

    const decide = (body: object) => request(t.server).post(`/applications/${id}/decision`).set(chair.auth).send({ version, verdict: 'recognised', level: 'goed_beschreven', ...body });
    const refused = await decide({}).expect(400);
    expect(refused.body.rules.map((rule: { code: string; field: string }) => `${rule.code}:${rule.field}`)).toEqual(['FEASIBILITY_REQUIRED:feasibility', 'FEASIBILITY_REQUIRED:feasibilityExplanation']);
    const recorded = await decide({ feasibility: 'feasible', feasibilityExplanation: 'De commissie acht de aanpak uitvoerbaar in de praktijk.' }).expect(201);
    expect(recorded.body.decision.feasibility).toMatchObject({ verdict: 'feasible', verdictLabel: { nl: 'uitvoerbaar', en: 'feasible' } });

    const letter = await request(t.server).get(`/applications/${id}/decision-letter/draft`).set(secretary.auth).expect(200);
    const text = pdfText(letter.body as Buffer);
    expect(text).toContain('Uitvoerbaarheid');
    expect(text).toContain('De commissie acht de aanpak uitvoerbaar in de praktijk.');
  });
});
