import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DeadlinesWorkerModule } from './deadlines/deadlines-worker.module.js';
import { InsightWorkerModule } from './insight/insight-worker.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module.js';
import { OperationsWorkerModule } from './operations/operations-worker.module.js';
import { PrivacyWorkerModule } from './privacy/privacy-worker.module.js';
import { RedisModule } from './redis/redis.module.js';

/** The worker process: BullMQ processors, no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot('worker'), RedisModule, AuthModule, JobsModule, NotificationsWorkerModule, OperationsWorkerModule, DeadlinesWorkerModule, PrivacyWorkerModule, InsightWorkerModule],
    };
  }
}
