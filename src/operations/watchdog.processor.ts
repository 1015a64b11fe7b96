import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import { SchedulerKeeper } from './scheduler-keeper.js';
import { Watchdog } from './watchdog.service.js';

export const WATCHDOG_SCHEDULER = 'watchdog';
export const WATCHDOG_INTERVAL_MS = 5 * 60_000;

/** The `operations` queue: the watchdog, every five minutes. */
@Processor(QUEUES.operations.name)
export class WatchdogProcessor extends WorkerHost {
  private readonly logger = new Logger('watchdog');

  constructor(
    private readonly watchdog: Watchdog,
    @InjectQueue(QUEUES.operations.name) queue: Queue,
    keeper: SchedulerKeeper,
    config: AppConfig,
  ) {
    super();
    configureWorker(WatchdogProcessor, QUEUES.operations.name, config);
    keeper.keep(queue, WATCHDOG_SCHEDULER, { every: WATCHDOG_INTERVAL_MS }, { name: 'watchdog' });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== 'watchdog') throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.operations.name}`);
    const report = await this.watchdog.repair();
    if (report.requeued || report.schedulers.length) this.logger.warn({ msg: 'watchdog repaired', ...report });
    return report;
  }

  @OnWorkerEvent('error')
  onError() {}
}
