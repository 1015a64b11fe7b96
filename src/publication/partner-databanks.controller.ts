import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators.js';
import { PartnerDatabank, PublicNegativeVerdict } from './partner-databank.view.js';
import { PartnerDatabanksService } from './partner-databanks.service.js';

/**
 * The partner databanks (no login). Their listings are searched with
 * `GET /databank/interventions?databank=<slug>`; the national search leaves `databank` out.
 */
@ApiTags('databank')
@Public()
@Controller('databank/databanks')
export class PartnerDatabanksController {
  constructor(private readonly databanks: PartnerDatabanksService) {}

  @Get()
  @ApiOkResponse({ type: [PartnerDatabank] })
  all(): Promise<PartnerDatabank[]> {
    return this.databanks.all();
  }

  @Get(':slug')
  @ApiOkResponse({ type: PartnerDatabank })
  one(@Param('slug') slug: string): Promise<PartnerDatabank> {
    return this.databanks.one(slug);
  }

  /** Final niet-erkend verdicts with their reason and date, for a committee that publishes them; empty otherwise. */
  @Get(':slug/verdicts')
  @ApiOkResponse({ type: [PublicNegativeVerdict] })
  negativeVerdicts(@Param('slug') slug: string): Promise<PublicNegativeVerdict[]> {
    return this.databanks.negativeVerdicts(slug);
  }
}
