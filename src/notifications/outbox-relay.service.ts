import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { OUTBOX_ROUTES, routesFor } from './outbox-routes.js';

/** How often the relay looks for due rows when nobody asks it to. */
export const RELAY_INTERVAL_MS = 1000;
const BATCH_SIZE = 100;
/** A Redis that accepts the connection but does not answer must not hold the batch's row locks for long. */
const ADD_TIMEOUT_MS = 5000;

/** What a relayed job carries: the outbox row's payload plus its id, the source of every idempotency key. */
export type OutboxJobData<T> = T & { outboxId: string };

export interface RelayResult {
  dispatched: number;
  failed: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  applicationId: string | null;
  payload: Record<string, unknown>;
}

/**
 * Moves due outbox rows into BullMQ, with the outbox id as job id, then marks them dispatched.
 *
 * - Runs every second and on demand (`kick()`, e.g. by the fan-out right after it wrote mail rows).
 *   Several worker processes may run it: `FOR UPDATE SKIP LOCKED` gives each row to one of them.
 * - Redis down: the add fails (or is not tried), the row stays pending with `attempts` and
 *   `last_error`, and the next pass tries again. Nothing is lost; the state change committed long ago.
 * - Never doubled: a row whose add succeeded but whose `dispatched_at` did not commit is added again
 *   with the same job id, which BullMQ ignores while the job exists; the handlers are idempotent too.
 * - Future `available_at` (reminders): the row is not relayed before it is due. We do not hand
 *   BullMQ a delayed job, so PostgreSQL stays the only holder of the due time: a reminder can be
 *   moved or cancelled by changing its row, and a flushed or replaced Redis loses nothing. The
 *   price is up to one relay interval of lateness, which no deadline here cares about.
 *
 * It uses its own Redis connection without an offline queue, so an add fails fast during an
 * outage instead of hanging until Redis returns.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox-relay');
  private redis: Redis | null = null;
  private readonly queues = new Map<string, Queue>();
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<RelayResult> | null = null;
  private next: Promise<RelayResult> | null = null;
  private stopped = false;
  private outage: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.connection();
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([this.current, this.next]);
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    this.redis?.disconnect();
  }

  /**
   * Relays everything that is due now. Calls while a pass runs share one follow-up pass, so the
   * returned promise always covers rows written before the call.
   */
  kick(): Promise<RelayResult> {
    if (this.stopped) return Promise.resolve({ dispatched: 0, failed: 0 });
    if (!this.current) {
      this.current = this.pass().finally(() => {
        this.current = null;
      });
      return this.current;
    }
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.kick();
      });
    return this.next;
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick()
        .catch((error: Error) => this.logger.error({ msg: 'outbox relay pass failed', error: error.message }))
        .finally(() => this.schedule(RELAY_INTERVAL_MS));
    }, delay);
  }

  private async pass(): Promise<RelayResult> {
    const total: RelayResult = { dispatched: 0, failed: 0 };
    for (;;) {
      const { selected, dispatched, failed } = await this.dataSource.transaction((manager) => this.relayBatch(manager));
      total.dispatched += dispatched;
      total.failed += failed;
      if (selected < BATCH_SIZE || failed > 0 || this.stopped) return total;
    }
  }

  private async relayBatch(manager: EntityManager) {
    const rows: OutboxRow[] = await manager.query(
      `SELECT id, topic, application_id AS "applicationId", payload FROM outbox
        WHERE dispatched_at IS NULL AND available_at <= now() AND topic = ANY($1::text[])
        ORDER BY available_at, created_at
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [Object.keys(OUTBOX_ROUTES), BATCH_SIZE],
    );
    if (rows.length === 0) return { selected: 0, dispatched: 0, failed: 0 };

    const dispatched: string[] = [];
    const failed = new Map<string, string>();
    const redis = this.connection();
    await this.readyWithin(redis, 1000);
    for (const row of rows) {
      if (redis.status !== 'ready') {
        failed.set(row.id, `Redis unavailable (${redis.status})`);
        continue;
      }
      try {
        await this.add(row);
        dispatched.push(row.id);
      } catch (error) {
        failed.set(row.id, (error as Error).message);
      }
    }

    if (dispatched.length)
      await manager.query(`UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [dispatched]);
    for (const [id, error] of failed)
      await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error.slice(0, 1000)]);
    this.reportOutage(failed);
    return { selected: rows.length, dispatched: dispatched.length, failed: failed.size };
  }

  /** One job per consumer of the topic; a consumer whose job exists already is not added twice (same job id). */
  private async add(row: OutboxRow): Promise<void> {
    const data = { ...row.payload, outboxId: row.id };
    const added = Promise.all(
      routesFor(row.topic).map((route) => this.queue(route.queue).add(route.job, data, { ...route.options(this.config), jobId: row.id })),
    );
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        added,
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`Redis did not answer within ${ADD_TIMEOUT_MS} ms`)), ADD_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timeout);
    }
  }

  private connection(): Redis {
    if (!this.redis) {
      this.redis = new Redis(this.config.REDIS_URL, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        connectTimeout: 2000,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      });
      this.redis.on('error', () => undefined); // reported per pass, see reportOutage
    }
    return this.redis;
  }

  /** Gives a connection that is (re)connecting a moment, instead of failing the batch at once. */
  private async readyWithin(redis: Redis, ms: number): Promise<void> {
    if (redis.status === 'ready' || !['connecting', 'connect', 'wait'].includes(redis.status)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      redis.once('ready', done);
    });
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection(), prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** One warning when relaying starts failing and one line when it works again, not one per second. */
  private reportOutage(failed: Map<string, string>) {
    const first = failed.values().next();
    if (!first.done && this.outage === null) {
      this.outage = first.value;
      this.logger.warn({ msg: 'outbox relay cannot reach Redis; rows stay pending', error: first.value, pending: failed.size });
    } else if (first.done && this.outage !== null) {
      this.outage = null;
      this.logger.log({ msg: 'outbox relay reaches Redis again' });
    }
  }
}
