import { readFileSync } from 'node:fs';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, TEST_PASSWORD } from '../support/users.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

const LISTINGS = readFileSync(new URL('../../docs/import/listings.example.csv', import.meta.url));
const CASES = readFileSync(new URL('../../docs/import/cases.example.csv', import.meta.url));

const BROKEN_LISTINGS = [
  'slug;name;level;decision_date;valid_until;themes;summary;organisation;contact_name;contact_email',
  'goed-voorbeeld;Goed voorbeeld;I;2024-05-01;;eenzaamheid;Een samenvatting.;Stichting A;Ann;ann@example.nl',
  'Fout Slug;;VI;2024-13-01;;onbekend-thema;Tekst;Stichting B;Bob;geen-adres',
  'ander-voorbeeld;Ander voorbeeld;goed_beschreven;2024-05-01;2026-02-01;;Tekst;Stichting C;Cor;cor@example.nl',
  'goed-voorbeeld;Nog eens;goed_beschreven;2015-01-01;;;Tekst;Stichting D;Dirk;dirk@example.nl',
].join('\n');

describe('import of the previous databank: listings and cases in flight', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let committeeId: string;

  const upload = (kind: string, file: Buffer | string, options: { dryRun?: boolean; as?: TestUser; committee?: string } = {}) =>
    request(t.server)
      .post(`/admin/import/${kind}${options.dryRun ? '/dry-run' : ''}`)
      .set((options.as ?? admin).auth)
      .field('committeeId', options.committee ?? committeeId)
      .attach('file', Buffer.from(file), { filename: `${kind}.csv`, contentType: 'text/csv' });
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris' });
    coach = await createUser(t, ['coach'], { name: 'Corrie Coach' });
    const chair = await createUser(t, ['chair'], { name: 'Chris Voorzitter' });
    const committee = await request(t.server)
      .post('/committees')
      .set(admin.auth)
      .send({ name: 'Maatschappelijke ondersteuning', databank: 'Databank Effectieve sociale interventies', chairId: chair.user.id, memberIds: [] })
      .expect(201);
    committeeId = committee.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is for admins only, names the kinds it knows and needs a file and an active committee', async () => {
    await upload('listings', LISTINGS, { dryRun: true, as: secretary }).expect(403);
    const kind = await upload('people', LISTINGS, { dryRun: true }).expect(400);
    expect(kind.body.errors[0]).toMatchObject({ field: 'kind', rule: 'oneOf', values: ['listings', 'cases'] });
    const noFile = await request(t.server).post('/admin/import/listings/dry-run').set(admin.auth).field('committeeId', committeeId).expect(400);
    expect(noFile.body.errors[0]).toMatchObject({ field: 'file', rule: 'required' });
    const unknown = await upload('listings', LISTINGS, { dryRun: true, committee: '5b1e8f0c-1d2a-4c3b-9e8f-7a6b5c4d3e2f' }).expect(400);
    expect(unknown.body.errors[0].field).toBe('committeeId');
  });

  it('reports every broken row by row number, column and rule in Dutch and English, and the real run imports nothing', async () => {
    const report = (await upload('listings', BROKEN_LISTINGS, { dryRun: true }).expect(200)).body;
    expect(report).toMatchObject({ dryRun: true, valid: false, counts: { rows: 4, create: 1, invalid: 3 } });
    const where = report.problems.map((p: { row: number; column: string; rule: string }) => `${p.row} ${p.column} ${p.rule}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '3 slug pattern',
        '3 name required',
        '3 level oneOf',
        '3 decision_date date',
        '3 themes unknownTheme',
        '3 contact_email email',
        '4 valid_until wholeYearsAfterDecision',
        '5 slug duplicateKey',
        '5 decision_date alreadyExpired',
      ]),
    );
    const theme = report.problems.find((p: { rule: string }) => p.rule === 'unknownTheme');
    expect(theme.message).toEqual({ nl: 'Onbekend thema: onbekend-thema.', en: 'Unknown theme: onbekend-thema.' });

    const refused = await upload('listings', BROKEN_LISTINGS).expect(400);
    expect(refused.body.code).toBe('IMPORT_FILE_INVALID');
    expect(refused.body.report.problems.length).toBe(report.problems.length);
    expect(await count('listings')).toBe(0);
    expect(await count('applications')).toBe(0);

    const header = await upload('cases', 'reference;title;colour\nERK-1;x;y', { dryRun: true }).expect(200);
    expect(header.body.problems.map((p: { row: number; column: string; rule: string }) => `${p.row} ${p.column} ${p.rule}`)).toEqual(
      expect.arrayContaining(['1 colour unknownColumn', '1 owner_email missingColumn', '1 phase missingColumn']),
    );
  });

  it('imports the example listings so that the public search, the detail and the open data find them', async () => {
    const dry = (await upload('listings', LISTINGS, { dryRun: true }).expect(200)).body;
    expect(dry).toMatchObject({ valid: true, counts: { rows: 3, create: 3 }, problems: [] });
    expect(await count('listings')).toBe(0);

    const done = (await upload('listings', LISTINGS).expect(200)).body;
    expect(done).toMatchObject({ dryRun: false, valid: true, counts: { create: 3 }, committee: { id: committeeId } });

    const found = (await request(t.server).get('/databank/interventions').query({ q: 'buurtcirkel' }).expect(200)).body;
    expect(found.items.map((item: { slug: string }) => item.slug)).toEqual(['buurtcirkel-voorbeeld']);
    const byTheme = (await request(t.server).get('/databank/interventions').query({ theme: 'schulden' }).expect(200)).body;
    expect(byTheme.items.map((item: { slug: string }) => item.slug)).toEqual(['schuldhulp-maatje-voorbeeld']);

    const detail = (await request(t.server).get('/databank/interventions/schuldhulp-maatje-voorbeeld').expect(200)).body;
    expect(detail).toMatchObject({
      title: 'Schuldhulpmaatje Voorbeeld',
      level: 'effectief_eerste',
      decisionDate: '2023-09-28',
      themes: ['schulden', 'armoede'],
      activeElements: 'Vertrouwensrelatie; praktische hulp; samenwerking met de gemeente.',
      research: 'Voor- en nameting bij 240 deelnemers (2022).',
      contact: { name: 'Jan de Vries', email: 'contact@geldmaatjes.example.nl', organisation: 'Vereniging Geldmaatjes' },
    });
    expect(detail.recognisedUntil.slice(0, 10)).toBe('2028-09-28');
    const taalcafe = (await request(t.server).get('/databank/interventions/taalcafe-voorbeeld').expect(200)).body;
    expect(taalcafe.recognisedUntil.slice(0, 10)).toBe('2028-01-20');

    const csv = (await request(t.server).get('/api/open/v1/export/interventions.csv').expect(200)).text;
    expect(csv).toContain('Buurtcirkel Voorbeeld');

    const [application] = await t.dataSource.query(`SELECT id, state FROM applications WHERE name = 'Buurtcirkel Voorbeeld'`);
    expect(application.state).toBe('published.listed');
    const history = await t.dataSource.query(`SELECT event_type, actor_kind, to_state FROM audit_events WHERE application_id = $1`, [application.id]);
    expect(history).toEqual([{ event_type: 'IMPORTED', actor_kind: 'system', to_state: 'published.listed' }]);
    expect(await count('outbox')).toBe(0);

    // The secretary sees it as any published case, and may refresh or (later) expire it through the track.
    const view = (await request(t.server).get(`/applications/${application.id}`).set(secretary.auth).expect(200)).body;
    expect(view).toMatchObject({ state: 'published.listed' });
    expect(view.allowedActions).toContain('UPDATE_LISTING');
    await request(t.server).get(`/applications/${application.id}/timeline`).set(secretary.auth).expect(200);
    await request(t.server).get(`/applications/${application.id}/dossier`).set(secretary.auth).expect(200);
    const listed = (await request(t.server).get('/databank/interventions/buurtcirkel-voorbeeld').expect(200)).body;
    await request(t.server).post(`/applications/${application.id}/listing/update`).set(secretary.auth).send({ version: view.version }).expect(200);
    const refreshed = (await request(t.server).get('/databank/interventions/buurtcirkel-voorbeeld').expect(200)).body;
    expect({ ...refreshed, updatedAt: listed.updatedAt }).toEqual(listed);
  });

  it('changes nothing when the same file runs again, and updates only the changed row', async () => {
    const before = await t.dataSource.query(`SELECT slug, updated_at FROM listings ORDER BY slug`);
    const audit = await count('audit_events');
    const again = (await upload('listings', LISTINGS).expect(200)).body;
    expect(again.counts).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, invalid: 0 });
    expect(await t.dataSource.query(`SELECT slug, updated_at FROM listings ORDER BY slug`)).toEqual(before);
    expect(await count('audit_events')).toBe(audit);

    const changed = LISTINGS.toString().replace('Wekelijkse gesprekstafels', 'Twee keer per week gesprekstafels');
    const rerun = (await upload('listings', changed).expect(200)).body;
    expect(rerun.counts).toMatchObject({ update: 1, unchanged: 2 });
    expect(rerun.rows.find((row: { action: string }) => row.action === 'update')).toEqual({ row: 4, key: 'taalcafe-voorbeeld', action: 'update' });
    const detail = (await request(t.server).get('/databank/interventions/taalcafe-voorbeeld').expect(200)).body;
    expect(detail.approach).toBe('Twee keer per week gesprekstafels rond een alledaags thema.');
    expect(await count('listings')).toBe(3);
  });

  it('imports cases in flight into their phase, without mail, and they continue from there', async () => {
    const withCoach = CASES.toString().replace('2025-06-11;2025-07-03;;;', `2025-06-11;2025-07-03;;${coach.user.email};`);
    const outboxBefore = await count('outbox');
    const done = (await upload('cases', withCoach).expect(200)).body;
    expect(done.counts).toMatchObject({ rows: 4, create: 4 });
    const rows = await t.dataSource.query(`SELECT id, reference, state, state_detail, coach_id, version FROM applications WHERE reference LIKE 'ERK-2025-%' ORDER BY reference`);
    expect(rows.map((row: { reference: string; state: string }) => [row.reference, row.state])).toEqual([
      ['ERK-2025-0051', 'panelComposition'],
      ['ERK-2025-0064', 'submittedForAssessment'],
      ['ERK-2025-0087', 'description'],
      ['ERK-2025-0101', 'intake'],
    ]);
    expect(rows[2]).toMatchObject({ coach_id: coach.user.id, state_detail: { werkblad: 'drafting', documents: 'incomplete' } });
    expect(await count('outbox')).toBe(outboxBefore);
    expect(await t.dataSource.query(`SELECT email FROM application_owner_invitations WHERE application_id = $1`, [rows[3].id])).toEqual([
      { email: 'p.bakker@mantelzorg.example.nl' },
    ]);

    // The secretary admits the imported intake case as any other.
    const intake = rows[3];
    const view = (await request(t.server).get(`/applications/${intake.id}`).set(secretary.auth).expect(200)).body;
    expect(view.allowedActions).toContain('ADMIT');
    const admitted = await request(t.server)
      .post(`/applications/${intake.id}/admit`)
      .set(secretary.auth)
      .send({ version: intake.version, coachId: coach.user.id, reason: 'Toegelaten na het intakegesprek in het oude systeem.' })
      .expect(200);
    expect(admitted.body.state).toBe('description');

    // The invited owner registers with the address and organisation of the file and finds the case.
    const registered = await request(t.server)
      .post('/auth/register')
      .send({ email: 'p.bakker@mantelzorg.example.nl', name: 'Pieter Bakker', organisation: 'Mantelzorg Voorbeeld', password: TEST_PASSWORD })
      .expect(201);
    const cookie = { Cookie: (registered.headers['set-cookie'] as unknown as string[])[0].split(';')[0] };
    // Their list claims the invitation, as for any co-owner invited before they had an account.
    const list = (await request(t.server).get('/applications').set(cookie).expect(200)).body;
    expect(list.map((item: { reference: string }) => item.reference)).toEqual(['ERK-2025-0101']);

    // The admitted case has moved on in the system: a changed row for it is refused, an unchanged file is left alone.
    expect((await upload('cases', withCoach).expect(200)).body.counts).toMatchObject({ unchanged: 4 });
    const changed = withCoach.replace('Mantelzorgcafé Voorbeeld', 'Mantelzorgcafé Nieuw');
    const refused = (await upload('cases', changed, { dryRun: true }).expect(200)).body;
    expect(refused.problems).toEqual([expect.objectContaining({ row: 2, column: 'reference', rule: 'changedSinceImport' })]);
  });
});
