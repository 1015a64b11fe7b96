import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import type { TestUser } from '../assessment/assessment-helpers.js';
import { startWorker, waitFor } from '../notifications/support/worker.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { InsightRefreshService } from '../../src/insight/insight-refresh.service.js';
import { PhaseDurationService } from '../../src/insight/phase-duration.service.js';
import { insertFixedCase } from './insight-fixtures.js';

/**
 * The insight figures follow the track through the worker: a transition's outbox row reaches the
 * `insight` queue, which rebuilds the summary tables at the end of the debounce window.
 */
describe('insight: the summary tables follow track transitions, debounced', () => {
  let t: TestApp;
  let worker: TestingModule;
  let owner: TestUser;
  let secretary: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ INSIGHT_REFRESH_DEBOUNCE_MS: '500' });
    await t.reset();
    owner = await createUser(t, ['owner']);
    secretary = await createUser(t, ['secretary']);
    worker = await startWorker(t.config);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('counts a submission made now once the window after it has passed, and says when', async () => {
    const throughput = async () => (await request(t.server).get('/insight/throughput').set(secretary.auth).expect(200)).body;
    const before = await throughput();
    const draft = await createDraft(t, owner.auth, { name: 'Direct geteld' });
    const submittedAt = Date.now();
    await step(t, owner.auth, draft.id, 'submit', { version: draft.version });

    const after = await waitFor('the figures to count the submission', async () => {
      const view = await throughput();
      return view.total.submitted === before.total.submitted + 1 ? view : null;
    });
    expect(Date.parse(after.refreshedAt)).toBeGreaterThanOrEqual(submittedAt);
    const [{ spans }] = await t.dataSource.query(`SELECT count(*)::int AS spans FROM insight_spans WHERE application_id = $1 AND ended_at IS NULL`, [draft.id]);
    // The intake stay, still running.
    expect(spans).toBe(1);
  });
});

describe('insight: a case against the usual duration of its phase', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let current: { id: string };
  const on = (date: string) => `${date}T10:00:00Z`;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner']);
    otherOwner = await createUser(t, ['owner']);
    secretary = await createUser(t, ['secretary']);
    // Ten intake stays from Mon 3 March 2025, of 1 to 10 working days.
    const leftOn = ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-17'];
    for (const [index, day] of leftOn.entries())
      await insertFixedCase(t, secretary.user.id, {
        name: `Eerder ${index + 1}`,
        targetLevel: 'goed_beschreven',
        state: 'description',
        submittedAt: on('2025-03-03'),
        history: [
          { to: 'intake', at: on('2025-03-03') },
          { to: 'description', at: on(day) },
        ],
      });
    current = await insertFixedCase(t, secretary.user.id, {
      name: 'Nu in intake',
      targetLevel: 'goed_beschreven',
      state: 'informationRequested',
      submittedAt: on('2025-03-03'),
      history: [
        { to: 'draft', at: on('2025-02-24') },
        { to: 'intake', at: on('2025-03-03') },
        { to: 'informationRequested', at: on('2025-03-12') },
      ],
    });
    await t.app.get(InsightRefreshService).refresh();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives the 25th to 75th percentile of last year’s stays and the working days so far', async () => {
    const view = await t.app.get(PhaseDurationService).forApplication({ ...secretary.user, sessionId: 'test' }, current.id, new Date('2025-03-20T12:00:00Z'));
    // Stays 1…10: p25 = 3.25, p75 = 7.75, rounded. In intake since Mon 3 March (asking for information stays in intake): 13 working days by Thu 20 March.
    expect(view).toEqual({ phase: 'intake', workingDays: 13, usual: { from: 3, to: 8, cases: 10 } });
  });

  it('says nothing usual when too few stays ended in the year before', async () => {
    const later = await t.app.get(PhaseDurationService).forApplication({ ...secretary.user, sessionId: 'test' }, current.id, new Date('2026-06-01T12:00:00Z'));
    expect(later).toMatchObject({ phase: 'intake', usual: null });
  });

  it('answers whoever may see the case, and no one else', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Net begonnen' });
    const own = (await request(t.server).get(`/applications/${draft.id}/phase-duration`).set(owner.auth).expect(200)).body;
    expect(own).toEqual({ phase: null, workingDays: null, usual: null });
    await request(t.server).get(`/applications/${draft.id}/phase-duration`).set(otherOwner.auth).expect(404);
    await request(t.server).get(`/applications/${draft.id}/phase-duration`).expect(401);
    await request(t.server).get('/applications/niet-een-id/phase-duration').set(owner.auth).expect(400);
  });
});
