import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { WorkingDayCalendar } from '../../src/calendar/working-days.js';
import { WeeklyDigest } from '../../src/deadlines/weekly-digest.service.js';
import { StuckThresholdSettings } from '../../src/track/stuck-threshold-settings.service.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { startWorker } from '../notifications/support/worker.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

const DEFAULTS = { intake: 10, beschrijven: 60, beoordelen: 30, commissie: 40, besluit: 20 };

describe('admin-editable stuck thresholds: the flags, the staff list filter and the weekly digest follow them', () => {
  let t: TestApp;
  let worker: TestingModule;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  const calendar = new WorkingDayCalendar();
  /** Two cases waiting for admission, eight and twelve working days, and a draft untouched for half a year. */
  const cases = { eightDays: '', twelveDays: '', oldDraft: '' };

  const path = '/admin/stuck-thresholds';
  const save = (thresholds: Record<string, unknown>) => request(t.server).put(path).set(admin.auth).send({ thresholds });
  const preview = async (thresholds: Record<string, unknown>) => (await request(t.server).post(`${path}/preview`).set(admin.auth).send({ thresholds }).expect(200)).body;
  const staffList = async (query: string) => (await request(t.server).get(`/staff/applications${query}`).set(secretary.auth).expect(200)).body;
  const stuckIds = async () => ((await staffList('?stuck=true&pageSize=100')).items as { id: string }[]).map((item) => item.id).sort();
  const flagOf = async (id: string, reader = secretary) => (await request(t.server).get(`/applications/${id}`).set(reader.auth).expect(200)).body;
  const sorted = (...ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    worker = await startWorker(t.config);
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    for (const [key, days] of [['eightDays', 8], ['twelveDays', 12]] as const) {
      const draft = await createDraft(t, owner.auth, { name: `Wacht ${days} werkdagen` });
      await step(t, owner.auth, draft.id, 'submit', { version: draft.version });
      await t.dataSource.query(`UPDATE applications SET state_changed_at = $2 WHERE id = $1`, [draft.id, calendar.addWorkingDays(new Date(), -days)]);
      cases[key] = draft.id;
    }
    const draft = await createDraft(t, owner.auth, { name: 'Nooit ingediend' });
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '180 days' WHERE id = $1`, [draft.id]);
    cases.oldDraft = draft.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('is for admins only: 403 for a secretary on reading, saving and previewing, 401 without a session', async () => {
    await request(t.server).get(path).set(secretary.auth).expect(403);
    await request(t.server).put(path).set(secretary.auth).send({ thresholds: { ...DEFAULTS, intake: 1 } }).expect(403);
    await request(t.server).post(`${path}/preview`).set(owner.auth).send({ thresholds: DEFAULTS }).expect(403);
    await request(t.server).get(path).expect(401);
    expect((await staffList('')).stuckTotal).toBe(1);
  });

  it('shows the seeded defaults per phase, with the allowed range and no changes yet', async () => {
    const view = (await request(t.server).get(path).set(admin.auth).expect(200)).body;
    expect(view).toEqual({
      min: 1,
      max: 250,
      thresholds: Object.entries(DEFAULTS).map(([phase, workingDays]) => ({ phase, workingDays, defaultWorkingDays: workingDays })),
      changes: [],
    });
  });

  it('refuses bad thresholds with 400 naming the field and rule, and saves nothing', async () => {
    /** Each refused field with its rule, once (a missing value breaks every rule of its field, all named `required`). */
    const refusal = async (thresholds: Record<string, unknown>) => {
      const errors = (await save(thresholds).expect(400)).body.errors as { field: string; rule: string; min?: number; max?: number }[];
      return [...new Set(errors.map((error) => JSON.stringify({ field: error.field, rule: error.rule, min: error.min, max: error.max })))].map((error) => JSON.parse(error));
    };
    const withoutBesluit: Record<string, number> = { ...DEFAULTS };
    delete withoutBesluit.besluit;
    expect(await refusal(withoutBesluit)).toEqual([{ field: 'thresholds.besluit', rule: 'required' }]);
    expect(await refusal({ ...DEFAULTS, aanmelding: 5 })).toEqual([{ field: 'thresholds.aanmelding', rule: 'unknownField' }]);
    expect((await save({ ...DEFAULTS, aanmelding: 5 }).expect(400)).body.errors[0].reason).toContain('aanmelding');
    expect(await refusal({ ...DEFAULTS, intake: 0 })).toEqual([{ field: 'thresholds.intake', rule: 'min', min: 1 }]);
    expect(await refusal({ ...DEFAULTS, beoordelen: 251 })).toEqual([{ field: 'thresholds.beoordelen', rule: 'max', max: 250 }]);
    expect(await refusal({ ...DEFAULTS, commissie: 2.5 })).toEqual([{ field: 'thresholds.commissie', rule: 'integer' }]);
    expect(await refusal({ ...DEFAULTS, commissie: '12' })).toContainEqual({ field: 'thresholds.commissie', rule: 'integer' });
    expect((await request(t.server).put(path).set(admin.auth).send({}).expect(400)).body.errors).toContainEqual(expect.objectContaining({ field: 'thresholds', rule: 'required' }));
    expect((await request(t.server).put(path).set(admin.auth).send({ thresholds: 7 }).expect(400)).body.errors).toContainEqual(expect.objectContaining({ field: 'thresholds' }));
    await request(t.server).post(`${path}/preview`).set(admin.auth).send({ thresholds: { ...DEFAULTS, intake: -3 } }).expect(400);
    const view = (await request(t.server).get(path).set(admin.auth).expect(200)).body;
    expect(view.changes).toEqual([]);
    expect(view.thresholds.map((item: { workingDays: number }) => item.workingDays)).toEqual(Object.values(DEFAULTS));
  });

  it('previews, counted in the database, how many cases would become or stop being stuck, without saving', async () => {
    expect(await preview(DEFAULTS)).toEqual({ stuckNow: 1, stuckAfter: 1, becomeStuck: 0, stopBeingStuck: 0 });
    expect(await preview({ ...DEFAULTS, intake: 5 })).toEqual({ stuckNow: 1, stuckAfter: 2, becomeStuck: 1, stopBeingStuck: 0 });
    expect(await preview({ ...DEFAULTS, intake: 15 })).toEqual({ stuckNow: 1, stuckAfter: 0, becomeStuck: 0, stopBeingStuck: 1 });
    // A draft is never stuck, however small the thresholds.
    expect(await preview({ intake: 1, beschrijven: 1, beoordelen: 1, commissie: 1, besluit: 1 })).toMatchObject({ stuckAfter: 2 });
    expect(await stuckIds()).toEqual([cases.twelveDays]);
  });

  it('saves a threshold: the stuck flag, the staff list filter and count change on the next request, with a line of history', async () => {
    expect(await flagOf(cases.eightDays)).toMatchObject({ stuck: false, stuckAfterWorkingDays: 10, workingDaysInState: 8 });

    const saved = (await save({ ...DEFAULTS, intake: 5 }).expect(200)).body;
    expect(saved.thresholds).toContainEqual({ phase: 'intake', workingDays: 5, defaultWorkingDays: 10 });
    expect(saved.changes).toEqual([
      { phase: 'intake', fromWorkingDays: 10, toWorkingDays: 5, changedBy: { id: admin.user.id, name: 'Ada Beheer' }, changedAt: expect.any(String) },
    ]);

    expect(await flagOf(cases.eightDays)).toMatchObject({ stuck: true, stuckAfterWorkingDays: 5 });
    expect(await flagOf(cases.oldDraft, owner)).toMatchObject({ stuck: false, stuckAfterWorkingDays: null });
    expect(await stuckIds()).toEqual(sorted(cases.eightDays, cases.twelveDays));
    expect((await staffList('')).stuckTotal).toBe(2);
    expect(((await staffList('?stuck=false')).items as { id: string }[]).map((item) => item.id)).toEqual([cases.oldDraft]);
    // The intake queue and the board read the same flags.
    const queue = (await request(t.server).get('/applications?state=intake').set(secretary.auth).expect(200)).body as { id: string; stuck: boolean }[];
    expect(queue.filter((item) => item.stuck).map((item) => item.id).sort()).toEqual(sorted(cases.eightDays, cases.twelveDays));

    await save({ ...DEFAULTS, intake: 15 }).expect(200);
    expect(await flagOf(cases.twelveDays)).toMatchObject({ stuck: false, stuckAfterWorkingDays: 15 });
    expect(await stuckIds()).toEqual([]);
    expect((await staffList('')).stuckTotal).toBe(0);

    // Saving the same values again changes nothing and logs nothing.
    const again = (await save({ ...DEFAULTS, intake: 15 }).expect(200)).body;
    expect(again.changes.map((change: { fromWorkingDays: number; toWorkingDays: number }) => [change.fromWorkingDays, change.toWorkingDays])).toEqual([
      [5, 15],
      [10, 5],
    ]);
    const rows = await t.dataSource.query(`SELECT phase, working_days AS "workingDays", updated_by AS "updatedBy" FROM stuck_thresholds WHERE phase = 'intake'`);
    expect(rows).toEqual([{ phase: 'intake', workingDays: 15, updatedBy: admin.user.id }]);
    // The history cannot be rewritten.
    await expect(t.dataSource.query(`DELETE FROM stuck_threshold_changes`)).rejects.toThrow(/append-only/);
  });

  it('gives the weekly digest in the worker the stored thresholds', async () => {
    await save({ ...DEFAULTS, intake: 3 }).expect(200);
    // The worker is another process in production: it follows within the cache time; here without waiting it out.
    await worker.get(StuckThresholdSettings).refresh();
    const digest = await worker.get(WeeklyDigest).compile();
    const intake = digest.groups.find((group) => group.phase === 'intake')?.cases ?? [];
    expect(intake.map((item) => item.applicationId).sort()).toEqual(sorted(cases.eightDays, cases.twelveDays));
    expect(intake.find((item) => item.applicationId === cases.eightDays)?.idleWorkingDays).toBe(8);

    await save(DEFAULTS).expect(200);
    await worker.get(StuckThresholdSettings).refresh();
    const back = await worker.get(WeeklyDigest).compile();
    expect(back.groups.flatMap((group) => group.cases).map((item) => item.applicationId)).toEqual([cases.twelveDays]);
  });
});
