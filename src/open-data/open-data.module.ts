import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { PublicationModule } from '../publication/publication.module.js';
import { PublicApiRateLimitMiddleware } from '../publication/public-api-rate-limit.middleware.js';
import { openDataCors } from './open-cors.middleware.js';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataService } from './open-data.service.js';

/** Open data: the public listings for reuse (JSON, CSV, Atom), CORS open, rate limited per IP. */
@Module({
  imports: [PublicationModule],
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // CORS first, so that a 429 carries it too and a preflight is never counted.
    consumer.apply(openDataCors, PublicApiRateLimitMiddleware).forRoutes({ path: 'api/open/v1/{*path}', method: RequestMethod.ALL });
  }
}
