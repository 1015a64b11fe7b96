import request from 'supertest';
import type { ProcedureSettings } from '../../src/committee-settings/procedure-settings.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment, sendAs } from '../support/track-driver.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import { settingsCast, type TestUser } from './settings-cast.js';


/** Panel rules per level (docs/decisions/0034): size, science/practice composition and majority or unanimity, per settings version. */
describe('panel rules per level as committee settings', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let committee: string;

  const path = `/committees/${'{id}'}/settings`;
  const settingsPath = () => path.replace('{id}', committee);
  const settingsOf = async () => (await request(t.server).get(settingsPath()).set(admin.auth).expect(200)).body as { version: number; settings: ProcedureSettings };
  const withGoedBeschrevenPanel = (settings: ProcedureSettings, panel: ProcedureSettings['levels'][number]['panel']): ProcedureSettings => ({
    ...settings,
    levels: settings.levels.map((offered) => (offered.level === 'goed_beschreven' ? { ...offered, panel } : offered)),
  });
  const panelOf = async (id: string) => (await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    ({ admin, secretary, owner, coach, chair, reviewers } = await settingsCast(t));
    committee = await createCommittee(t, admin, chair, [], 'Gezondheidsbevordering');
  });
  afterAll(() => t?.close());

  it('starts from the national rules and refuses a panel too small or too large with 400 on the level', async () => {
    const { version, settings } = await settingsOf();
    expect(settings.levels.map((offered) => offered.panel)).toEqual([
      { science: 0, practice: 3, decision: 'majority' },
      ...settings.levels.slice(1).map(() => ({ science: 2, practice: 2, decision: 'unanimous' })),
    ]);
    const refused = async (proposed: ProcedureSettings) =>
      (await request(t.server).put(settingsPath()).set(admin.auth).send({ basedOnVersion: version, settings: proposed }).expect(400)).body.errors.map(
        ({ field, rule }: { field: string; rule: string }) => ({ field, rule }),
      );
    expect(await refused(withGoedBeschrevenPanel(settings, { science: 0, practice: 1, decision: 'majority' }))).toEqual([{ field: 'settings.levels.0.panel', rule: 'min' }]);
    expect(await refused(withGoedBeschrevenPanel(settings, { science: 5, practice: 5, decision: 'majority' }))).toEqual([{ field: 'settings.levels.0.panel', rule: 'max' }]);
    expect(await refused(withGoedBeschrevenPanel(settings, { science: 0, practice: 3, decision: 'most' as 'majority' }))).toEqual([
      { field: 'settings.levels.0.panel.decision', rule: 'oneOf' },
    ]);
    expect((await settingsOf()).version).toBe(version);
  });

  it('composes the panel of a new case by its version; a running case keeps the panel it started with', async () => {
    const running = await driveToSubmittedForAssessment(t, { owner, secretary, coach }, { fields: { committeeId: committee } });
    const { version, settings } = await settingsOf();
    const mixed = withGoedBeschrevenPanel(settings, { science: 1, practice: 2, decision: 'unanimous' });
    const preview = (await request(t.server).post(`${settingsPath()}/preview`).set(admin.auth).send({ basedOnVersion: version, settings: mixed }).expect(200)).body;
    expect(preview.changes).toEqual([
      expect.objectContaining({ setting: 'levels.goed_beschreven', to: expect.objectContaining({ panel: { science: 1, practice: 2, decision: 'unanimous' } }) }),
    ]);
    expect(preview.brokenCases).toEqual([]);
    await request(t.server).put(settingsPath()).set(admin.auth).send({ basedOnVersion: version, settings: mixed }).expect(200);
    const newer = await driveToSubmittedForAssessment(t, { owner, secretary, coach }, { fields: { committeeId: committee } });

    for (const id of [running.id, newer.id]) await sendAs(t, id, secretary, { type: 'START_PANEL_COMPOSITION' });
    expect((await panelOf(running.id)).requirement).toEqual({ science: 0, practice: 3, total: 3, decision: 'majority' });
    expect((await panelOf(newer.id)).requirement).toEqual({ science: 1, practice: 2, total: 3, decision: 'unanimous' });
    expect((await panelOf(newer.id)).openSlots).toEqual({ science: 1, practice: 2 });
    // The running case's panel has no place for a science reviewer; the newer one has.
    const suggestions = async (id: string) => (await request(t.server).get(`/applications/${id}/panel/suggestions`).set(secretary.auth).expect(200)).body;
    expect((await suggestions(running.id)).requirement.science).toBe(0);
    expect((await suggestions(newer.id)).requirement.science).toBe(1);
  });

  it('a unanimous Goed beschreven refuses a recognition two of three reviewers support, which the national majority allows', async () => {
    const seats: PanelSeatFixture[] = [
      { reviewer: reviewers[0], kind: 'science', proposedLevel: 'goed_beschreven' },
      { reviewer: reviewers[1], kind: 'practice', proposedLevel: 'goed_beschreven' },
      { reviewer: reviewers[2], kind: 'practice', proposedLevel: null },
    ];
    const meetingId = await planMeeting(t, secretary, committee);
    const unanimous = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { committeeId: committee } });
    const { version, settings } = await settingsOf();
    await request(t.server)
      .put(settingsPath())
      .set(admin.auth)
      .send({ basedOnVersion: version, settings: withGoedBeschrevenPanel(settings, { science: 1, practice: 2, decision: 'majority' }) })
      .expect(200);
    const majority = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { committeeId: committee } });
    const versions = { unanimous: await placeOnAgenda(t, secretary, meetingId, unanimous.id), majority: await placeOnAgenda(t, secretary, meetingId, majority.id) };
    await startMeeting(t, meetingId);

    const dossier = async (id: string) => (await request(t.server).get(`/applications/${id}/dossier`).set(chair.auth).expect(200)).body;
    expect((await dossier(unanimous.id)).panel).toMatchObject({ supportedLevel: null, requiredReviews: 3 });
    expect((await dossier(majority.id)).panel).toMatchObject({ supportedLevel: 'goed_beschreven' });

    const decide = (id: string, caseVersion: number) =>
      request(t.server).post(`/applications/${id}/decision`).set(chair.auth).send({ version: caseVersion, verdict: 'recognised', level: 'goed_beschreven', motivation: 'Helder beschreven.' });
    const refused = await decide(unanimous.id, versions.unanimous).expect(400);
    expect(refused.body.rules).toEqual([expect.objectContaining({ code: 'UNANIMITY_REQUIRED', message: expect.stringContaining('2 of 3') })]);
    await decide(majority.id, versions.majority).expect(201);
  });
});
