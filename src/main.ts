import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { JsonLogger } from './common/logging/json-logger.js';
import { loadConfigOrExit } from './config/load-config-or-exit.js';
import { configureApp } from './configure-app.js';
import { preflight } from './startup/preflight.js';

async function bootstrap() {
  const config = loadConfigOrExit();
  await preflight(config, (line) => process.stderr.write(`${line}\n`));
  const logger = new JsonLogger(config.LOG_LEVEL, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { logger, bufferLogs: true, abortOnError: false });
  configureApp(app, logger);
  await app.listen(config.PORT);
  logger.log({ msg: 'API listening', url: config.APP_URL, port: config.PORT }, 'bootstrap');
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`API failed to start: ${error.message}\n`);
  process.exit(1);
});
