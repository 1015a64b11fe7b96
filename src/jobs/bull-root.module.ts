import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { bullConnection } from '../redis/redis-connection.js';

export const bullRoot = BullModule.forRootAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    connection: bullConnection(config.REDIS_URL),
    // Every queue, worker and job scheduler registered through Nest inherits it.
    prefix: config.REDIS_PREFIX,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    },
  }),
});

@Module({ imports: [bullRoot], exports: [bullRoot] })
export class BullRootModule {}
