import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators.js';
import { DatabankService } from './databank.service.js';
import { SearchListingsQuery } from './dto/search-listings.query.js';

/** The public databank (no login): only listed interventions, only their public fields. */
@ApiTags('databank')
@Public()
@Controller('databank/interventions')
export class DatabankController {
  constructor(private readonly databank: DatabankService) {}

  /** Full-text search in Dutch (ranked) with exact filters; without `q`, everything by title. */
  @Get()
  search(@Query() query: SearchListingsQuery) {
    return this.databank.search(query);
  }

  @Get(':slug')
  detail(@Param('slug') slug: string) {
    return this.databank.detail(slug);
  }
}
