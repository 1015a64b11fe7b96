import request from 'supertest';
import { migrations } from '../../migrations/index.js';
import { PublicationService } from '../../src/publication/publication.service.js';
import { COMPLETE_INTAKE, createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { applicationVersion, recognise, type RecognitionCast } from './publication-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The werkblad tables (description_sections, description_versions) come with the description module's migration. */
const hasWerkblad = migrations.some((migration) => migration.name.startsWith('Description'));

/** Exactly the fields the public detail page has; anything else would be a leak. */
const DETAIL_KEYS = [
  'activeElements', 'approach', 'contact', 'databank', 'databankName', 'decisionDate', 'facts', 'goal', 'level', 'levelLabel', 'levelLabelEn', 'organisations', 'publishedAt',
  'recognisedUntil', 'research', 'slug', 'summary', 'targetGroup', 'themes', 'title', 'updatedAt',
];
const ITEM_KEYS = ['databank', 'databankName', 'decisionDate', 'level', 'levelLabel', 'levelLabelEn', 'organisations', 'slug', 'summary', 'themes', 'title'];

describe('publication in the public databank', () => {
  let t: TestApp;
  let cast: RecognitionCast;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let publication: PublicationService;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    publication = t.app.get(PublicationService);
    owner = await createUser(t, ['owner'], { name: 'Olaf Eigenaar', email: 'olaf.account@voorbeeld.nl' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { name: 'Coby Begeleider', email: 'coby.begeleider@movisie.example', organisation: 'Movisie' });
    const chair = await createUser(t, ['chair'], { name: 'Cor Voorzitter', email: 'cor.voorzitter@movisie.example' });
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all(
      ['Rita Referent', 'Ruud Beoordelaar', 'Roos Recensent'].map((name, index) =>
        createUser(t, ['reviewer'], { name, email: `referent${index}.geheim@universiteit.example` }),
      ),
    );
    const committeeId = await createCommittee(t, admin, chair, []);
    cast = { owner, secretary, coach, chair, reviewers, committeeId };
  });
  afterAll(() => t.close());

  /** A new recognised application with a unique name (so slugs do not collide between tests). */
  async function recognisedApplication(fields: Record<string, unknown> = {}, decision: Parameters<typeof recognise>[3] = {}) {
    counter += 1;
    const draft = await createDraft(t, owner.auth, { name: `Samen tegen eenzaamheid ${counter}`, ...fields });
    return recognise(t, cast, draft.id, decision);
  }

  async function publish(id: string) {
    const response = await request(t.server)
      .post(`/applications/${id}/publish`)
      .set(secretary.auth)
      .send({ version: await applicationVersion(t, id) });
    if (response.status !== 200) throw new Error(`publish failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { application: { state: string; version: number }; listing: Record<string, unknown> & { slug: string } };
  }

  const search = (query: Record<string, string>) => request(t.server).get('/databank/interventions').query(query).expect(200);

  it('publishes a recognised application with the public fields only, readable without a login', async () => {
    const { id, version } = await recognisedApplication(
      { name: 'Vriendschappelijk huisbezoek', contactEmail: 'info@voorbeeld.nl', contactName: 'Olga Contact' },
      { at: '2026-03-09T23:30:00.000Z' },
    );
    await request(t.server).post(`/applications/${id}/publish`).set(owner.auth).send({ version }).expect(403);
    await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version: version - 1 }).expect(409);

    const published = await publish(id);
    expect(published.application.state).toBe('published.listed');
    expect(published.listing).toMatchObject({ slug: 'vriendschappelijk-huisbezoek', listed: true, applicationId: id });

    const page = await request(t.server).get('/databank/interventions/vriendschappelijk-huisbezoek').expect(200);
    expect(Object.keys(page.body).sort()).toEqual(DETAIL_KEYS);
    expect(page.body).toEqual({
      slug: 'vriendschappelijk-huisbezoek',
      title: 'Vriendschappelijk huisbezoek',
      summary: COMPLETE_INTAKE.summary,
      goal: COMPLETE_INTAKE.goal,
      targetGroup: COMPLETE_INTAKE.targetGroup,
      approach: COMPLETE_INTAKE.approach,
      organisations: ['Stichting Voorbeeld'],
      activeElements: expect.any(String),
      research: expect.any(String),
      level: 'goed_beschreven',
      levelLabel: 'Goed beschreven',
      levelLabelEn: 'Well described',
      databank: 'effectieve-sociale-interventies',
      databankName: 'Databank Effectieve sociale interventies',
      // 23:30 UTC on 9 March is 10 March in the Netherlands.
      decisionDate: '2026-03-10',
      recognisedUntil: '2031-03-09T23:30:00.000Z',
      themes: ['eenzaamheid', 'ouderen'],
      // No structured facts were filled in (test/description/listing-facts.e2e.spec.ts fills them).
      facts: null,
      contact: { name: 'Olga Contact', email: 'info@voorbeeld.nl', organisation: 'Stichting Voorbeeld' },
      publishedAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const [audit] = await t.dataSource.query(
      `SELECT actor_kind, payload FROM audit_events WHERE application_id = $1 AND event_type = 'PUBLISH'`,
      [id],
    );
    expect(audit).toMatchObject({ actor_kind: 'secretary', payload: { slug: 'vriendschappelijk-huisbezoek' } });

    const found = await search({ q: 'huisbezoek' });
    expect(found.body.items.map((item: { slug: string }) => item.slug)).toContain('vriendschappelijk-huisbezoek');
    expect(Object.keys(found.body.items[0]).sort()).toEqual(ITEM_KEYS);
  });

  it('never shows reviewers, the coach, staff, reviews or internal data on the public endpoints', async () => {
    const { id } = await recognisedApplication({ name: 'Anoniem beoordeeld project' });
    const [{ version }] = await t.dataSource.query(`SELECT version FROM applications WHERE id = $1`, [id]);
    await request(t.server)
      .post(`/applications/${id}/publish`)
      .set(secretary.auth)
      .send({ version })
      .expect(200);
    const responses = [
      await request(t.server).get('/databank/interventions/anoniem-beoordeeld-project').expect(200),
      await search({ q: 'anoniem' }),
      await search({}),
    ].map((response) => JSON.stringify(response.body));

    const [application] = await t.dataSource.query(`SELECT id, reference, snapshot FROM applications WHERE id = $1`, [id]);
    const [listing] = await t.dataSource.query(`SELECT id FROM listings WHERE application_id = $1`, [id]);
    const secrets = [
      ...cast.reviewers.flatMap((reviewer) => [reviewer.user.id, reviewer.user.name, reviewer.user.email]),
      cast.coach.user.id, cast.coach.user.name, cast.coach.user.email,
      cast.chair.user.id, cast.chair.user.name, cast.chair.user.email,
      secretary.user.id, secretary.user.name, secretary.user.email,
      owner.user.id, owner.user.email,
      application.id, application.reference, listing.id,
      'Vertrouwelijk', 'Feedback van', 'handbook', 'handboek', 'reviewer', 'panel', 'coach', 'snapshot', 'internalNote',
    ];
    for (const body of responses) for (const secret of secrets) expect({ secret, leaked: body.includes(secret) }).toEqual({ secret, leaked: false });
  });

  it('refuses to publish an application that is not recognised', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Nog lang niet klaar' });
    const response = await request(t.server).post(`/applications/${draft.id}/publish`).set(secretary.auth).send({ version: draft.version }).expect(409);
    expect(response.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'draft' });
    await request(t.server).post(`/applications/${draft.id}/publish`).set(otherOwner.auth).send({ version: draft.version }).expect(404);
    expect(await t.dataSource.query(`SELECT 1 FROM listings WHERE application_id = $1`, [draft.id])).toHaveLength(0);
  });

  it('gives a second intervention with the same name its own slug', async () => {
    const first = await recognisedApplication({ name: 'Maatjes voor iedereen' });
    const second = await recognisedApplication({ name: 'Maatjes voor iedereen!' });
    expect((await publish(first.id)).listing.slug).toBe('maatjes-voor-iedereen');
    expect((await publish(second.id)).listing.slug).toBe('maatjes-voor-iedereen-2');
  });

  it('updates the listing text in place: same slug, new text', async () => {
    const { id } = await recognisedApplication({ name: 'Wijkcirkels' });
    const { listing } = await publish(id);
    // TEST-ONLY: a corrected summary (in production it comes from the werkblad's final version).
    await t.dataSource.query(`UPDATE applications SET summary = 'Bewoners helpen elkaar in kleine wijkcirkels.' WHERE id = $1`, [id]);
    await request(t.server).post(`/applications/${id}/listing/update`).set(owner.auth).send({ version: await applicationVersion(t, id) }).expect(403);
    const updated = await request(t.server)
      .post(`/applications/${id}/listing/update`)
      .set(secretary.auth)
      .send({ version: await applicationVersion(t, id) })
      .expect(200);
    expect(updated.body.listing).toMatchObject({ slug: listing.slug, summary: 'Bewoners helpen elkaar in kleine wijkcirkels.' });
    expect(updated.body.application.state).toBe('published.listed');
    const page = await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200);
    expect(page.body.summary).toBe('Bewoners helpen elkaar in kleine wijkcirkels.');
  });

  it('withdraws the listing from search when the recognition expires, not before', async () => {
    const { id } = await recognisedApplication({ name: 'Verlopen erkenning' }, { at: '2025-01-15T10:00:00.000Z' });
    const { listing } = await publish(id);
    expect(listing.recognisedUntil).toBe('2030-01-15T10:00:00.000Z');
    expect((await search({ q: 'verlopen erkenning' })).body.items.map((item: { slug: string }) => item.slug)).toEqual([listing.slug]);

    await expect(publication.expire(id, new Date('2030-01-15T09:59:59.000Z'))).rejects.toMatchObject({ status: 409 });
    await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200);

    const expired = await publication.expire(id, new Date('2030-01-15T10:00:00.000Z'));
    expect(expired.state).toBe('expired');
    const [row] = await t.dataSource.query(`SELECT withdrawn_at, withdrawn_reason FROM listings WHERE id = $1`, [listing.id]);
    expect(row).toMatchObject({ withdrawn_at: expect.any(Date), withdrawn_reason: 'expired' });
    expect((await search({ q: 'verlopen erkenning' })).body).toMatchObject({ items: [], total: 0 });
    expect((await search({})).body.items.map((item: { slug: string }) => item.slug)).not.toContain(listing.slug);
    const gone = await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(404);
    expect(gone.body.code).toBe('LISTING_NOT_FOUND');
  });

  it('re-assesses through a new application linked to the listing; publishing it keeps the URL', async () => {
    const first = await recognisedApplication({ name: 'Buurtmaatjes', yearsInPractice: 6 }, { at: '2025-02-01T10:00:00.000Z' });
    const { listing } = await publish(first.id);
    const due = await publication.markReassessmentDue(first.id);
    expect(due.state).toBe('published.reassessmentDue');
    await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200);

    await request(t.server).post(`/listings/${listing.slug}/reassessment`).set(otherOwner.auth).send({}).expect(403);
    await request(t.server).post('/listings/bestaat-niet/reassessment').set(owner.auth).send({}).expect(404);
    await request(t.server).post(`/listings/${listing.slug}/reassessment`).send({}).expect(401);
    const started = await request(t.server)
      .post(`/listings/${listing.slug}/reassessment`)
      .set(owner.auth)
      .send({ targetLevel: 'goed_onderbouwd' })
      .expect(201);
    expect(started.body).toMatchObject({
      state: 'draft',
      name: 'Buurtmaatjes',
      summary: COMPLETE_INTAKE.summary,
      goal: COMPLETE_INTAKE.goal,
      targetGroup: COMPLETE_INTAKE.targetGroup,
      yearsInPractice: 6,
      themes: ['eenzaamheid', 'ouderen'],
      targetLevel: 'goed_onderbouwd',
    });
    const secondId = started.body.id as string;
    expect(secondId).not.toBe(first.id);
    const [link] = await t.dataSource.query(`SELECT listing_id FROM applications WHERE id = $1`, [secondId]);
    expect(link.listing_id).toBe(listing.id);
    const again = await request(t.server).post(`/listings/${listing.slug}/reassessment`).set(owner.auth).send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'REASSESSMENT_ALREADY_OPEN', applicationId: secondId });

    await recognise(t, cast, secondId, { level: 'goed_onderbouwd', at: '2029-11-20T10:00:00.000Z' });
    const republished = await publish(secondId);
    expect(republished.listing).toMatchObject({
      id: listing.id,
      slug: listing.slug,
      applicationId: secondId,
      firstApplicationId: first.id,
      level: 'goed_onderbouwd',
      decisionDate: '2029-11-20',
      recognisedUntil: '2034-11-20T10:00:00.000Z',
    });
    const page = await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200);
    expect(page.body).toMatchObject({ level: 'goed_onderbouwd', levelLabel: 'Goed onderbouwd', decisionDate: '2029-11-20' });
    expect(await t.dataSource.query(`SELECT slug FROM listings WHERE slug LIKE 'buurtmaatjes%'`)).toEqual([{ slug: listing.slug }]);

    // The first recognition runs out later, but the listing is carried by the re-assessment now.
    await request(t.server)
      .post(`/applications/${first.id}/listing/update`)
      .set(secretary.auth)
      .send({ version: await applicationVersion(t, first.id) })
      .expect(409)
      .expect((response) => expect(response.body.code).toBe('LISTING_SUPERSEDED'));
    expect((await publication.expire(first.id, new Date('2030-02-01T10:00:00.000Z'))).state).toBe('expired');
    await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200);
    expect((await search({ q: 'buurtmaatjes' })).body.items.map((item: { slug: string }) => item.slug)).toEqual([listing.slug]);
  });

  // Skipped (not passed) until the description module's migration is registered.
  (hasWerkblad ? it : it.skip)('takes the summary, active elements and research from the final werkblad, and copies it into a re-assessment', async () => {
    const { id } = await recognisedApplication({ name: 'Werkblad gepubliceerd' });
    const sections = {
      summary: 'De lange samenvatting uit het werkblad, met doel, doelgroep en aanpak.',
      active_elements: 'Persoonlijk contact en een vaste vrijwilliger.',
      research: 'Procesevaluatie in 2024 bij drie organisaties.',
      implementation: 'Intern: training van twee dagdelen.',
    };
    await t.dataSource.query(
      `INSERT INTO description_versions (application_id, number, kind, sections, application_version, created_by)
       VALUES ($1, 1, 'final', $2, $3, $4)`,
      [id, JSON.stringify(sections), await applicationVersion(t, id), owner.user.id],
    );
    const { listing } = await publish(id);
    expect(listing).toMatchObject({
      summary: sections.summary,
      activeElements: sections.active_elements,
      research: sections.research,
    });
    expect(JSON.stringify(listing)).not.toContain('training van twee dagdelen');

    const started = await request(t.server).post(`/listings/${listing.slug}/reassessment`).set(owner.auth).send({}).expect(201);
    const copied: { section_key: string; content: string }[] = await t.dataSource.query(
      `SELECT section_key, content FROM description_sections WHERE application_id = $1 ORDER BY section_key`,
      [started.body.id],
    );
    expect(Object.fromEntries(copied.map((row) => [row.section_key, row.content]))).toEqual(sections);
  });
});
