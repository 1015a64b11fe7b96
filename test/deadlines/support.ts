import type { TestingModule } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { OutboxRelay } from '../../src/notifications/outbox-relay.service.js';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { testQueue } from '../support/test-queue.js';
import type { TestUser } from '../support/track-driver.js';
import { sendAs } from '../support/track-driver.js';
import { waitFor } from '../notifications/support/worker.js';

/**
 * Waits until the worker has nothing left to do now: no due outbox row pending and no job waiting,
 * running or delayed in any queue the outbox feeds, twice in a row after a relay pass.
 */
export async function settle(worker: TestingModule, dataSource: DataSource, redisUrl: string, timeoutMs = 20_000) {
  const { REDIS_PREFIX } = worker.get(AppConfig);
  const queues = [QUEUES.notifications.name, QUEUES.mail.name, QUEUES.deadlines.name].map((name) => testQueue({ REDIS_URL: redisUrl, REDIS_PREFIX }, name));
  try {
    let quietRounds = 0;
    await waitFor(
      'the worker to settle',
      async () => {
        await worker.get(OutboxRelay).kick();
        const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL AND available_at <= now()`);
        let busy = pending;
        for (const queue of queues) {
          const counts = await queue.getJobCounts('active', 'waiting', 'prioritized', 'waiting-children');
          busy += Object.values(counts).reduce((sum, count) => sum + count, 0);
          // Retries wait as delayed jobs; scheduler jobs (weekly digest) are delayed too but not due.
          const delayed = await queue.getDelayed();
          busy += delayed.filter((job) => !job.repeatJobKey && !String(job.id).startsWith('repeat:')).length;
        }
        quietRounds = busy === 0 ? quietRounds + 1 : 0;
        return quietRounds >= 2;
      },
      timeoutMs,
      100,
    );
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

export interface DeadlineRow {
  id: string;
  kind: string;
  status: string;
  dueAt: Date;
  version: number;
  assigneeRole: string;
  assigneeIds: string[];
  closeReason: string | null;
  round: number | null;
  subjectId: string | null;
}

export function deadlinesOf(dataSource: DataSource, applicationId: string): Promise<DeadlineRow[]> {
  return dataSource.query(
    `SELECT id, kind, status, due_at AS "dueAt", version, assignee_role AS "assigneeRole", assignee_ids AS "assigneeIds",
            close_reason AS "closeReason", round, subject_id AS "subjectId"
       FROM deadlines WHERE application_id = $1 ORDER BY created_at, id`,
    [applicationId],
  );
}

export interface ReminderRow {
  id: string;
  stage: string;
  deadlineVersion: number;
  availableAt: Date;
  dispatched: boolean;
}

export function remindersOf(dataSource: DataSource, deadlineId: string): Promise<ReminderRow[]> {
  return dataSource.query(
    `SELECT id, payload->>'stage' AS stage, (payload->>'deadlineVersion')::int AS "deadlineVersion", available_at AS "availableAt",
            dispatched_at IS NOT NULL AS dispatched
       FROM outbox WHERE topic = 'deadline.reminder' AND payload->>'deadlineId' = $1 ORDER BY available_at`,
    [deadlineId],
  );
}

/** An application in `description` with its coach assigned, straight through intake over HTTP. */
export async function admittedApplication(t: TestApp, people: { owner: TestUser; secretary: TestUser; coach: TestUser }, fields: Record<string, unknown> = {}) {
  const draft = await createDraft(t, people.owner.auth, fields);
  await step(t, people.owner.auth, draft.id, 'submit', { version: draft.version });
  const admitted = await step(t, people.secretary.auth, draft.id, 'admit', { version: draft.version + 1, coachId: people.coach.user.id });
  return { id: draft.id, reference: String(draft.reference), version: admitted.version };
}

/** The owner asks the coach for feedback (through the write path, as the description module would). */
export function requestFeedback(t: TestApp, applicationId: string, owner: TestUser) {
  return sendAs(t, applicationId, owner, { type: 'REQUEST_FEEDBACK' });
}
