import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueKeys } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { OUTBOX_TOPICS } from '../notifications/outbox.js';
import { OutboxRelay } from '../notifications/outbox-relay.service.js';
import { COMPLETED_JOB_RETENTION_SECONDS, OUTBOX_ROUTES, routesFor } from '../notifications/outbox-routes.js';
import { SchedulerKeeper } from './scheduler-keeper.js';

/** Rows looked at per pass; the next pass takes the rest. */
const BATCH_SIZE = 5000;

export interface WatchdogReport {
  checked: number;
  /** Outbox rows whose job had vanished from Redis and that were handed back to the relay. */
  requeued: number;
  /** Job schedulers that were missing from Redis and were put back. */
  schedulers: string[];
}

interface Candidate {
  id: string;
  topic: string;
}

/**
 * Repairs work that Redis lost (a flush, a failover to a replica that was behind, a new instance
 * without persistence). PostgreSQL knows what was handed to BullMQ (`outbox.dispatched_at`) and
 * what came of it; Redis knows which jobs exist. A row that was dispatched but whose job no longer
 * exists, and whose effect never happened, goes back to the relay, which adds it again under the
 * same job id, so nothing runs twice that already ran:
 * - a mail (`notification.mail`) whose notification is still `queued`, or `sending` (claimed by a
 *   worker that may have died): the mail was never sent, or its sending was never recorded (the
 *   new job waits for a live claim to lapse, and a resend carries the same Message-ID);
 * - any other row dispatched less than a week ago (BullMQ keeps completed jobs that long, so a
 *   missing job was lost, not cleaned up): a track transition, a notify request, a deadline
 *   reminder. Their handlers are idempotent, so even one that did run does nothing new.
 * Reminders that are not due yet were never in Redis: their rows wait in PostgreSQL.
 */
@Injectable()
export class Watchdog implements OnApplicationShutdown {
  private readonly logger = new Logger('watchdog');
  private redis: Redis | null = null;
  /** BullMQ's key names under the configured prefix. */
  private readonly keys: QueueKeys;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly schedulers: SchedulerKeeper,
    private readonly config: AppConfig,
  ) {
    this.keys = new QueueKeys(config.REDIS_PREFIX);
  }

  async repair(): Promise<WatchdogReport> {
    const schedulers = await this.schedulers.restore();
    const candidates: Candidate[] = await this.dataSource.query(
      `(SELECT o.id, o.topic FROM notifications n
          JOIN outbox o ON o.topic = $2 AND o.payload->>'notificationId' = n.id::text
         WHERE n.mail_status IN ('queued', 'sending') AND o.dispatched_at IS NOT NULL
         LIMIT $4)
       UNION ALL
       (SELECT o.id, o.topic FROM outbox o
         WHERE o.dispatched_at > now() - make_interval(secs => $3) AND o.topic = ANY($1::text[]) AND o.topic <> $2
         ORDER BY o.dispatched_at DESC
         LIMIT $4)`,
      [Object.keys(OUTBOX_ROUTES), OUTBOX_TOPICS.mail, COMPLETED_JOB_RETENTION_SECONDS, BATCH_SIZE],
    );
    if (candidates.length === 0) return { checked: 0, requeued: 0, schedulers };

    const lost = await this.withoutJobs(candidates);
    if (lost.length > 0) {
      await this.dataSource.query(
        `UPDATE outbox SET dispatched_at = NULL, last_error = 'watchdog: job missing from Redis, relayed again'
          WHERE id = ANY($1::uuid[]) AND dispatched_at IS NOT NULL`,
        [lost],
      );
      this.logger.warn({ msg: 'jobs missing from Redis; relaying their outbox rows again', count: lost.length });
      await this.relay.kick();
    }
    return { checked: candidates.length, requeued: lost.length, schedulers };
  }

  async onApplicationShutdown() {
    this.redis?.disconnect();
  }

  /** The rows for which at least one consumer's job does not exist in Redis. */
  private async withoutJobs(candidates: Candidate[]): Promise<string[]> {
    const checks = candidates.flatMap((row) => routesFor(row.topic).map((route) => ({ id: row.id, key: this.keys.toKey(route.queue, row.id) })));
    const redis = await this.ready();
    const pipeline = redis.pipeline();
    for (const check of checks) pipeline.exists(check.key);
    const results = (await pipeline.exec()) ?? [];
    const lost = new Set<string>();
    results.forEach(([error, exists], index) => {
      if (error) throw error;
      if (exists === 0) lost.add(checks[index].id);
    });
    return [...lost];
  }

  /** Its own connection that fails fast: a Redis that is down makes the pass fail, not hang. */
  private async ready(): Promise<Redis> {
    if (!this.redis) {
      this.redis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
      this.redis.on('error', () => undefined);
    }
    const redis = this.redis;
    if (redis.status !== 'ready')
      await new Promise<void>((resolve, reject) => {
        const ready = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          redis.off('ready', ready);
          reject(new Error(`Redis not ready (${redis.status})`));
        }, 3000);
        redis.once('ready', ready);
      });
    return redis;
  }
}
