import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { configureWorker } from '../jobs/worker-options.js';
import { SchedulerKeeper } from '../operations/scheduler-keeper.js';
import { InsightRefreshService } from './insight-refresh.service.js';

export const INSIGHT_REFRESH_SCHEDULER = 'insight-refresh';
/** The rebuild that catches what no transition announces (a decision corrected, a case deleted). */
export const INSIGHT_REFRESH_INTERVAL_MS = 3600_000;

/**
 * The `insight` queue: rebuilds the summary tables hourly and after track transitions, debounced.
 * Time is cut into windows of INSIGHT_REFRESH_DEBOUNCE_MS; a transition handled in a window adds
 * the rebuild due at the window's end, with the window as job id, so every further transition in
 * that window finds it already there. A transition handled while that rebuild runs lies in the next
 * window and gets the next rebuild: nothing committed before a transition job ran is left out.
 */
@Processor(QUEUES.insight.name)
export class InsightProcessor extends WorkerHost {
  private readonly logger = new Logger('insight');

  constructor(
    private readonly summary: InsightRefreshService,
    @InjectQueue(QUEUES.insight.name) private readonly queue: Queue,
    private readonly config: AppConfig,
    keeper: SchedulerKeeper,
  ) {
    super();
    configureWorker(InsightProcessor, QUEUES.insight.name, config);
    keeper.keep(queue, INSIGHT_REFRESH_SCHEDULER, { every: INSIGHT_REFRESH_INTERVAL_MS }, { name: 'refresh' });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'track.transition':
        return this.scheduleRefresh(Date.now());
      case 'refresh': {
        const result = await this.summary.refresh();
        this.logger.log({ msg: 'insight figures rebuilt', ...result });
        return result;
      }
      default:
        throw new UnrecoverableError(`No handler for job ${job.name} on queue ${QUEUES.insight.name}`);
    }
  }

  private async scheduleRefresh(now: number): Promise<{ refreshJobId: string }> {
    const window = this.config.INSIGHT_REFRESH_DEBOUNCE_MS;
    const windowEnd = (Math.floor(now / window) + 1) * window;
    const jobId = `refresh-${windowEnd}`;
    await this.queue.add('refresh', {}, { jobId, delay: windowEnd - now, attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } });
    return { refreshJobId: jobId };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error) {
    this.logger.warn({ msg: 'insight job failed', job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, error: error.message });
  }

  @OnWorkerEvent('error')
  onError() {}
}
