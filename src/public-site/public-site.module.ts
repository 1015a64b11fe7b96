import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { PublicationModule } from '../publication/publication.module.js';
import { ListingPreviewController } from './listing-preview.controller.js';
import { PublicPagesController } from './public-pages.controller.js';
import { PublicSiteService } from './public-site.service.js';
import { StatementsController } from './statements/statements.controller.js';
import { StatementsService } from './statements/statements.service.js';

/** The public website around the databank: server-rendered pages, the statements and their admin endpoints. */
@Module({
  imports: [PublicationModule, PrivacyModule],
  controllers: [PublicPagesController, ListingPreviewController, StatementsController],
  providers: [PublicSiteService, StatementsService],
})
export class PublicSiteModule {}
