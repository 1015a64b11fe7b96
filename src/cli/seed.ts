import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { JsonLogger } from '../common/logging/json-logger.js';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';
import { DemoSeeder } from '../seed/demo-seeder.js';

/** `npm run seed`: creates the demo data that is missing (idempotent), whatever DEMO_SEED says. */
const config = loadConfigOrExit();
config.DEMO_SEED = false;
const app = await NestFactory.createApplicationContext(AppModule.register(config), {
  logger: new JsonLogger(config.LOG_LEVEL, 'seed'),
});
try {
  await app.get(DemoSeeder).seed();
} finally {
  await app.close();
}
