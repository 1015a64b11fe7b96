import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import { DailyDigest } from '../notifications/daily-digest.service.js';
import type { OutboxJobData } from '../notifications/outbox-relay.service.js';
import { SchedulerKeeper } from '../operations/scheduler-keeper.js';
import type { TrackTransitionMessage } from '../track/track-effects.js';
import { isReminderStage } from './deadline-kinds.js';
import { DeadlineReminders } from './deadline-reminders.service.js';
import { DeadlineTransitions } from './deadline-transitions.js';
import type { DeadlineReminderMessage } from './deadlines.service.js';
import { WeeklyDigest } from './weekly-digest.service.js';

export const WEEKLY_DIGEST_SCHEDULER = 'weekly-digest';
export const DAILY_DIGEST_SCHEDULER = 'daily-digest';

/**
 * The `deadlines` queue: track transitions open and close deadlines, reminder stages fire, and the
 * weekly digest and the users' daily digests go out (job schedulers, Amsterdam time).
 */
@Processor(QUEUES.deadlines.name)
export class DeadlinesProcessor extends WorkerHost {
  private readonly logger = new Logger('deadlines');

  constructor(
    private readonly transitions: DeadlineTransitions,
    private readonly reminders: DeadlineReminders,
    private readonly digest: WeeklyDigest,
    private readonly dailyDigest: DailyDigest,
    @InjectQueue(QUEUES.deadlines.name) queue: Queue,
    config: AppConfig,
    keeper: SchedulerKeeper,
  ) {
    super();
    configureWorker(DeadlinesProcessor, QUEUES.deadlines.name, config, { concurrency: 4 });
    keeper.keep(queue, WEEKLY_DIGEST_SCHEDULER, { pattern: config.WEEKLY_DIGEST_CRON, tz: 'Europe/Amsterdam' }, { name: 'weekly-digest' });
    keeper.keep(queue, DAILY_DIGEST_SCHEDULER, { pattern: config.DAILY_DIGEST_CRON, tz: 'Europe/Amsterdam' }, { name: 'daily-digest' });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'track.transition': {
        const data = job.data as OutboxJobData<TrackTransitionMessage>;
        return this.transitions.sync(data.applicationId);
      }
      case 'deadline-reminder': {
        const data = job.data as OutboxJobData<DeadlineReminderMessage>;
        if (typeof data.deadlineId !== 'string' || !isReminderStage(data.stage)) throw new UnrecoverableError('deadline-reminder needs a deadlineId and a stage');
        return { outcome: await this.reminders.fire(data.outboxId, data) };
      }
      case 'weekly-digest':
        return this.digest.send();
      case 'daily-digest':
        return this.dailyDigest.send();
      default:
        throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.deadlines.name}`);
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error) {
    this.logger.warn({ msg: 'deadline job failed', job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, error: error.message });
  }

  @OnWorkerEvent('error')
  onError() {}
}
