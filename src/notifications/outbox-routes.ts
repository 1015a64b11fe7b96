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

/**
 * Which queue and job each outbox topic becomes. The relay only picks up topics listed here,
 * so rows of a topic nobody handles yet wait instead of failing. Completed jobs are kept a week:
 * while a job exists BullMQ ignores a second add with the same job id (the outbox id); after
 * that the handlers' own idempotence holds.
 */
export const OUTBOX_ROUTES: Record<string, OutboxRoute> = {
  [OUTBOX_TOPICS.trackTransition]: {
    queue: QUEUES.notifications.name,
    job: 'track.transition',
    options: () => ({ attempts: 5, backoff: { type: 'exponential', delay: 2000 }, ...KEEP }),
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

