import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue, RepeatOptions } from 'bullmq';

/** How often the worker checks that its job schedulers still exist in Redis. */
export const SCHEDULER_CHECK_INTERVAL_MS = 60_000;

interface KeptScheduler {
  queue: Queue;
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  template: { name: string; data?: Record<string, unknown> };
}

/**
 * Job schedulers live in Redis, so a Redis that lost its data (a flush, a new instance without
 * persistence) loses them, and with them the watchdog that is meant to repair such a loss. The
 * worker therefore registers every one of its schedulers here (never with `upsertJobScheduler`
 * directly): they are upserted at start-up and, from a timer in the process itself, put back
 * whenever one is missing.
 */
@Injectable()
export class SchedulerKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('schedulers');
  private readonly kept: KeptScheduler[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Settles once the start-up registration has been tried. */
  ready: Promise<void> = Promise.resolve();

  keep(queue: Queue, id: string, repeat: Omit<RepeatOptions, 'key'>, template: KeptScheduler['template']): void {
    this.kept.push({ queue, id, repeat, template });
  }

  /** Not awaited: a Redis that is down must not keep the worker from starting; the timer retries. */
  onApplicationBootstrap() {
    this.ready = Promise.all(this.kept.map((scheduler) => this.upsert(scheduler)))
      .then(() => undefined)
      .catch((error: Error) => this.logger.warn({ msg: 'job schedulers not registered yet', error: error.message }));
    this.timer = setInterval(() => void this.restore().catch(() => undefined), SCHEDULER_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
  }

  /** Puts back every scheduler Redis no longer has; returns their ids. */
  async restore(): Promise<string[]> {
    const restored: string[] = [];
    for (const scheduler of this.kept) {
      if (await scheduler.queue.getJobScheduler(scheduler.id)) continue;
      await this.upsert(scheduler);
      restored.push(scheduler.id);
    }
    if (restored.length) this.logger.warn({ msg: 'job schedulers were missing from Redis and are back', restored });
    return restored;
  }

  private async upsert({ queue, id, repeat, template }: KeptScheduler) {
    await queue.upsertJobScheduler(id, repeat, { name: template.name, data: template.data ?? {} });
  }
}
