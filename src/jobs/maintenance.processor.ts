import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { SessionsService } from '../auth/sessions.service.js';
import { QUEUES } from './queues.js';

/** Housekeeping on a schedule: removes expired sessions every hour. */
@Processor(QUEUES.maintenance.name)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('maintenance');

  constructor(
    private readonly sessions: SessionsService,
    @InjectQueue(QUEUES.maintenance.name) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler('expire-sessions', { every: 3600_000 }, { name: 'expire-sessions' });
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
