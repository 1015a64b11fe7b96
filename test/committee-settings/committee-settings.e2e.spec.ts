import request from 'supertest';
import { NATIONAL_PROCEDURE_SETTINGS, type ProcedureSettings } from '../../src/committee-settings/procedure-settings.js';
import { DecisionsService } from '../../src/decisions/decisions.service.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { asAuthUser } from '../support/track-driver.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import { settingsCast, type TestUser } from './settings-cast.js';


const DAY_MS = 86_400_000;

describe('procedure settings per committee: versioned, previewed, and followed by the cases started under them', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let movisie: string;
  let rivm: string;

  const path = (committeeId: string) => `/committees/${committeeId}/settings`;
  const settingsOf = async (committeeId: string) => (await request(t.server).get(path(committeeId)).set(admin.auth).expect(200)).body;
  const save = (committeeId: string, basedOnVersion: number, settings: ProcedureSettings) =>
    request(t.server).put(path(committeeId)).set(admin.auth).send({ basedOnVersion, settings });
  const preview = (committeeId: string, basedOnVersion: number, settings: ProcedureSettings) =>
    request(t.server).post(`${path(committeeId)}/preview`).set(admin.auth).send({ basedOnVersion, settings });
  const viewOf = async (id: string) => (await request(t.server).get(`/applications/${id}`).set(owner.auth).expect(200)).body;
  const withValidity = (settings: ProcedureSettings, level: string, validityYears: number): ProcedureSettings => ({
    ...settings,
    levels: settings.levels.map((offered) => (offered.level === level ? { ...offered, validityYears } : offered)),
  });

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    ({ admin, secretary, owner, coach, chair, reviewers } = await settingsCast(t));
    movisie = await createCommittee(t, admin, chair, [], 'Maatschappelijke ondersteuning, participatie en veiligheid');
    rivm = await createCommittee(t, admin, chair, [], 'Gezondheidsbevordering');
  });
  afterAll(() => t?.close());

  it('gives a new committee version 1, the national procedure; the admin edits, the secretariat reads, others are refused', async () => {
    const view = await settingsOf(movisie);
    expect(view).toMatchObject({ committeeId: movisie, version: 1, settings: NATIONAL_PROCEDURE_SETTINGS });
    expect(view.versions).toEqual([expect.objectContaining({ version: 1, createdBy: { id: admin.user.id, name: admin.user.name }, runningCases: 0 })]);
    await request(t.server).get(path(movisie)).set(secretary.auth).expect(200);
    await request(t.server).get(path(movisie)).set(owner.auth).expect(403);
    await request(t.server).put(path(movisie)).set(secretary.auth).send({ basedOnVersion: 1, settings: NATIONAL_PROCEDURE_SETTINGS }).expect(403);
    await request(t.server).post(`${path(movisie)}/preview`).set(secretary.auth).send({ basedOnVersion: 1, settings: NATIONAL_PROCEDURE_SETTINGS }).expect(403);
    await request(t.server).get(path('00000000-0000-4000-8000-000000000000')).set(admin.auth).expect(404);
  });

  it('refuses bad settings with 400 naming the field and rule, and saves nothing', async () => {
    const refused = async (settings: unknown) =>
      ((await request(t.server).put(path(rivm)).set(admin.auth).send({ basedOnVersion: 1, settings }).expect(400)).body.errors as { field: string; rule: string }[]).map(
        ({ field, rule }) => ({ field, rule }),
      );
    expect(await refused(withValidity(NATIONAL_PROCEDURE_SETTINGS, 'goed_beschreven', 0))).toEqual([{ field: 'settings.levels.0.validityYears', rule: 'min' }]);
    expect(await refused({ ...NATIONAL_PROCEDURE_SETTINGS, objectionWindowDays: 3 })).toEqual([{ field: 'settings.objectionWindowDays', rule: 'min' }]);
    expect(await refused({ ...NATIONAL_PROCEDURE_SETTINGS, levels: [] })).toEqual([{ field: 'settings.levels', rule: 'minItems' }]);
    expect(await refused({ ...NATIONAL_PROCEDURE_SETTINGS, levels: [NATIONAL_PROCEDURE_SETTINGS.levels[0], NATIONAL_PROCEDURE_SETTINGS.levels[0]] })).toEqual([
      { field: 'settings.levels', rule: 'uniqueItems' },
    ]);
    expect(await refused({ ...NATIONAL_PROCEDURE_SETTINGS, openToApplications: false, closedMessageNl: ' ', closedMessageEn: 'Closed.' })).toEqual([
      { field: 'settings.closedMessageNl', rule: 'required' },
    ]);
    expect((await settingsOf(rivm)).version).toBe(1);
  });

  it('a changed validity applies to new applications only: running cases keep their version, and their history says which', async () => {
    const running = await createDraft(t, owner.auth, { name: 'Loopt al', committeeId: rivm, targetLevel: 'goed_beschreven' });
    expect(running).toMatchObject({ committeeId: rivm, settingsVersion: 1, procedure: { validityYears: { goed_beschreven: 5 } } });

    const threeYears = withValidity(NATIONAL_PROCEDURE_SETTINGS, 'goed_beschreven', 3);
    const previewed = (await preview(rivm, 1, threeYears).expect(200)).body;
    expect(previewed).toMatchObject({
      currentVersion: 1,
      nextVersion: 2,
      stale: false,
      changes: [{ setting: 'levels.goed_beschreven', from: { validityYears: 5 }, to: { validityYears: 3 } }],
      unaffected: { total: 1, cases: [{ id: running.id, settingsVersion: 1, state: 'draft' }] },
      brokenCases: [],
    });
    expect((await settingsOf(rivm)).version).toBe(1);

    const saved = (await save(rivm, 1, threeYears).expect(200)).body;
    expect(saved).toMatchObject({ version: 2, settings: { levels: expect.arrayContaining([expect.objectContaining({ level: 'goed_beschreven', validityYears: 3 })]) } });
    expect(saved.versions[0]).toMatchObject({ version: 2, changes: [{ setting: 'levels.goed_beschreven' }], runningCases: 0 });
    expect(saved.versions[1]).toMatchObject({ version: 1, runningCases: 1 });

    const later = await createDraft(t, owner.auth, { name: 'Komt later', committeeId: rivm, targetLevel: 'goed_beschreven' });
    expect(later).toMatchObject({ settingsVersion: 2, procedure: { validityYears: { goed_beschreven: 3 } } });
    expect(await viewOf(running.id)).toMatchObject({ settingsVersion: 1, procedure: { validityYears: { goed_beschreven: 5 } } });
    const history = (await request(t.server).get(`/applications/${later.id}/timeline`).set(owner.auth).expect(200)).body;
    expect(history.find((line: { eventType: string }) => line.eventType === 'CREATED').payload).toEqual({
      committeeId: rivm,
      committeeName: 'Gezondheidsbevordering',
      settingsVersion: 2,
    });
  });

  it('refuses a save edited from an older version (409) and an unchanged save makes no new version', async () => {
    const stale = await save(rivm, 1, NATIONAL_PROCEDURE_SETTINGS).expect(409);
    expect(stale.body).toMatchObject({ code: 'SETTINGS_VERSION_STALE', currentVersion: 2 });
    const current = await settingsOf(rivm);
    expect((await save(rivm, 2, current.settings).expect(200)).body.version).toBe(2);
  });

  it('refuses to remove a level a running case targets (409, naming the case); an unused level goes, and is then refused to new applications', async () => {
    const current = await settingsOf(rivm);
    const withoutGoedBeschreven = { ...current.settings, levels: current.settings.levels.filter((l: { level: string }) => l.level !== 'goed_beschreven') };
    const previewed = (await preview(rivm, 2, withoutGoedBeschreven).expect(200)).body;
    expect(previewed.brokenCases.map((c: { name: string; uses: string }) => [c.name, c.uses])).toEqual([
      ['Loopt al', 'targets'],
      ['Komt later', 'targets'],
    ]);
    const refused = await save(rivm, 2, withoutGoedBeschreven).expect(409);
    expect(refused.body).toMatchObject({ code: 'SETTINGS_BREAK_CASES', cases: [expect.objectContaining({ level: 'goed_beschreven' }), expect.anything()] });
    expect((await settingsOf(rivm)).version).toBe(2);

    const withoutSterke = { ...current.settings, levels: current.settings.levels.filter((l: { level: string }) => l.level !== 'effectief_sterke') };
    expect((await save(rivm, 2, withoutSterke).expect(200)).body.version).toBe(3);
    const offered = await request(t.server).post('/applications').set(owner.auth).send({ name: 'Te hoog', committeeId: rivm, targetLevel: 'effectief_sterke' }).expect(400);
    expect(offered.body.errors).toEqual([expect.objectContaining({ field: 'targetLevel', rule: 'oneOf' })]);
  });

  it('a closed databank refuses new applications with its own message, which owners see beforehand', async () => {
    const current = await settingsOf(movisie);
    const closed = { ...current.settings, openToApplications: false, closedMessageNl: 'Tot 1 maart nemen wij geen aanmeldingen aan.', closedMessageEn: 'We take no applications until 1 March.' };
    await save(movisie, current.version, closed).expect(200);
    const procedures = (await request(t.server).get('/procedures').set(owner.auth).expect(200)).body;
    expect(procedures).toEqual([
      expect.objectContaining({ id: movisie, openToApplications: false, closedMessageNl: closed.closedMessageNl, closedMessageEn: closed.closedMessageEn }),
      expect.objectContaining({ id: rivm, openToApplications: true, closedMessageNl: null, levels: expect.arrayContaining([expect.objectContaining({ level: 'goed_beschreven', code: '0', validityYears: 3 })]) }),
    ]);
    const refused = await request(t.server).post('/applications').set(owner.auth).send({ name: 'Te laat', committeeId: movisie, targetLevel: 'goed_beschreven' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'DATABANK_CLOSED', closedMessageNl: closed.closedMessageNl, message: expect.stringContaining('Tot 1 maart') });
    // Left out, the committee is the oldest active one: the same refusal.
    await request(t.server).post('/applications').set(owner.auth).send({ name: 'Te laat', targetLevel: 'goed_beschreven' }).expect(409);
    await save(movisie, current.version + 1, current.settings).expect(200);
    await createDraft(t, owner.auth, { name: 'Weer open', committeeId: movisie });
  });

  it("the objection window and the conditions period of a case are its committee's", async () => {
    const current = await settingsOf(rivm);
    await save(rivm, current.version, { ...current.settings, objectionWindowDays: 14, conditionsPeriodMonths: 3 }).expect(200);
    const meetingId = await planMeeting(t, secretary, rivm);
    const seats: PanelSeatFixture[] = reviewers.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven' }));
    const decidedAt = async (at: Date, verdict: 'recognised' | 'conditionally_recognised', extra: Record<string, unknown> = {}) => {
      const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { committeeId: rivm } });
      const version = await placeOnAgenda(t, secretary, meetingId, id);
      await startMeeting(t, meetingId, new Date(at.getTime() - 60_000));
      const decisions = t.app.get(DecisionsService);
      await decisions.record(asAuthUser(chair.user), id, { version, verdict, level: 'goed_beschreven', ...extra }, at);
      await decisions.sendLetter(asAuthUser(secretary.user), id, { version: version + 1 }, at);
      return id;
    };
    // Fifteen days after the letter: within the national six weeks, past this committee's two.
    const late = await decidedAt(new Date(Date.now() - 15 * DAY_MS), 'recognised');
    const refused = await request(t.server).post(`/applications/${late}/objection`).set(owner.auth).send({ grounds: 'Wij zijn het er niet mee eens.' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'OBJECTION_PERIOD_ENDED', message: expect.stringContaining('bezwaartermijn van twee weken') });

    // Conditions: at most three months, and three by default.
    await startMeeting(t, meetingId);
    const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { committeeId: rivm } });
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    const fourMonths = new Date(Date.now() + 122 * DAY_MS).toISOString();
    const tooLong = await request(t.server)
      .post(`/applications/${id}/decision`)
      .set(chair.auth)
      .send({ version, verdict: 'conditionally_recognised', level: 'goed_beschreven', conditions: 'Voeg de kosten toe.', conditionsDeadline: fourMonths })
      .expect(400);
    expect(tooLong.body.rules).toEqual([expect.objectContaining({ code: 'CONDITIONS_DEADLINE_INVALID', message: expect.stringContaining('at most 3 months') })]);
  });

  it('publishes each case with the validity of the settings version it follows', async () => {
    const seats: PanelSeatFixture[] = reviewers.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven' }));
    const meetingId = await planMeeting(t, secretary, rivm);
    const drive = () => driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { committeeId: rivm } });
    const current = await settingsOf(rivm);
    expect(current.settings.levels[0]).toMatchObject({ level: 'goed_beschreven', validityYears: 3 });
    const running = await drive();
    await save(rivm, current.version, withValidity(current.settings, 'goed_beschreven', 4)).expect(200);
    const newer = await drive();

    const decidedAt = new Date();
    await startMeeting(t, meetingId, new Date(decidedAt.getTime() - 60_000));
    const decisions = t.app.get(DecisionsService);
    const recognisedUntil = async (id: string) => {
      const version = await placeOnAgenda(t, secretary, meetingId, id);
      await decisions.record(asAuthUser(chair.user), id, { version, verdict: 'recognised', level: 'goed_beschreven' }, decidedAt);
      const sent = await decisions.sendLetter(asAuthUser(secretary.user), id, { version: version + 1 }, decidedAt);
      await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version: sent.application.version }).expect(200);
      const listing = (await request(t.server).get(`/applications/${id}/decisions`).set(owner.auth).expect(200)).body.listing;
      return (await request(t.server).get(`/databank/interventions/${listing.slug}`).expect(200)).body.recognisedUntil as string;
    };
    const years = (iso: string) => new Date(iso).getUTCFullYear() - decidedAt.getUTCFullYear();
    expect(years(await recognisedUntil(running.id))).toBe(3);
    expect(years(await recognisedUntil(newer.id))).toBe(4);
  });
});
