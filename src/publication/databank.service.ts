import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Listing } from './listing.entity.js';
import {
  PREPARE_SQL,
  RESULT_WINDOW,
  searchListingsStatement,
  type ListingSearchResult,
  type PreparedQuery,
} from './listing-search.sql.js';
import { publicListingDetail, publicListingItem } from './listing.view.js';
import type { SearchListingsQuery } from './dto/search-listings.query.js';
import { listingNotFound } from './publication.errors.js';

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The public databank: anonymous search and detail pages over listed interventions only. */
@Injectable()
export class DatabankService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: SearchListingsQuery) {
    const { page, pageSize } = query;
    const [prepared]: PreparedQuery[] = await this.dataSource.query(PREPARE_SQL, [query.q ?? null, query.targetGroup ?? null]);
    const statement = searchListingsStatement({ prepared, theme: query.theme, level: query.level, page, pageSize });
    const [result]: ListingSearchResult[] = await this.dataSource.query(statement.sql, statement.params);
    return {
      items: result.items.map(publicListingItem),
      total: Math.min(result.matched, RESULT_WINDOW),
      /** More listings matched than a result list holds; a narrower query or a filter finds them. */
      truncated: result.matched > RESULT_WINDOW,
      page,
      pageSize,
    };
  }

  async detail(slug: string) {
    if (slug.length > 120 || !SLUG_FORMAT.test(slug)) throw listingNotFound();
    const listing = await this.dataSource.getRepository(Listing).findOneBy({ slug });
    if (!listing || listing.withdrawnAt !== null) throw listingNotFound();
    return publicListingDetail(listing);
  }
}
