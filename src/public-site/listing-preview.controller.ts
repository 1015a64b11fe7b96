import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { AppConfig } from '../config/app-config.js';
import { PublicationService } from '../publication/publication.service.js';
import { renderPage } from './page-layout.js';
import { listingPage } from './pages/listing-page.js';
import { readPublicAssets, type PublicAssets } from './public-assets.js';
import { PublicSiteService } from './public-site.service.js';
import { StatementsService } from './statements/statements.service.js';
import { publicLanguage, publicSiteTexts } from './texts/public-site-texts.js';

/**
 * The secretary's preview before publishing: the public page exactly as publishing would create
 * it now, rendered by the same page code as `/interventies/:slug`, never cached or indexed. Who may
 * see it is PublicationService.previewPublication's rule (the JSON preview's).
 */
@ApiExcludeController()
@Controller('applications/:id/listing')
export class ListingPreviewController {
  private readonly assets: PublicAssets = readPublicAssets();
  private readonly baseUrl: string;

  constructor(
    private readonly publication: PublicationService,
    private readonly site: PublicSiteService,
    private readonly statements: StatementsService,
    config: AppConfig,
  ) {
    this.baseUrl = config.APP_URL.replace(/\/+$/, '');
  }

  @Get('preview.html')
  async preview(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request, @Res() response: Response) {
    const listing = await this.publication.previewPublication(user, id);
    const language = publicLanguage(request.query.lang);
    const context = { language, texts: publicSiteTexts(language), baseUrl: this.baseUrl, path: `/interventies/${listing.slug}`, assets: this.assets, contactEmail: await this.statements.contactEmail() };
    const page = listingPage(context, listing, undefined, await this.site.themes());
    response.status(200);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'private, no-store');
    response.send(renderPage(context, { ...page, noindex: true }));
  }
}
