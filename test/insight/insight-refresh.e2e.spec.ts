import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import type { TestUser } from '../assessment/assessment-helpers.js';
import { startWorker, waitFor } from '../notifications/support/worker.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

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
