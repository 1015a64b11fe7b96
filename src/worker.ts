import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JsonLogger } from './common/logging/json-logger.js';
import { loadConfigOrExit } from './config/load-config-or-exit.js';
import { preflight } from './startup/preflight.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap() {
  const config = loadConfigOrExit();
  await preflight(config, (line) => process.stderr.write(`${line}\n`));
  const logger = new JsonLogger(config.LOG_LEVEL, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger, bufferLogs: true, abortOnError: false });
  app.enableShutdownHooks();
  await app.init();
  logger.log({ msg: 'Worker started' }, 'bootstrap');
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`Worker failed to start: ${error.message}\n`);
  process.exit(1);
});
