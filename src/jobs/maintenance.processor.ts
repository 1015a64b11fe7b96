import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { SessionsService } from '../auth/sessions.service.js';
import { AppConfig } from '../config/app-config.js';
import { SchedulerKeeper } from '../operations/scheduler-keeper.js';
import { QUEUES } from './queues.js';
import { configureWorker } from './worker-options.js';

export const EXPIRE_SESSIONS_SCHEDULER = 'expire-sessions';
export const EXPIRE_SESSIONS_INTERVAL_MS = 3600_000;

/** Housekeeping on a schedule: removes expired sessions every hour. */
@Processor(QUEUES.maintenance.name)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger('maintenance');

  constructor(
    private readonly sessions: SessionsService,
    @InjectQueue(QUEUES.maintenance.name) queue: Queue,
    keeper: SchedulerKeeper,
    config: AppConfig,
  ) {
    super();
    configureWorker(MaintenanceProcessor, QUEUES.maintenance.name, config);
    keeper.keep(queue, EXPIRE_SESSIONS_SCHEDULER, { every: EXPIRE_SESSIONS_INTERVAL_MS }, { name: 'expire-sessions' });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'expire-sessions': {
        const removed = await this.sessions.deleteExpired();
        this.logger.log({ msg: 'expired sessions removed', removed });
        return { removed };
      }
      default:
        throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.maintenance.name}`);
    }
  }
}
