import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { CommitteeSettingsModule } from '../committee-settings/committee-settings.module.js';
import { DatabankController } from './databank.controller.js';
import { DatabankService } from './databank.service.js';
import { ListingSource } from './listing-source.js';
import { PartnerDatabanksController } from './partner-databanks.controller.js';
import { PartnerDatabanksService } from './partner-databanks.service.js';
import { PublicationController } from './publication.controller.js';
import { PublicationService } from './publication.service.js';
import { PublicApiRateLimitMiddleware } from './public-api-rate-limit.middleware.js';

/** The public databank, publication by the secretary, validity and re-assessment. */
@Module({
  imports: [ApplicationsModule, CommitteeSettingsModule],
  controllers: [DatabankController, PublicationController, PartnerDatabanksController],
  providers: [DatabankService, PublicationService, ListingSource, PartnerDatabanksService],
  exports: [PublicationService, DatabankService, PartnerDatabanksService],
})
export class PublicationModule implements NestModule {
  /** The anonymous databank API is limited per client IP (open data applies the same limit to its routes). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicApiRateLimitMiddleware).forRoutes({ path: 'databank/{*path}', method: RequestMethod.ALL });
  }
}
