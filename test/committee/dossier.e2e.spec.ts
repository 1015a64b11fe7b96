import { jest } from '@jest/globals';
import request from 'supertest';
import { DESCRIPTION_SECTIONS } from '../../src/description/description-sections.js';
import { criterionCodesFor } from '../../src/review/review-criteria.js';
import { takeToSubmittedForAssessment } from '../journey/journey.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import {
  createCommittee,
  driveToAwaitingCommittee,
  insertPanel,
  insertReviews,
  placeOnAgenda,
  planMeeting,
  type PanelSeatFixture,
} from './support/committee-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * The dossier's description and review form: the werkblad as frozen when it was submitted for
 * assessment (not the live text the owner may still change later) and the criteria the reviews
 * judged, so the committee can read the reviews side by side with their labels.
 */
// Starting the app, resetting the database and steps 1-3 over HTTP can outlast the default 30 s on a busy two-core machine.
jest.setTimeout(120_000);

describe('the committee dossier: description and review form', () => {
  let t: TestApp;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let member: TestUser;
  let seats: PanelSeatFixture[];
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner']);
    secretary = await createUser(t, ['secretary']);
    coach = await createUser(t, ['coach']);
    const admin = await createUser(t, ['admin']);
    const chair = await createUser(t, ['chair']);
    member = await createUser(t, ['committee_member']);
    const reviewers = [await createUser(t, ['reviewer']), await createUser(t, ['reviewer']), await createUser(t, ['reviewer'])];
    seats = reviewers.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven' }));
    meetingId = await planMeeting(t, secretary, await createCommittee(t, admin, chair, [member]));
  });
  afterAll(() => t.close());

  it('holds the werkblad as submitted for assessment and the criteria of the target level', async () => {
    // Steps 1-3 over HTTP, so the werkblad is frozen at submission; then the panel and its reviews.
    const { id } = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    await sendAs(t, id, secretary, { type: 'START_PANEL_COMPOSITION' });
    await insertPanel(t, id, seats);
    await sendAs(t, id, 'panels', { type: 'PANEL_COMPLETE' });
    await insertReviews(t, id, 1, seats);
    await sendAs(t, id, 'reviews', { type: 'ALL_REVIEWS_SUBMITTED' });
    await placeOnAgenda(t, secretary, meetingId, id);

    const versions = (await request(t.server).get(`/applications/${id}/description/versions`).set(secretary.auth).expect(200)).body as {
      number: number;
      kind: string;
    }[];
    const final = versions.filter((version) => version.kind === 'final').at(-1)!;
    expect(final).toBeDefined();

    const dossier = (await request(t.server).get(`/applications/${id}/dossier`).set(member.auth).expect(200)).body;
    expect(dossier.description).toMatchObject({ number: final.number, createdAt: expect.any(String) });
    expect(dossier.description.sections.map((section: { key: string }) => section.key)).toEqual(DESCRIPTION_SECTIONS.map((section) => section.key));
    expect(dossier.description.sections.find((section: { key: string }) => section.key === 'goals')).toEqual({
      key: 'goals',
      title: '2. Doelen',
      titleEn: expect.any(String),
      content: 'Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.',
    });
    expect(dossier.form.criteria.map((criterion: { code: string }) => criterion.code)).toEqual(criterionCodesFor('goed_beschreven'));
    expect(dossier.form.criteria[0]).toEqual({ code: 'problem', label: { nl: 'Probleem en oorzaak', en: 'Problem and cause' }, question: expect.any(Object) });
    expect(dossier.form.judgments).toEqual([
      { code: 'voldoende', label: { nl: 'Voldoende', en: 'Sufficient' } },
      { code: 'twijfel', label: { nl: 'Twijfel', en: 'Doubtful' } },
      { code: 'onvoldoende', label: { nl: 'Onvoldoende', en: 'Insufficient' } },
    ]);

    // A later change to the live werkblad does not reach the dossier: the committee judges what was submitted.
    await t.dataSource.query(`UPDATE description_sections SET content = 'Later gewijzigd.' WHERE application_id = $1 AND section_key = 'goals'`, [id]);
    const again = (await request(t.server).get(`/applications/${id}/dossier`).set(member.auth).expect(200)).body;
    expect(again.description.sections.find((section: { key: string }) => section.key === 'goals').content).toBe(
      'Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.',
    );
  });

  it('has no description when none was frozen (an imported case), and the effect criterion for an Effectief application', async () => {
    const { id } = await driveToAwaitingCommittee(
      t,
      { owner, secretary, coach },
      seats.concat({ reviewer: await createUser(t, ['reviewer']), kind: 'science', proposedLevel: 'effectief_eerste' }).map((seat, index) => ({
        ...seat,
        kind: index % 2 === 0 ? 'science' : 'practice',
        proposedLevel: 'effectief_eerste',
      })),
      { targetLevel: 'effectief_eerste' },
    );
    // A case imported while in flight (src/import) has its werkblad in the previous system: no frozen version here.
    await t.dataSource.query(`DELETE FROM description_versions WHERE application_id = $1`, [id]);
    await placeOnAgenda(t, secretary, meetingId, id);
    const dossier = (await request(t.server).get(`/applications/${id}/dossier`).set(member.auth).expect(200)).body;
    expect(dossier.description).toBeNull();
    expect(dossier.form.criteria.map((criterion: { code: string }) => criterion.code)).toEqual(criterionCodesFor('effectief_eerste'));
    expect(dossier.form.criteria.map((criterion: { code: string }) => criterion.code)).toContain('effect_first_indications');
  });
});
