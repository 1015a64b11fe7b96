import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import { MailDelivery, type DeliveryOutcome } from './mail-delivery.service.js';
import type { MailMessage } from './outbox.js';
import type { OutboxJobData } from './outbox-relay.service.js';
import { MAIL_ATTEMPTS } from './outbox-routes.js';

/**
 * The `mail` queue: one job per notification to mail. Transient SMTP failures are retried with
 * exponential backoff (MAIL_RETRY_DELAY_MS, 5 tries); the last failed try, or a permanent
 * rejection at once, leaves the notification `failed`. A job whose worker died goes to another
 * worker after JOB_LOCK_DURATION_MS, up to MAIL_ATTEMPTS times (a death is not a failed try).
 */
@Processor(QUEUES.mail.name)
export class MailProcessor extends WorkerHost implements BeforeApplicationShutdown {
  constructor(
    private readonly delivery: MailDelivery,
    private readonly config: AppConfig,
  ) {
    super();
    configureWorker(MailProcessor, QUEUES.mail.name, config, { concurrency: config.MAIL_CONCURRENCY, maxStalledCount: MAIL_ATTEMPTS });
  }

  async process(job: Job, token?: string): Promise<DeliveryOutcome> {
    if (job.name !== 'send-mail') throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.mail.name}`);
    const { notificationId } = job.data as OutboxJobData<MailMessage>;
    if (typeof notificationId !== 'string') throw new UnrecoverableError('send-mail needs a notificationId');
    // attemptsMade counts the failed tries before this one.
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.delivery.deliver(notificationId, { final });
    if (outcome === 'being-sent') {
      // A second job for a notification another worker is sending (say one re-added after Redis lost it).
      await job.moveToDelayed(Date.now() + this.config.JOB_LOCK_DURATION_MS, token);
      throw new DelayedError();
    }
    return outcome;
  }

  /**
   * Nest shuts this module's providers down (MailSender closes its SMTP pool) before the BullMQ
   * module closes the workers, so a job could start on a closed pool and spend a try. This worker
   * closes first instead: the jobs it runs finish over open connections, and it takes no new one.
   */
  async beforeApplicationShutdown() {
    await this.registeredWorker()?.close();
  }

  /** The worker, or undefined when the application closes before BullMQ registered it. */
  private registeredWorker() {
    try {
      return this.worker;
    } catch {
      return undefined;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error) {
    const notificationId = (job?.data as Partial<MailMessage> | undefined)?.notificationId;
    const lastTry = error instanceof UnrecoverableError || (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1));
    if (typeof notificationId === 'string' && lastTry) await this.delivery.abandon(notificationId, error.message).catch(() => undefined);
  }

  @OnWorkerEvent('error')
  onError() {}
}
