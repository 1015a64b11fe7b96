import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { DatabankService } from '../publication/databank.service.js';
import { SearchListingsQuery } from '../publication/dto/search-listings.query.js';
import type { PartnerDatabank, PublicNegativeVerdict } from '../publication/partner-databank.view.js';
import { PartnerDatabanksService } from '../publication/partner-databanks.service.js';
import { shortSummary } from '../publication/listing.view.js';
import { CLOSED_STATES, listingStatuses, REASSESSMENT_IN_PROGRESS_SQL, type ListingStatus } from './listing-status.js';
import { Expiring } from './rendered-page-cache.js';
import type { ThemeName } from './pages/formatting.js';
import type { ListingCardItem } from './pages/listing-card.js';
import type { PublicListing } from './pages/listing-page.js';
import type { SearchCriteria, SearchResults } from './pages/search-page.js';

export const PUBLIC_PAGE_SIZE = 10;
export const RECENT_DAYS = 365;
const RECENT_MAX = 50;

/** The search form's Dutch parameter names and the API query's fields they stand for. */
const FIELD_OF_PARAMETER = {
  q: 'q',
  thema: 'theme',
  niveau: 'level',
  doelgroep: 'targetGroup',
  setting: 'setting',
  leeftijd: 'ageGroup',
  maxkosten: 'maxCost',
  databank: 'databank',
  pagina: 'page',
} as const;
type Parameter = keyof typeof FIELD_OF_PARAMETER;

export interface SearchOutcome {
  criteria: SearchCriteria;
  /** Parameter → which rule it broke (a key of the texts' `search.invalid`). */
  invalid: Partial<Record<Parameter, (typeof FIELD_OF_PARAMETER)[Parameter]>>;
  results: SearchResults | null;
  statuses: Map<string, ListingStatus>;
}

function single(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}

/** Reads what the public pages show: the search through the databank's own service, listings, statuses, themes. */
@Injectable()
export class PublicSiteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly databank: DatabankService,
    private readonly partners: PartnerDatabanksService,
  ) {}

  /**
   * Runs the search the form's parameters describe, with the API's own validation rules
   * (SearchListingsQuery); a broken rule comes back per parameter instead of results.
   */
  async search(query: Record<string, unknown>, scope?: { slug: string }): Promise<SearchOutcome> {
    // On a partner's own page the databank is the page's, whatever the address says.
    const asked = scope ? { ...query, databank: undefined } : query;
    const values = Object.fromEntries(Object.keys(FIELD_OF_PARAMETER).map((name) => [name, single(asked[name])])) as Record<Parameter, string | undefined | null>;
    const criteria: SearchCriteria = {
      q: values.q ?? '',
      thema: values.thema ?? '',
      niveau: values.niveau ?? '',
      doelgroep: values.doelgroep ?? '',
      setting: values.setting ?? '',
      leeftijd: values.leeftijd ?? '',
      maxkosten: values.maxkosten ?? '',
      databank: values.databank ?? '',
      pagina: Number.parseInt(values.pagina ?? '1', 10) || 1,
    };
    const invalid: SearchOutcome['invalid'] = {};
    // Repeated parameters (?q=a&q=b) are no single value: refused like any other broken rule.
    for (const name of Object.keys(values) as Parameter[]) if (values[name] === null) invalid[name] = FIELD_OF_PARAMETER[name];

    const plain = {
      q: criteria.q.trim() || undefined,
      theme: criteria.thema || undefined,
      level: criteria.niveau || undefined,
      targetGroup: criteria.doelgroep.trim() || undefined,
      setting: criteria.setting || undefined,
      ageGroup: criteria.leeftijd || undefined,
      maxCost: criteria.maxkosten.trim() || undefined,
      databank: scope?.slug ?? (criteria.databank || undefined),
      page: values.pagina || undefined,
      pageSize: PUBLIC_PAGE_SIZE,
    };
    // An absent parameter must leave the DTO's default (page 1), not overwrite it with undefined.
    const dto = plainToInstance(SearchListingsQuery, Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)));
    for (const error of await validate(dto)) {
      const parameter = (Object.keys(FIELD_OF_PARAMETER) as Parameter[]).find((name) => FIELD_OF_PARAMETER[name] === error.property);
      if (parameter) invalid[parameter] = FIELD_OF_PARAMETER[parameter];
    }
    if (Object.keys(invalid).length) return { criteria, invalid, results: null, statuses: new Map() };

    const found = await this.databank.search(dto);
    const results: SearchResults = { ...found, items: found.items };
    return { criteria, invalid, results, statuses: await listingStatuses(this.dataSource, found.items.map((item) => item.slug)) };
  }

  /** The listed listing by slug, or null (unknown, withdrawn or not a slug at all). */
  async listing(slug: string): Promise<{ listing: PublicListing; status: ListingStatus | undefined } | null> {
    let listing: PublicListing;
    try {
      listing = await this.databank.detail(slug);
    } catch (error) {
      if ((error as { getStatus?: () => number }).getStatus?.() === 404) return null;
      throw error;
    }
    const statuses = await listingStatuses(this.dataSource, [listing.slug]);
    return { listing, status: statuses.get(listing.slug) };
  }

  /** Theme names change seldom (admin screen); a minute's delay on the public pages is fine. */
  private readonly themeNames = new Expiring<ThemeName[]>(60_000, () =>
    this.dataSource.query(`SELECT slug, name_nl AS "nameNl", name_en AS "nameEn" FROM themes WHERE active ORDER BY name_nl`),
  );

  themes(): Promise<ThemeName[]> {
    return this.themeNames.get();
  }

  /**
   * What a listing page depends on besides its language and the footer: the listing's last change
   * and its re-assessment status; null when it is not listed. One indexed read, for the page cache.
   */
  async listingVersion(slug: string): Promise<string | null> {
    const [row]: { updatedAt: Date; reassessment: boolean }[] = await this.dataSource.query(
      `SELECT l.updated_at AS "updatedAt", ${REASSESSMENT_IN_PROGRESS_SQL} AS reassessment
         FROM listings l WHERE l.slug = $1 AND l.withdrawn_at IS NULL`,
      [slug, CLOSED_STATES],
    );
    return row ? `${row.updatedAt.toISOString()}|${row.reassessment}` : null;
  }

  /** Listed listings decided in the last RECENT_DAYS days (a re-assessment's new decision counts), newest first. */
  async recent(): Promise<{ items: ListingCardItem[]; statuses: Map<string, ListingStatus> }> {
    const rows: (ListingCardItem & { summary: string })[] = await this.dataSource.query(
      `SELECT slug, title, summary, level, themes, organisations, to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate"
         FROM listings
        WHERE withdrawn_at IS NULL AND decision_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date - $1::int
        ORDER BY decision_date DESC, updated_at DESC, slug
        LIMIT $2`,
      [RECENT_DAYS, RECENT_MAX],
    );
    const items = rows.map((row) => ({ ...row, summary: shortSummary(row.summary) }));
    return { items, statuses: await listingStatuses(this.dataSource, items.map((item) => item.slug)) };
  }

  /** The partner databanks: one small read, not cached, so a new committee's page and filter exist at once. */
  databanks(): Promise<PartnerDatabank[]> {
    return this.partners.all();
  }

  /** A partner's databank by its path name, with its published niet-erkend verdicts; null when there is none. */
  async partnerDatabank(slug: string): Promise<{ databank: PartnerDatabank; verdicts: PublicNegativeVerdict[] } | null> {
    const databank = (await this.databanks()).find((candidate) => candidate.slug === slug);
    if (!databank) return null;
    return { databank, verdicts: await this.partners.negativeVerdicts(slug) };
  }

  /** Every listed listing's slug and last change, for the sitemap. */
  async sitemapEntries(): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.dataSource.query(`SELECT slug, updated_at AS "updatedAt" FROM listings WHERE withdrawn_at IS NULL ORDER BY slug`);
  }
}
