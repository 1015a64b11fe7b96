import { Processor, type WorkerHost } from '@nestjs/bullmq';
import type { Type } from '@nestjs/common';
import type { WorkerOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';

/**
 * Gives a processor's BullMQ worker its options, with the lock settings from the configuration:
 * a job whose worker stopped renewing its lock (killed, hung) goes back to the queue after
 * JOB_LOCK_DURATION_MS, found by a stalled-job check that runs as often.
 *
 * @nestjs/bullmq creates the worker at module init from the `@Processor` options, which are fixed
 * when the class is declared, before there is a configuration. A processor therefore calls this
 * from its constructor (Nest builds every provider before any module init): it declares the
 * options again, with the configured values.
 */
export function configureWorker(processor: Type<WorkerHost>, queue: string, config: AppConfig, options: Omit<WorkerOptions, 'connection'> = {}): void {
  Processor(queue, { ...options, lockDuration: config.JOB_LOCK_DURATION_MS, stalledInterval: config.JOB_LOCK_DURATION_MS })(processor);
}
