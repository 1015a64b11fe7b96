import type { INestApplication, LoggerService } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { refuseCrossOriginRequests } from './auth/cross-origin.middleware.js';
import { SESSION_COOKIE } from './auth/session-token.js';
import { accessLogMiddleware } from './common/http/access-log.middleware.js';
import { compressTextResponses } from './common/http/compress-text.middleware.js';
import { MediaTypeGuard } from './common/http/media-type.guard.js';
import { requestIdMiddleware } from './common/http/request-id.middleware.js';
import { describeValidatedDtos } from './common/http/openapi-from-validators.js';
import { createValidationPipe } from './common/http/validation.js';
import { AppConfig } from './config/app-config.js';
import { serveWebApp } from './web/serve-web-app.js';

/** Everything the API needs around its routes; shared by main.ts and the tests. */
export function configureApp(app: INestApplication, logger: LoggerService): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  express.set('trust proxy', config.TRUST_PROXY);
  express.use(requestIdMiddleware);
  express.use(accessLogMiddleware(logger));
  express.use(helmet());
  express.use(compressTextResponses());
  express.use(cookieParser());
  express.use(refuseCrossOriginRequests(config));
  serveWebApp(express, logger);
  express.useBodyParser('json', { limit: '1mb' });
  // Nest adds a form parser unless one is registered; this one matches nothing, so forms stay
  // unparsed and MediaTypeGuard answers them 415.
  express.useBodyParser('urlencoded', { type: () => false });
  app.useGlobalGuards(new MediaTypeGuard(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}

function setUpOpenApi(app: INestApplication) {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/openapi.json' });
}

/** The OpenAPI document; also written offline by `npm run web:api-types` for the web client's types. */
export function createOpenApiDocument(app: INestApplication) {
  describeValidatedDtos();
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Erkenningstraject API')
      .setDescription('Het erkenningstraject van de Databank Effectieve sociale interventies. / The recognition track API.')
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .addBearerAuth()
      .build(),
  );
}
