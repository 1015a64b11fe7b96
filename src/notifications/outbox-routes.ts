import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { OUTBOX_TOPICS } from './outbox.js';

export interface OutboxRoute {
  queue: string;
  job: string;
  options: (config: AppConfig) => JobsOptions;
}

/** Tries per mail; after the last one the notification is marked `failed`. */
export const MAIL_ATTEMPTS = 5;

const KEEP = { removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } } satisfies JobsOptions;

/** How long BullMQ keeps a completed job (see KEEP); the watchdog expects a relayed job to exist that long. */
export const COMPLETED_JOB_RETENTION_SECONDS = KEEP.removeOnComplete.age;

/**
 * Which queue and job each outbox topic becomes; a topic with several consumers becomes one job in
 * each of their queues, all with the outbox id as job id. The relay only picks up topics listed
 * here, so rows of a topic nobody handles yet wait instead of failing. Completed jobs are kept a
 * week: while a job exists BullMQ ignores a second add with the same job id (the outbox id);
 * after that the handlers' own idempotence holds.
 */
export const OUTBOX_ROUTES: Record<string, OutboxRoute | readonly OutboxRoute[]> = {
  [OUTBOX_TOPICS.trackTransition]: [
    {
      queue: QUEUES.notifications.name,
      job: 'track.transition',
      options: () => ({ attempts: 5, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
    },
    // Deadlines follow the same transitions (src/deadlines/deadline-transitions.ts).
    {
      queue: QUEUES.deadlines.name,
      job: 'track.transition',
      options: () => ({ attempts: 8, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
    },
    // The insight figures are rebuilt after transitions, debounced (src/insight/insight.processor.ts).
    {
      queue: QUEUES.insight.name,
      job: 'track.transition',
      options: () => ({ attempts: 5, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
    },
  ],
  [OUTBOX_TOPICS.deadlineReminder]: {
    queue: QUEUES.deadlines.name,
    job: 'deadline-reminder',
    options: () => ({ attempts: 8, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
  },
  [OUTBOX_TOPICS.notify]: {
    queue: QUEUES.notifications.name,
    job: 'notify',
    options: () => ({ attempts: 5, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
  },
  [OUTBOX_TOPICS.mail]: {
    queue: QUEUES.mail.name,
    job: 'send-mail',
    options: (config) => ({ attempts: MAIL_ATTEMPTS, backoff: { type: 'exponential', delay: config.MAIL_RETRY_DELAY_MS }, ...KEEP }),
  },
};

/** The consumers of one topic (none for a topic nobody handles). */
export function routesFor(topic: string): readonly OutboxRoute[] {
  const routes = OUTBOX_ROUTES[topic];
  if (!routes) return [];
  return Array.isArray(routes) ? routes : [routes as OutboxRoute];
}
