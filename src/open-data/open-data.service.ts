import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Listing } from '../publication/listing.entity.js';
import { listingCommitteesBySlug } from '../publication/listing-committee.js';
import { publicListingDetail } from '../publication/listing.view.js';

/** How many recognitions a feed holds: the newest by their last change. */
export const FEED_SIZE = 50;

export type PublicListingDetail = ReturnType<typeof publicListingDetail>;

/**
 * Open data reads listed interventions only, and always through publicListingDetail, the same
 * view as the public detail page: nothing reaches open data that the detail page does not show.
 */
@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every listed intervention, by title, for the CSV export (hundreds in practice). */
  async allListed(): Promise<PublicListingDetail[]> {
    const listings = await this.dataSource
      .getRepository(Listing)
      .createQueryBuilder('l')
      .where('l.withdrawn_at IS NULL')
      .orderBy('l.title')
      .addOrderBy('l.id')
      .getMany();
    return this.details(listings);
  }

  /** The newest recognitions and updates, optionally of one theme (a validated slug). */
  async recentlyChanged(theme?: string): Promise<PublicListingDetail[]> {
    const query = this.dataSource
      .getRepository(Listing)
      .createQueryBuilder('l')
      .where('l.withdrawn_at IS NULL')
      .orderBy('l.updated_at', 'DESC')
      .addOrderBy('l.id')
      .limit(FEED_SIZE);
    if (theme !== undefined) query.andWhere(':theme = ANY (l.themes)', { theme });
    return this.details(await query.getMany());
  }

  private async details(listings: Listing[]): Promise<PublicListingDetail[]> {
    const committees = await listingCommitteesBySlug(this.dataSource, listings);
    return listings.map((listing) => publicListingDetail(listing, committees.get(listing.slug)));
  }
}
