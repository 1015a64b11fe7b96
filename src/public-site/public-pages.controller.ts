import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators.js';
import { AppConfig } from '../config/app-config.js';
import { ProcessingOverviewService } from '../privacy/processing-overview.service.js';
import { renderListingPdf } from './listing-pdf.js';
import { renderPage, type PageContent, type PageContext } from './page-layout.js';
import { readPublicAssets, type PublicAssets } from './public-assets.js';
import { RenderedPageCache, ShortLived } from './rendered-page-cache.js';
import { PublicSiteService, RECENT_DAYS } from './public-site.service.js';
import { listingPage } from './pages/listing-page.js';
import { notFoundPage } from './pages/not-found-page.js';
import { processingOverviewPage } from './pages/processing-overview-page.js';
import { recentPage } from './pages/recent-page.js';
import { searchPage } from './pages/search-page.js';
import { databankPath } from './pages/partner-databank.js';
import { statementPage } from './pages/statement-page.js';
import { themeNames } from './pages/formatting.js';
import { robotsTxt, sitemapXml } from './seo-files.js';
import { StatementsService } from './statements/statements.service.js';
import type { StatementKind } from './statements/site-statement.entity.js';
import { publicLanguage, publicSiteTexts } from './texts/public-site-texts.js';
import { listingFactsTexts } from './texts/listing-facts-texts.js';

/**
 * Pages must be revalidated (the ETag makes that a 304 without a body) but may be stored by
 * browsers and shared caches: they hold only public data, the same for everyone.
 */
const PAGE_CACHE_CONTROL = 'public, no-cache';

/** How stale a listing page may be after its listing changed. */
export const LISTING_VERSION_TTL_MS = 1000;

/**
 * The public website, rendered on the server as complete HTML (docs/decisions/0017): the search,
 * the listings, recently recognised, the statements, the sitemap and robots.txt. Not in the
 * OpenAPI document: these are pages, not API.
 */
@ApiExcludeController()
@Public()
@Controller()
export class PublicPagesController {
  private readonly assets: PublicAssets = readPublicAssets();
  private readonly listingPages = new RenderedPageCache();
  /**
   * A listing's version is read again at most once a second: a busy listing page then costs no
   * database read at all, and a change shows within a second (docs/decisions/0017).
   */
  private readonly listingVersions = new ShortLived<string | null>(LISTING_VERSION_TTL_MS);
  private readonly baseUrl: string;

  constructor(
    private readonly site: PublicSiteService,
    private readonly statements: StatementsService,
    private readonly processing: ProcessingOverviewService,
    config: AppConfig,
  ) {
    this.baseUrl = config.APP_URL.replace(/\/+$/, '');
  }

  @Get('interventies')
  async search(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>) {
    const context = await this.context(request);
    const [outcome, themes, databanks] = await Promise.all([this.site.search(query), this.site.themes(), this.site.databanks()]);
    const errors = this.searchErrors(context, outcome.invalid);
    const page = searchPage(context, { criteria: outcome.criteria, themes, errors, results: outcome.results, statuses: outcome.statuses, databanks });
    this.sendPage(response, Object.keys(errors).length ? 400 : 200, context, page);
  }

  /** One partner's databank at its own path: its listings only, and its published niet-erkend verdicts. */
  @Get('databanken/:databank/interventies')
  async partnerSearch(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>, @Param('databank') slug: string) {
    const context = await this.context(request);
    const found = await this.site.partnerDatabank(slug);
    if (!found) return this.sendPage(response, 404, context, notFoundPage(context));
    const [outcome, themes] = await Promise.all([this.site.search(query, found.databank), this.site.themes()]);
    const errors = this.searchErrors(context, outcome.invalid);
    const page = searchPage(context, { criteria: outcome.criteria, themes, errors, results: outcome.results, statuses: outcome.statuses, scope: found.databank, verdicts: found.verdicts });
    this.sendPage(response, Object.keys(errors).length ? 400 : 200, context, page);
  }

  @Get('interventies/:slug')
  async listing(@Req() request: Request, @Res() response: Response, @Param('slug') slug: string) {
    const context = await this.context(request);
    const version = await this.listingVersions.get(slug, () => this.site.listingVersion(slug));
    if (!version) return this.sendPage(response, 404, context, notFoundPage(context));
    // The canonical path only: another query string must not fill the cache with copies.
    // The footer prints today's date: a new day is a new page.
    const key = [slug, context.language, version, context.contactEmail, this.assets.script, new Date().toDateString()].join('|');
    const cached = this.listingPages.get(key);
    if (cached) return this.sendHtml(response, 200, cached);
    const found = await this.site.listing(slug);
    if (!found) return this.sendPage(response, 404, context, notFoundPage(context));
    const html = renderPage({ ...context, path: request.path }, listingPage(context, found.listing, found.status, await this.site.themes()));
    this.listingPages.set(key, html);
    this.sendHtml(response, 200, html);
  }

  @Get('interventies/:slug/pdf')
  async listingPdf(@Req() request: Request, @Res() response: Response, @Param('slug') slug: string) {
    const found = await this.site.listing(slug);
    if (!found) {
      const context = await this.context(request);
      return this.sendPage(response, 404, context, notFoundPage(context));
    }
    const pdf = await renderListingPdf({
      listing: found.listing,
      themeNames: themeNames(publicSiteTexts('nl'), await this.site.themes(), found.listing.themes),
      reassessmentInProgress: found.status?.reassessmentInProgress ?? false,
      url: `${this.baseUrl}/interventies/${found.listing.slug}`,
      printedAt: new Date(),
    });
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${found.listing.slug}.pdf"`);
    response.setHeader('Cache-Control', 'public, no-cache');
    response.send(pdf);
  }

  /** Any deeper path under a listing: the site's 404 page, not the API's JSON. */
  @Get('interventies/:slug/*rest')
  async unknownUnderListing(@Req() request: Request, @Res() response: Response) {
    const context = await this.context(request);
    this.sendPage(response, 404, context, notFoundPage(context));
  }

  @Get('recent-erkend')
  async recent(@Req() request: Request, @Res() response: Response) {
    const context = await this.context(request);
    const [{ items, statuses }, themes] = await Promise.all([this.site.recent(), this.site.themes()]);
    this.sendPage(response, 200, context, recentPage(context, items, statuses, themes, RECENT_DAYS));
  }

  @Get('toegankelijkheid')
  accessibility(@Req() request: Request, @Res() response: Response) {
    return this.statement(request, response, 'accessibility', '/toegankelijkheid');
  }

  @Get('privacy')
  privacy(@Req() request: Request, @Res() response: Response) {
    return this.statement(request, response, 'privacy', '/privacy');
  }

  /** The processing overview (AVG art. 30), generated from the retention settings. */
  @Get('privacy/verwerkingen')
  async processingOverview(@Req() request: Request, @Res() response: Response) {
    const context = await this.context(request);
    this.sendPage(response, 200, context, processingOverviewPage(context, await this.processing.activities()));
  }

  @Get('sitemap.xml')
  async sitemap(@Res() response: Response) {
    response.setHeader('Content-Type', 'application/xml; charset=utf-8');
    response.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
    const [listings, databanks] = await Promise.all([this.site.sitemapEntries(), this.site.databanks()]);
    response.send(sitemapXml(this.baseUrl, listings, databanks.map((databank) => databankPath(databank.slug))));
  }

  @Get('robots.txt')
  robots(@Res() response: Response) {
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.send(robotsTxt(this.baseUrl));
  }

  private async statement(request: Request, response: Response, kind: StatementKind, path: string) {
    const context = await this.context(request);
    this.sendPage(response, 200, context, statementPage(context, await this.statements.get(kind), path));
  }

  private async context(request: Request): Promise<PageContext> {
    const language = publicLanguage(request.query.lang);
    return { language, texts: publicSiteTexts(language), baseUrl: this.baseUrl, path: request.originalUrl, assets: this.assets, contactEmail: await this.statements.contactEmail() };
  }

  /** The search form's field errors in the page's language: the search rules' words, then the fact filters'. */
  private searchErrors(context: PageContext, invalid: Record<string, string>): Record<string, string> {
    const searchInvalid: Record<string, string> = context.texts.search.invalid;
    const factInvalid: Record<string, string> = listingFactsTexts(context.language).invalid;
    return Object.fromEntries(Object.entries(invalid).map(([parameter, rule]) => [parameter, searchInvalid[rule] ?? factInvalid[rule]]));
  }

  private sendPage(response: Response, status: number, context: PageContext, page: PageContent) {
    this.sendHtml(response, status, renderPage(context, page));
  }

  /** Express's `send` adds a weak ETag of the body and answers 304 when the browser already has it. */
  private sendHtml(response: Response, status: number, html: string) {
    response.status(status);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
    response.send(html);
  }
}
