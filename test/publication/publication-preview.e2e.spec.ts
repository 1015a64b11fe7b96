import request from 'supertest';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { applicationVersion, recognise, type RecognitionCast } from './publication-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The secretary's preview of a publication: the listing PUBLISH would write, without writing it. */
describe('the preview of a publication', () => {
  let t: TestApp;
  let cast: RecognitionCast;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { name: 'Olaf Eigenaar' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    const chair = await createUser(t, ['chair']);
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all(['Rita', 'Ruud', 'Roos'].map((name) => createUser(t, ['reviewer'], { name })));
    const committeeId = await createCommittee(t, admin, chair, []);
    cast = { owner, secretary, coach, chair, reviewers, committeeId };
  });
  afterAll(() => t.close());

  const preview = (id: string, auth: Record<string, string>) => request(t.server).get(`/applications/${id}/listing/preview`).set(auth);
  const listingCount = async (id: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM listings WHERE application_id = $1`, [id]))[0].n);

  it('shows exactly the public page the publication then creates, and writes nothing', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Buurtmaaltijd voor iedereen' });
    // Before the decision there is nothing to preview.
    const early = await preview(draft.id, secretary.auth).expect(409);
    expect(early.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', event: 'PUBLISH' });

    const { id, version } = await recognise(t, cast, draft.id, { at: '2026-03-09T23:30:00.000Z' });
    await preview(id, owner.auth).expect(403);
    await preview(id, otherOwner.auth).expect(404);

    const shown = (await preview(id, secretary.auth).expect(200)).body;
    expect(shown).toMatchObject({ slug: 'buurtmaaltijd-voor-iedereen', title: 'Buurtmaaltijd voor iedereen', level: 'goed_beschreven', decisionDate: '2026-03-10' });
    expect(await listingCount(id)).toBe(0);
    expect(await applicationVersion(t, id)).toBe(version);

    await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version }).expect(200);
    const published = (await request(t.server).get('/databank/interventions/buurtmaaltijd-voor-iedereen').expect(200)).body;
    const { publishedAt: _shownAt, updatedAt: _shownUpdate, ...shownText } = shown;
    const { publishedAt: _at, updatedAt: _update, ...publishedText } = published;
    expect(shownText).toEqual(publishedText);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(published).sort());

    // Published: no second publication to preview.
    await preview(id, secretary.auth).expect(409);
  });
});
