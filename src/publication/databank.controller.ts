import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators.js';
import { DatabankService } from './databank.service.js';
import { SearchListingsQuery } from './dto/search-listings.query.js';
import { ListingSearchPage } from './listing-search-page.view.js';
import { PublicListingDetail } from './listing.view.js';

/** The public databank (no login): only listed interventions, only their public fields. */
@ApiTags('databank')
@Public()
@Controller('databank/interventions')
export class DatabankController {
  constructor(private readonly databank: DatabankService) {}

  /** Full-text search in Dutch (ranked) with exact filters; without `q`, everything by title. */
  @Get()
  @ApiOkResponse({ type: ListingSearchPage })
  search(@Query() query: SearchListingsQuery): Promise<ListingSearchPage> {
    return this.databank.search(query);
  }

  @Get(':slug')
  @ApiOkResponse({ type: PublicListingDetail })
  detail(@Param('slug') slug: string): Promise<PublicListingDetail> {
    return this.databank.detail(slug);
  }
}
