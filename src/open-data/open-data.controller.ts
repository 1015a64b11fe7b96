import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators.js';
import { AppConfig } from '../config/app-config.js';
import { DatabankService } from '../publication/databank.service.js';
import { SearchListingsQuery } from '../publication/dto/search-listings.query.js';
import { listingsCsv } from './listings-csv.js';
import { OpenDataService } from './open-data.service.js';
import { FeedQuery } from './dto/feed.query.js';
import { recognitionsAtom } from './recognitions-atom.js';

/** Open data responses change only when a listing does; shared caches may keep them a few minutes. */
const CACHE = 'public, max-age=300';

/**
 * Open data, version 1: the public listings as JSON, CSV and an Atom feed, read-only, without a
 * login, CORS open for GET, with ETags (Express answers If-None-Match with 304). A breaking
 * change gets /api/open/v2; v1 keeps its fields.
 */
@ApiTags('open data v1')
@Public()
@Controller('api/open/v1')
export class OpenDataController {
  constructor(
    private readonly databank: DatabankService,
    private readonly openData: OpenDataService,
    private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Search the listed interventions: the same words, filters and paging as the databank' })
  @Get('interventions')
  @Header('Cache-Control', CACHE)
  search(@Query() query: SearchListingsQuery) {
    return this.databank.search(query);
  }

  @ApiOperation({ summary: 'One listed intervention by its slug: exactly the public detail page' })
  @Get('interventions/:slug')
  @Header('Cache-Control', CACHE)
  detail(@Param('slug') slug: string) {
    return this.databank.detail(slug);
  }

  @ApiOperation({ summary: 'Every listed intervention as CSV (RFC 4180, UTF-8), one row per listing' })
  @ApiProduces('text/csv')
  @Get('export/interventions.csv')
  @Header('Cache-Control', CACHE)
  async csv(@Res({ passthrough: true }) response: Response): Promise<string> {
    const csv = listingsCsv(await this.openData.allListed());
    // Set on success only: an error keeps its JSON content type.
    response.type('text/csv; charset=utf-8').attachment('interventies.csv');
    return csv;
  }

  @ApiOperation({ summary: 'Atom feed of new and updated recognitions, optionally of one theme (?theme=slug)' })
  @ApiProduces('application/atom+xml')
  @Get('feed/recognitions.atom')
  @Header('Cache-Control', CACHE)
  async feed(@Query() query: FeedQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    const appUrl = this.config.APP_URL.replace(/\/$/, '');
    const selfUrl = `${appUrl}${request.originalUrl}`;
    const feed = recognitionsAtom({ appUrl, selfUrl, theme: query.theme, listings: await this.openData.recentlyChanged(query.theme) });
    response.type('application/atom+xml; charset=utf-8');
    return feed;
  }
}
