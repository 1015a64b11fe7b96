import request from 'supertest';
import { NATIONAL_PROCEDURE_SETTINGS, type ProcedureSettings } from '../../src/committee-settings/procedure-settings.js';
import { DeadlineTransitions } from '../../src/deadlines/deadline-transitions.js';
import { DeadlinesService } from '../../src/deadlines/deadlines.service.js';
import { addMonths } from '../../src/track/track.machine.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { pdfText } from '../committee/support/committee-fixtures.js';
import { decidedCase } from './support/decided-case.js';
import { settingsCast, type TestUser } from './settings-cast.js';


const DAY_MS = 86_400_000;

/**
 * The settings of docs/decisions/0033, each through the API with the behaviour it changes:
 * published niet-erkend verdicts, the re-assessment notice, the committee's own level names, and
 * each committee's databank beside the national search.
 */
describe('committee settings for the public side: negative verdicts, re-assessment notice, level names, databank per partner', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let movisie: { id: string; databankSlug: string };
  let nji: { id: string; databankSlug: string };

  const settingsPath = (committeeId: string) => `/committees/${committeeId}/settings`;
  const settingsOf = async (committeeId: string) => (await request(t.server).get(settingsPath(committeeId)).set(admin.auth).expect(200)).body;
  const save = (committeeId: string, basedOnVersion: number, settings: ProcedureSettings) =>
    request(t.server).put(settingsPath(committeeId)).set(admin.auth).send({ basedOnVersion, settings });
  const committee = async (name: string, databank: string) =>
    (await request(t.server).post('/committees').set(admin.auth).send({ name, databank, chairId: chair.user.id, memberIds: [] }).expect(201)).body;

  const decided = (committeeId: string, at: Date, decision: Parameters<typeof decidedCase>[4], name?: string) =>
    decidedCase(t, { owner, secretary, coach, chair, reviewers }, committeeId, at, decision, name);

  async function published(committeeId: string, name: string) {
    const id = await decided(committeeId, new Date(), { verdict: 'recognised', level: 'goed_beschreven' }, name);
    const [{ version }]: { version: number }[] = await t.dataSource.query(`SELECT version FROM applications WHERE id = $1`, [id]);
    await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version }).expect(200);
    const listing = (await request(t.server).get(`/applications/${id}/decisions`).set(owner.auth).expect(200)).body.listing;
    return { id, slug: listing.slug as string };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    ({ admin, secretary, owner, coach, chair, reviewers } = await settingsCast(t, (n) => `Referent Achternaam${n}`));
    movisie = await committee('Maatschappelijke ondersteuning, participatie en veiligheid', 'Databank Effectieve sociale interventies');
    nji = await committee('Jeugd', 'Databank Effectieve jeugdinterventies');
  });
  afterAll(() => t?.close());

  it('gives every committee a databank path and the national values of the new settings; refuses a notice out of range', async () => {
    expect(movisie.databankSlug).toBe('effectieve-sociale-interventies');
    expect(nji.databankSlug).toBe('effectieve-jeugdinterventies');
    const view = await settingsOf(nji.id);
    expect(view.settings).toMatchObject({ publishNegativeVerdicts: false, reassessmentNoticeMonths: 6 });
    const refused = await save(nji.id, view.version, { ...view.settings, reassessmentNoticeMonths: 0, publishNegativeVerdicts: 'ja' }).expect(400);
    expect(refused.body.errors.map(({ field, rule }: { field: string; rule: string }) => ({ field, rule }))).toEqual(
      expect.arrayContaining([
        { field: 'settings.reassessmentNoticeMonths', rule: 'min' },
        { field: 'settings.publishNegativeVerdicts', rule: 'boolean' },
      ]),
    );
    const changed = { ...view.settings, publishNegativeVerdicts: true, objectionWindowDays: 14, reassessmentNoticeMonths: 3 };
    const previewed = (await request(t.server).post(`${settingsPath(nji.id)}/preview`).set(admin.auth).send({ basedOnVersion: view.version, settings: changed }).expect(200)).body;
    expect(previewed.changes).toEqual(
      expect.arrayContaining([
        { setting: 'publishNegativeVerdicts', from: false, to: true },
        { setting: 'reassessmentNoticeMonths', from: 6, to: 3 },
      ]),
    );
    expect((await save(nji.id, view.version, changed).expect(200)).body.settings).toMatchObject({ publishNegativeVerdicts: true, reassessmentNoticeMonths: 3 });
  });

  it('a final niet-erkend verdict is public with its reason and date where the settings say so; within the objection window, or elsewhere, nothing', async () => {
    const reason = 'De beschrijving maakt niet duidelijk hoe de aanpak bij de doelgroep aansluit.';
    const longAgo = new Date(Date.now() - 20 * DAY_MS);
    const final = await decided(nji.id, longAgo, { verdict: 'not_recognised', motivation: reason }, 'Sterk in de klas');
    await decided(nji.id, new Date(), { verdict: 'not_recognised', motivation: 'Nog binnen de bezwaartermijn.' }, 'Nog niet openbaar');
    await decided(movisie.id, longAgo, { verdict: 'not_recognised', motivation: 'Movisie houdt dit besloten.' }, 'Besloten oordeel');

    const shown = (await request(t.server).get(`/databank/databanks/${nji.databankSlug}/verdicts`).expect(200)).body;
    const decisionDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(longAgo);
    expect(shown).toEqual([
      { id: final, title: 'Sterk in de klas', organisation: expect.any(String), verdict: 'not_recognised', verdictLabel: 'Niet erkend', reason, decisionDate },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/Achternaam|Beoordelaar|@/);
    expect((await request(t.server).get(`/databank/databanks/${movisie.databankSlug}/verdicts`).expect(200)).body).toEqual([]);
    await request(t.server).get('/databank/databanks/bestaat-niet/verdicts').expect(404);

    // The owner reads in the letter that the verdict will be public, and what of it.
    const letter = pdfText((await request(t.server).get(`/applications/${final}/decision-letter`).set(owner.auth).buffer(true).expect(200)).body);
    expect(letter).toContain("maakt oordelen 'niet erkend' openbaar");

    // A case keeps the version it started under: turning the setting off leaves this verdict public.
    const view = await settingsOf(nji.id);
    await save(nji.id, view.version, { ...view.settings, publishNegativeVerdicts: false }).expect(200);
    expect((await request(t.server).get(`/databank/databanks/${nji.databankSlug}/verdicts`).expect(200)).body.map((v: { id: string }) => v.id)).toEqual([final]);
    expect((await request(t.server).get('/databank/databanks').expect(200)).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: nji.databankSlug, name: 'Databank Effectieve jeugdinterventies', publishesNegativeVerdicts: false })]),
    );
    await save(nji.id, view.version + 1, view.settings).expect(200);
  });

  it("the re-assessment notice comes the committee's months before the recognition ends", async () => {
    const noticeOf = async (committeeId: string, name: string) => {
      const { id } = await published(committeeId, name);
      await new DeadlineTransitions(t.dataSource, t.app.get(DeadlinesService)).sync(id);
      const [row]: { availableAt: Date; dueAt: Date }[] = await t.dataSource.query(
        `SELECT o.available_at AS "availableAt", d.due_at AS "dueAt" FROM outbox o JOIN deadlines d ON d.id::text = o.payload->>'deadlineId'
          WHERE d.application_id = $1 AND d.kind = 'recognition_expiry' AND o.payload->>'stage' = 'reassessment-due'`,
        [id],
      );
      return { at: new Date(row.availableAt).toISOString(), due: new Date(row.dueAt).toISOString() };
    };
    const njiNotice = await noticeOf(nji.id, 'Drie maanden vooraf');
    expect(njiNotice.at).toBe(addMonths(njiNotice.due, -3));
    const movisieNotice = await noticeOf(movisie.id, 'Zes maanden vooraf');
    expect(movisieNotice.at).toBe(addMonths(movisieNotice.due, -6));
  });

  it("the committee's own level names reach the listing, and each databank lists its own beside the national search", async () => {
    const view = await settingsOf(nji.id);
    const levels = view.settings.levels.map((offered: { level: string }) =>
      offered.level === 'goed_beschreven' ? { ...offered, labelNl: 'Goed beschreven (jeugd)', labelEn: 'Well described (youth)', validityYears: 3 } : offered,
    );
    await save(nji.id, view.version, { ...view.settings, levels }).expect(200);
    const youth = await published(nji.id, 'Jeugdmaatje');
    const social = await published(movisie.id, 'Buurtmaatje');

    const letter = pdfText((await request(t.server).get(`/applications/${youth.id}/decision-letter`).set(owner.auth).buffer(true).expect(200)).body);
    expect(letter).toContain('op het niveau Goed beschreven (jeugd)');
    const detail = (await request(t.server).get(`/databank/interventions/${youth.slug}`).expect(200)).body;
    expect(detail).toMatchObject({ levelLabel: 'Goed beschreven (jeugd)', levelLabelEn: 'Well described (youth)', databank: nji.databankSlug, databankName: 'Databank Effectieve jeugdinterventies' });
    expect((await request(t.server).get(`/databank/interventions/${social.slug}`).expect(200)).body).toMatchObject({ levelLabel: 'Goed beschreven', databank: movisie.databankSlug });

    const titles = async (query: string) => (await request(t.server).get(`/databank/interventions?pageSize=100${query}`).expect(200)).body.items.map((item: { title: string }) => item.title);
    expect(await titles('')).toEqual(expect.arrayContaining(['Jeugdmaatje', 'Buurtmaatje']));
    expect(await titles(`&databank=${nji.databankSlug}`)).toEqual(['Drie maanden vooraf', 'Jeugdmaatje']);
    expect(await titles(`&databank=${movisie.databankSlug}`)).toEqual(['Buurtmaatje', 'Zes maanden vooraf']);
    await request(t.server).get('/databank/interventions?databank=Geen%20Slug').expect(400);

    // Each databank's own page is in the sitemap; a page for an unknown one is the site's 404.
    const sitemap = (await request(t.server).get('/sitemap.xml').expect(200)).text;
    expect(sitemap).toContain(`/databanken/${nji.databankSlug}/interventies</loc>`);
    expect(sitemap).toContain(`/databanken/${movisie.databankSlug}/interventies</loc>`);
    const page = (await request(t.server).get(`/databanken/${nji.databankSlug}/interventies`).expect(200)).text;
    expect(page).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/databanken/${nji.databankSlug}/interventies"`));
    expect(page).toContain('Jeugdmaatje');
    expect(page).not.toContain('Buurtmaatje');
    expect(page).toContain('Goed beschreven (jeugd)');
    await request(t.server).get('/databanken/bestaat-niet/interventies').expect(404);
  });
});
