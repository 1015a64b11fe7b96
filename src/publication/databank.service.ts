import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Listing } from './listing.entity.js';
import {
  PREPARE_SQL,
  RESULT_WINDOW,
  preparedQuery,
  searchListingsStatement,
  type ListingSearchResult,
  type PreparedRow,
} from './listing-search.sql.js';
import { SUGGEST_WORDS_SQL, queryWords, replaceWords } from './listing-suggestion.sql.js';
import { listingCommitteesBySlug } from './listing-committee.js';
import { ListingSearchPage } from './listing-search-page.view.js';
import { publicListingDetail, publicListingItem, type PublicListingDetail } from './listing.view.js';
import type { SearchListingsQuery } from './dto/search-listings.query.js';
import { listingNotFound } from './publication.errors.js';

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type SearchFilters = Pick<SearchListingsQuery, 'q' | 'theme' | 'level' | 'targetGroup' | 'setting' | 'ageGroup' | 'maxCost' | 'costBasis' | 'databank'>;

/** The public databank: anonymous search and detail pages over listed interventions only. */
@Injectable()
export class DatabankService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: SearchListingsQuery): Promise<ListingSearchPage> {
    const { page, pageSize } = query;
    const result = await this.run(query, page, pageSize);
    const committees = await listingCommitteesBySlug(this.dataSource, result.items);
    return {
      items: result.items.map((row) => publicListingItem(row, committees.get(row.slug))),
      total: Math.min(result.matched, RESULT_WINDOW),
      truncated: result.matched > RESULT_WINDOW,
      page,
      pageSize,
      suggestion: result.matched === 0 && query.q ? await this.suggest(query) : null,
    };
  }

  async detail(slug: string): Promise<PublicListingDetail> {
    if (slug.length > 120 || !SLUG_FORMAT.test(slug)) throw listingNotFound();
    const listing = await this.dataSource.getRepository(Listing).findOneBy({ slug });
    if (!listing || listing.withdrawnAt !== null) throw listingNotFound();
    const committees = await listingCommitteesBySlug(this.dataSource, [listing]);
    return publicListingDetail(listing, committees.get(listing.slug));
  }

  private async run(filters: SearchFilters, page: number, pageSize: number): Promise<ListingSearchResult> {
    const [row]: PreparedRow[] = await this.dataSource.query(PREPARE_SQL, [filters.q ?? null, filters.targetGroup ?? null]);
    const facts = { setting: filters.setting, ageGroup: filters.ageGroup, maxCost: filters.maxCost, costBasis: filters.costBasis };
    const statement = searchListingsStatement({ prepared: preparedQuery(row), theme: filters.theme, level: filters.level, databank: filters.databank, facts, page, pageSize });
    const [result]: ListingSearchResult[] = await this.dataSource.query(statement.sql, statement.params);
    return result;
  }

  /**
   * Each unknown word replaced in the query as typed, so quotes, `or` and `-word` keep their
   * meaning. Only offered when it finds something, so a word of a withdrawn listing is never suggested.
   */
  private async suggest(query: SearchFilters): Promise<string | null> {
    const q = query.q ?? '';
    const words = queryWords(q);
    if (words.length === 0) return null;
    const rows: { word: string }[] = await this.dataSource.query(SUGGEST_WORDS_SQL, [words]);
    const corrections = new Map(words.map((word, index) => [word, rows[index].word]));
    const suggestion = replaceWords(q, (word) => {
      const correction = corrections.get(word.toLowerCase());
      return correction === undefined || correction === word.toLowerCase() ? word : correction;
    });
    if (suggestion === q) return null;
    const check = await this.run({ ...query, q: suggestion }, 1, 1);
    return check.matched > 0 ? suggestion : null;
  }
}
