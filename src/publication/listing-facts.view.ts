import { ApiProperty } from '@nestjs/swagger';
import { AGE_BAND_CODES, type AgeBand } from '../description/listing-facts.js';
import { ListingFactsView } from '../description/listing-facts.view.js';

/** A listing's structured facts as the public detail and open data give them, with the age bands the search filters on. */
export class PublicListingFacts extends ListingFactsView {
  @ApiProperty({ enum: AGE_BAND_CODES, enumName: 'AgeBand', isArray: true })
  ageBands!: AgeBand[];
}
