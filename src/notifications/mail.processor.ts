import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QUEUES } from '../jobs/queues.js';
import { MailDelivery, type DeliveryOutcome } from './mail-delivery.service.js';
import type { MailMessage } from './outbox.js';
import type { OutboxJobData } from './outbox-relay.service.js';

/**
 * The `mail` queue: one job per notification to mail. Transient SMTP failures are retried with
 * exponential backoff (MAIL_RETRY_DELAY_MS, 5 tries); the last failed try, or a permanent
 * rejection at once, leaves the notification `failed`.
 */
@Processor(QUEUES.mail.name, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly delivery: MailDelivery) {
    super();
  }

  async process(job: Job): Promise<DeliveryOutcome> {
    if (job.name !== 'send-mail') throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.mail.name}`);
    const { notificationId } = job.data as OutboxJobData<MailMessage>;
    if (typeof notificationId !== 'string') throw new UnrecoverableError('send-mail needs a notificationId');
    // attemptsMade counts the failed tries before this one.
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.delivery.deliver(notificationId, { final });
  }

  @OnWorkerEvent('error')
  onError() {}
}
