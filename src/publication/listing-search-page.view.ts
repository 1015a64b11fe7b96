import { ApiProperty } from '@nestjs/swagger';
import { PublicListingItem } from './listing.view.js';

/** One page of a databank search. */
export class ListingSearchPage {
  @ApiProperty({ type: [PublicListingItem] })
  items!: PublicListingItem[];

  @ApiProperty({ type: 'integer' })
  total!: number;

  /** More listings matched than a result list holds; a narrower query or a filter finds them. */
  @ApiProperty()
  truncated!: boolean;

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  /** "Did you mean": a corrected `q` that finds listings with the same filters, when this one finds none. */
  @ApiProperty({ type: String, nullable: true })
  suggestion!: string | null;
}
