import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { EarliestAlarm } from './earliest-alarm.js';
import { OutboxListener } from './outbox-listener.js';
import { OUTBOX_ROUTES, routesFor } from './outbox-routes.js';

/** Rows claimed per transaction; a pass takes batches until fewer are due. */
const BATCH_SIZE = 200;
/** After a pass that could not relay everything (Redis or PostgreSQL down), the next try. */
const RETRY_MS = 1000;
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

interface BatchResult {
  selected: number;
  dispatched: number;
  failed: number;
  /** When the earliest row not yet due will be (epoch ms, database clock), in the last batch of a pass. */
  nextDueAt?: number | null;
  /** The database clock when that was read. */
  databaseNow?: number;
}

/**
 * Moves due outbox rows into BullMQ, with the outbox id as job id, then marks them dispatched.
 *
 * - Wakes when it is told, not by polling: PostgreSQL notifies it (LISTEN/NOTIFY, see
 *   outbox-listener.ts and the outbox triggers) when a transaction commits pending rows, with the
 *   earliest due time, and a timer is set to the earliest row not yet due. `kick()` runs a pass on
 *   demand (the fan-out right after it wrote mail rows, the watchdog, tests). A slow safety poll
 *   (`OUTBOX_SAFETY_POLL_MS`) catches anything a lost notification would leave behind, also while
 *   the LISTEN connection is down and reconnecting.
 * - A pass claims due rows in batches (`FOR UPDATE SKIP LOCKED`, so several worker processes share
 *   them: every one is notified, each row goes to one) and adds each batch's jobs to BullMQ in one
 *   round trip per queue.
 * - Redis down: the add fails (or is not tried), the rows stay pending with `attempts` and
 *   `last_error`, and the relay tries again every second. Nothing is lost; the state change
 *   committed long ago.
 * - Never doubled: a row whose add succeeded but whose `dispatched_at` did not commit is added again
 *   with the same job id, which BullMQ ignores while the job exists; the handlers are idempotent too.
 * - Future `available_at` (reminders): the row is not relayed before it is due. We do not hand
 *   BullMQ a delayed job, so PostgreSQL stays the only holder of the due time: a reminder can be
 *   moved or cancelled by changing its row, and a flushed or replaced Redis loses nothing. Due
 *   times are compared on the database clock; the relay keeps the offset of its own clock to it.
 *
 * It uses its own Redis connection without an offline queue, so an add fails fast during an
 * outage instead of hanging until Redis returns.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox-relay');
  private redis: Redis | null = null;
  private readonly queues = new Map<string, Queue>();
  private readonly alarm = new EarliestAlarm(() => this.wake());
  private readonly listener: OutboxListener;
  private current: Promise<RelayResult> | null = null;
  private next: Promise<RelayResult> | null = null;
  private stopped = false;
  private outage: string | null = null;
  /** The database clock minus ours, as last seen. */
  private clockOffset = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.listener = new OutboxListener(
      config.DATABASE_URL,
      {
        due: (at) => this.alarm.request(Math.min(at - this.clockOffset, Date.now() + config.OUTBOX_SAFETY_POLL_MS)),
        // Notifications sent while nobody listened are lost: look now.
        listening: () => this.alarm.request(Date.now()),
      },
      this.logger,
    );
  }

  onApplicationBootstrap() {
    this.connection();
    this.listener.start();
    this.alarm.request(Date.now());
  }

  async onApplicationShutdown() {
    this.stopped = true;
    this.alarm.stop();
    await this.listener.stop();
    await Promise.allSettled([this.current, this.next]);
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    this.redis?.disconnect();
  }

  /** True while PostgreSQL's notifications reach the relay (false: it relies on its safety poll). */
  get isListening(): boolean {
    return this.listener.isListening;
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

  private wake() {
    this.kick().catch((error: Error) => this.logger.error({ msg: 'outbox relay pass failed', error: error.message }));
  }

  /** Every pass ends by setting the alarm: the next due row, a retry, or the safety poll. */
  private async pass(): Promise<RelayResult> {
    const total: RelayResult = { dispatched: 0, failed: 0 };
    let wakeAt = Date.now() + this.config.OUTBOX_SAFETY_POLL_MS;
    try {
      for (;;) {
        const batch = await this.dataSource.transaction((manager) => this.relayBatch(manager));
        total.dispatched += batch.dispatched;
        total.failed += batch.failed;
        if (batch.failed > 0) wakeAt = Math.min(wakeAt, Date.now() + RETRY_MS);
        if (batch.databaseNow !== undefined) this.clockOffset = batch.databaseNow - Date.now();
        if (batch.nextDueAt != null) wakeAt = Math.min(wakeAt, batch.nextDueAt - this.clockOffset);
        if (batch.selected < BATCH_SIZE || batch.failed > 0 || this.stopped) return total;
      }
    } catch (error) {
      wakeAt = Math.min(wakeAt, Date.now() + RETRY_MS);
      throw error;
    } finally {
      this.alarm.request(wakeAt);
    }
  }

  private async relayBatch(manager: EntityManager): Promise<BatchResult> {
    const topics = Object.keys(OUTBOX_ROUTES);
    const rows: OutboxRow[] = await manager.query(
      `SELECT id, topic, application_id AS "applicationId", payload FROM outbox
        WHERE dispatched_at IS NULL AND available_at <= now() AND topic = ANY($1::text[])
        ORDER BY available_at, created_at
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [topics, BATCH_SIZE],
    );
    // The last batch of a pass also reads when the next row falls due, at the same now(), so no row
    // falls between the two. Rows due now that another relay has locked are that relay's.
    let next: Pick<BatchResult, 'nextDueAt' | 'databaseNow'> = {};
    if (rows.length < BATCH_SIZE) {
      const [row]: { nextDueAt: number | null; databaseNow: number }[] = await manager.query(
        `SELECT (SELECT extract(epoch FROM min(available_at)) * 1000 FROM outbox
                  WHERE dispatched_at IS NULL AND available_at > now() AND topic = ANY($1::text[]))::float8 AS "nextDueAt",
                (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS "databaseNow"`,
        [topics],
      );
      next = { nextDueAt: row.nextDueAt === null ? null : Number(row.nextDueAt), databaseNow: Number(row.databaseNow) };
    }
    if (rows.length === 0) return { selected: 0, dispatched: 0, failed: 0, ...next };

    const { dispatched, failed } = await this.addAll(rows);
    if (dispatched.length)
      await manager.query(`UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [dispatched]);
    if (failed.size)
      await manager.query(
        `UPDATE outbox o SET attempts = o.attempts + 1, last_error = f.error FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE o.id = f.id`,
        [[...failed.keys()], [...failed.values()].map((error) => error.slice(0, 1000))],
      );
    this.reportOutage(failed);
    return { selected: rows.length, dispatched: dispatched.length, failed: failed.size, ...next };
  }

  /**
   * Adds the batch's jobs, one round trip per queue. If that fails while Redis is up, one row may
   * be to blame: the rows are then added one by one, so the others still go.
   */
  private async addAll(rows: OutboxRow[]): Promise<{ dispatched: string[]; failed: Map<string, string> }> {
    const failed = new Map<string, string>();
    const redis = this.connection();
    await this.readyWithin(redis, 1000);
    if (redis.status !== 'ready') {
      for (const row of rows) failed.set(row.id, `Redis unavailable (${redis.status})`);
      return { dispatched: [], failed };
    }
    try {
      await this.add(rows);
      return { dispatched: rows.map((row) => row.id), failed };
    } catch (error) {
      if (rows.length === 1 || redis.status !== 'ready') {
        for (const row of rows) failed.set(row.id, (error as Error).message);
        return { dispatched: [], failed };
      }
    }
    const dispatched: string[] = [];
    for (const row of rows) {
      try {
        await this.add([row]);
        dispatched.push(row.id);
      } catch (error) {
        failed.set(row.id, (error as Error).message);
      }
    }
    return { dispatched, failed };
  }

  /** One job per consumer of each row's topic; a consumer whose job exists already is not added twice (same job id). */
  private async add(rows: OutboxRow[]): Promise<void> {
    const jobs = new Map<string, { name: string; data: object; opts: JobsOptions }[]>();
    for (const row of rows) {
      const data = { ...row.payload, outboxId: row.id };
      for (const route of routesFor(row.topic)) {
        const list = jobs.get(route.queue) ?? [];
        list.push({ name: route.job, data, opts: { ...route.options(this.config), jobId: row.id } });
        jobs.set(route.queue, list);
      }
    }
    const added = Promise.all([...jobs].map(([queue, list]) => this.queue(queue).addBulk(list)));
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
