import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { JsonLogger } from '../common/logging/json-logger.js';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';
import { DatabaseModule } from '../database/database.module.js';
import { RedisModule } from '../redis/redis.module.js';
import { DemoSeeder } from '../seed/demo-seeder.js';
import { SeedModule } from '../seed/seed.module.js';

@Module({})
class SeedCliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: SeedCliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot('seed'), RedisModule, AuthModule, SeedModule],
    };
  }
}

/** `npm run seed`: creates the demo accounts that are missing (idempotent), whatever DEMO_SEED says. */
const config = loadConfigOrExit();
config.DEMO_SEED = false;
const app = await NestFactory.createApplicationContext(SeedCliModule.register(config), {
  logger: new JsonLogger(config.LOG_LEVEL, 'seed'),
});
try {
  await app.get(DemoSeeder).seed();
} finally {
  await app.close();
}
