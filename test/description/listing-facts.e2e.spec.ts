import request from 'supertest';
import { AGE_BANDS, ageBandsOf } from '../../src/description/listing-facts.js';
import { formatEuros } from '../../src/public-site/pages/listing-facts-block.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { applicationVersion, recognise, type RecognitionCast } from '../publication/publication-fixtures.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, description, saveSection, werkbladStep } from './werkblad-support.js';

const FACTS = {
  costAmountCents: 45000,
  costBasis: 'per_participant',
  costIncludes: 'Training van de vrijwilligers en het werkboek.',
  durationWeeks: 26,
  sessions: 10,
  sessionMinutes: 60,
  staffQualifications: 'Getrainde vrijwilligers, begeleid door een hbo-maatschappelijk werker.',
  training: 'Tweedaagse basistraining',
  trainingRequired: true,
  settings: ['home', 'community_centre'],
  ageMin: 65,
  ageMax: null,
};

describe('structured facts of the werkblad and the listing', () => {
  let t: TestApp;
  let cast: RecognitionCast;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  const saveFacts = (auth: Record<string, string>, id: string, body: Record<string, unknown>) =>
    request(t.server).put(`/applications/${id}/description/facts`).set(auth).send(body);

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_API_MAX_REQUESTS: '1000' });
    await t.reset();
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    const secretary = await createUser(t, ['secretary']);
    const coach = await createUser(t, ['coach']);
    const chair = await createUser(t, ['chair']);
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all([0, 1, 2].map(() => createUser(t, ['reviewer'])));
    cast = { owner, secretary, coach, chair, reviewers, committeeId: await createCommittee(t, admin, chair, []) };
  });
  afterAll(() => t.close());

  it('lets the owner save the facts with their own version, refuses broken rules by field, and freezes them with a version', async () => {
    const { id, version } = await admittedApplication(t, cast.owner.auth, cast.secretary.auth, cast.coach.user.id);
    const empty = await description(t, cast.owner.auth, id);
    expect(empty.facts).toMatchObject({ version: 0, facts: { costAmountCents: null, settings: [], costIncludes: '' } });

    const saved = await saveFacts(cast.owner.auth, id, { version: 0, ...FACTS }).expect(200);
    expect(saved.body).toMatchObject({ version: 1, facts: FACTS });
    // The coach reads them in the werkblad; the history and the application version stay untouched.
    const coachView = await description(t, cast.coach.auth, id);
    expect(coachView).toMatchObject({ version, changedSinceLastVersion: true, facts: { version: 1, facts: FACTS } });

    const refusals: [Record<string, unknown>, string, string][] = [
      [{ costAmountCents: 100, costBasis: null }, 'costBasis', 'required'],
      [{ costAmountCents: null, costBasis: 'per_year' }, 'costAmountCents', 'required'],
      [{ ageMin: 12, ageMax: 4 }, 'ageMax', 'ageOrder'],
      [{ settings: ['home', 'home'] }, 'settings', 'uniqueItems'],
      [{ settings: ['strand'] }, 'settings', 'oneOf'],
      [{ costAmountCents: 12.5 }, 'costAmountCents', 'integer'],
      [{ costAmountCents: 100_000_001 }, 'costAmountCents', 'max'],
      [{ sessionMinutes: 2 }, 'sessionMinutes', 'min'],
      [{ ageMin: -1 }, 'ageMin', 'min'],
      [{ trainingRequired: 'ja' }, 'trainingRequired', 'boolean'],
      [{ bogus: 1 }, 'bogus', 'whitelist'],
    ];
    for (const [change, field, rule] of refusals) {
      const refused = await saveFacts(cast.owner.auth, id, { version: 1, ...FACTS, ...change }).expect(400);
      const fields = refused.body.errors.map((error: { field: string }) => error.field);
      expect({ change, fields, rules: refused.body.errors.map((error: { rule?: string }) => error.rule) }).toMatchObject({ change, fields: [field] });
      expect({ change, rule: refused.body.errors[0].rule ?? 'none' }).toEqual({ change, rule: expect.stringMatching(rule === 'whitelist' ? /./ : new RegExp(rule, 'i')) });
    }

    // A save over newer facts is refused with the current facts; nothing is lost.
    const stale = await saveFacts(cast.owner.auth, id, { version: 0, ...FACTS, durationWeeks: 4 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'FACTS_CHANGED', currentVersion: 1, current: { facts: { durationWeeks: 26 } } });
    // Only the owner writes; someone not involved hears nothing of the application.
    expect((await saveFacts(cast.coach.auth, id, { version: 1, ...FACTS }).expect(403)).body.code).toBe('NOT_YOUR_TURN');
    await saveFacts(otherOwner.auth, id, { version: 1, ...FACTS }).expect(404);

    // A frozen version keeps the facts as they were; a later change does not touch it.
    await saveSection(t, cast.owner.auth, id, 'summary', 'Huisbezoeken door vrijwilligers.', 0).expect(200);
    const round = await werkbladStep(t, cast.owner.auth, id, 'request-feedback', { version });
    expect(round.changedSinceLastVersion).toBe(false);
    await saveFacts(cast.owner.auth, id, { version: 1, ...FACTS, durationWeeks: 30 }).expect(200);
    expect((await description(t, cast.owner.auth, id)).changedSinceLastVersion).toBe(true);
    const frozen = await request(t.server).get(`/applications/${id}/description/versions/1`).set(cast.coach.auth).expect(200);
    expect(frozen.body.facts).toMatchObject({ durationWeeks: 26, settings: ['home', 'community_centre'] });

    // Closed once the coach marks it ready.
    const returned = await werkbladStep(t, cast.coach.auth, id, 'return-feedback', { version: round.version });
    await werkbladStep(t, cast.coach.auth, id, 'mark-ready', { version: returned.version });
    expect((await saveFacts(cast.owner.auth, id, { version: 2, ...FACTS }).expect(409)).body.code).toBe('DESCRIPTION_NOT_EDITABLE');
  });

  it('publishes the facts into the listing, shows them "in het kort" and filters on setting, age group and maximum cost', async () => {
    const titles: Record<string, string> = {};
    for (const [name, facts] of [
      ['Huisbezoek Ouderen', FACTS],
      ['Schoolmaatje', { ...FACTS, settings: ['school'], ageMin: 8, ageMax: 12, costAmountCents: 0 }],
      ['Zonder Gegevens', null],
    ] as const) {
      const draft = await createDraft(t, cast.owner.auth, { name, summary: `${name}: een aanpak.` });
      const whileDescribing = facts ? async () => void (await saveFacts(cast.owner.auth, draft.id, { version: 0, ...facts }).expect(200)) : undefined;
      const { id } = await recognise(t, cast, draft.id, { whileDescribing });
      const published = await request(t.server).post(`/applications/${id}/publish`).set(cast.secretary.auth).send({ version: await applicationVersion(t, id) }).expect(200);
      titles[published.body.listing.slug] = name;
    }
    const slugOf = (name: string) => Object.keys(titles).find((slug) => titles[slug] === name)!;

    const detail = (await request(t.server).get(`/databank/interventions/${slugOf('Huisbezoek Ouderen')}`).expect(200)).body;
    expect(detail.facts).toEqual({ ...FACTS, ageBands: ['65+'] });
    expect((await request(t.server).get(`/databank/interventions/${slugOf('Zonder Gegevens')}`).expect(200)).body.facts).toBeNull();

    const search = async (query: Record<string, unknown>) =>
      ((await request(t.server).get('/databank/interventions').query(query).expect(200)).body.items as { slug: string }[]).map((item) => titles[item.slug]).sort();
    expect(await search({ setting: 'home' })).toEqual(['Huisbezoek Ouderen']);
    expect(await search({ ageGroup: '4-11' })).toEqual(['Schoolmaatje']);
    expect(await search({ ageGroup: '12-17' })).toEqual(['Schoolmaatje']);
    expect(await search({ maxCost: 450 })).toEqual(['Huisbezoek Ouderen', 'Schoolmaatje']);
    expect(await search({ maxCost: 449 })).toEqual(['Schoolmaatje']);
    expect(await search({ maxCost: 0, q: 'schoolmaatje' })).toEqual(['Schoolmaatje']);
    expect(await search({ maxCost: 1000, costBasis: 'per_year' })).toEqual([]);

    // The public page: the block, and the GET form's filters with their own messages.
    const page = await request(t.server).get(`/interventies/${slugOf('Huisbezoek Ouderen')}`).expect(200);
    expect(page.text).toContain('<h2 id="at-a-glance-heading">In het kort</h2>');
    for (const text of ['vanaf 65 jaar', 'Thuis, Buurthuis of wijkcentrum', '26 weken, 10 bijeenkomsten van 60 minuten', 'Tweedaagse basistraining — Training verplicht'])
      expect({ text, shown: page.text.includes(text) }).toEqual({ text, shown: true });
    // Intl writes a no-break space between the sign and the amount.
    expect(page.text).toMatch(/€\s450 per deelnemer/);
    const english = await request(t.server).get(`/interventies/${slugOf('Huisbezoek Ouderen')}?lang=en`).expect(200);
    expect(english.text).toContain('At a glance');
    expect(english.text).toContain('€450 per participant');
    expect((await request(t.server).get(`/interventies/${slugOf('Zonder Gegevens')}`).expect(200)).text).not.toContain('at-a-glance-heading');

    const filtered = await request(t.server).get('/interventies').query({ setting: 'school', leeftijd: '4-11', maxkosten: '10' }).expect(200);
    expect(filtered.text).toContain('Schoolmaatje');
    expect(filtered.text).not.toContain('Huisbezoek Ouderen');
    expect(filtered.text).toMatch(/<option value="school" selected>/);
    const bad = await request(t.server).get('/interventies').query({ maxkosten: 'veel', setting: 'strand' }).expect(400);
    expect(bad.text).toContain('De hoogste kosten moeten een heel bedrag in euro zijn');
    expect(bad.text).toContain('<a href="#search-setting">Kies een setting uit de lijst.</a>');
    await request(t.server).get('/interventies').query({ leeftijd: ['4-11', '65+'] }).expect(400);
  });

  it('gives the same age bands in SQL as in the code', async () => {
    for (const [min, max] of [[null, null], [0, 0], [3, 4], [11, 12], [17, 18], [26, 27], [64, 65], [65, null], [null, 10], [120, 120], [30, 30]] as const) {
      const [{ facets }]: { facets: string }[] = await t.dataSource.query(`SELECT listing_fact_facets($1::jsonb)::text AS facets`, [JSON.stringify({ ageMin: min, ageMax: max })]);
      const fromSql = [...facets.matchAll(/'age:([^']+)'/g)].map((match) => match[1]).sort();
      expect({ min, max, bands: fromSql }).toEqual({ min, max, bands: ageBandsOf(min, max).sort() });
    }
    // Cents are shown as two digits or none, never one.
    expect([formatEuros('nl-NL', 45050), formatEuros('nl-NL', 45000), formatEuros('en-GB', 45005)].map((text) => text.replace(/\s/g, ' '))).toEqual(['€ 450,50', '€ 450', '€450.05']);
    expect(AGE_BANDS.map((band) => band.code)).toEqual(['0-3', '4-11', '12-17', '18-26', '27-64', '65+']);
  });
});
