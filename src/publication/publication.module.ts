import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DatabankController } from './databank.controller.js';
import { DatabankService } from './databank.service.js';
import { ListingSource } from './listing-source.js';
import { PublicationController } from './publication.controller.js';
import { PublicationService } from './publication.service.js';

/** The public databank, publication by the secretary, validity and re-assessment. */
@Module({
  imports: [ApplicationsModule],
  controllers: [DatabankController, PublicationController],
  providers: [DatabankService, PublicationService, ListingSource],
  exports: [PublicationService, DatabankService],
})
export class PublicationModule {}
