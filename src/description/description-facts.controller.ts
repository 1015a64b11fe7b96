import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { DescriptionFactsService } from './description-facts.service.js';
import { SaveListingFactsDto } from './dto/save-listing-facts.dto.js';
import { CurrentFactsView } from './listing-facts.view.js';

/** The werkblad's structured facts (cost, duration, staff, setting, age); read with GET …/description. */
@ApiTags('description')
@Controller('applications/:id/description/facts')
export class DescriptionFactsController {
  constructor(private readonly facts: DescriptionFactsService) {}

  /** Replaces all facts at once; `version` is the facts version the client last saw (0: never saved). */
  @Put()
  @ApiOkResponse({ type: CurrentFactsView })
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SaveListingFactsDto): Promise<CurrentFactsView> {
    return this.facts.save(user, id, body);
  }
}
