import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import type { TrackTransitionMessage } from '../track/track-effects.js';
import { NotificationFanOut, type FanOutResult } from './notification-fan-out.service.js';
import type { NotifyMessage } from './outbox.js';
import type { OutboxJobData } from './outbox-relay.service.js';

/**
 * The `notifications` queue: a track transition (`track.transition`) or a request from another
 * module (`notify`: a trigger or a template for some people) becomes notification rows and mails.
 */
@Processor(QUEUES.notifications.name)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger('notifications');

  constructor(
    private readonly fanOut: NotificationFanOut,
    config: AppConfig,
  ) {
    super();
    configureWorker(NotificationsProcessor, QUEUES.notifications.name, config);
  }

  async process(job: Job): Promise<FanOutResult> {
    switch (job.name) {
      case 'track.transition': {
        const data = job.data as OutboxJobData<TrackTransitionMessage>;
        return this.fanOut.fromTransition(data.outboxId, data);
      }
      case 'notify': {
        const data = job.data as OutboxJobData<NotifyMessage>;
        return this.fanOut.fromNotify(data.outboxId, data);
      }
      default:
        throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.notifications.name}`);
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error) {
    this.logger.warn({ msg: 'notification job failed', job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, error: error.message });
  }

  /** Connection trouble is reported by the relay and /health; without a listener BullMQ prints every retry. */
  @OnWorkerEvent('error')
  onError() {}
}
