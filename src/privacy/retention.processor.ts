import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import { SchedulerKeeper } from '../operations/scheduler-keeper.js';
import { RetentionService } from './retention.service.js';

export const RETENTION_SCHEDULER = 'apply-retention';
/** Every night at three, Dutch time: after the day's work, before the next. */
export const RETENTION_SCHEDULE = { pattern: '0 3 * * *', tz: 'Europe/Amsterdam' } as const;

/** The nightly retention run (RetentionService.run); a run repeated the same night finds nothing left to do. */
@Processor(QUEUES.privacy.name)
export class RetentionProcessor extends WorkerHost {
  constructor(
    private readonly retention: RetentionService,
    @InjectQueue(QUEUES.privacy.name) queue: Queue,
    keeper: SchedulerKeeper,
    config: AppConfig,
  ) {
    super();
    configureWorker(RetentionProcessor, QUEUES.privacy.name, config);
    keeper.keep(queue, RETENTION_SCHEDULER, RETENTION_SCHEDULE, { name: 'apply-retention' });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'apply-retention': {
        const run = await this.retention.run('schedule', null);
        return { runId: run.id, counts: run.counts };
      }
      default:
        throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.privacy.name}`);
    }
  }
}
