import { ApiProperty } from '@nestjs/swagger';
import { committeeLevelLabel } from '../committee-settings/procedure-settings.js';
import { LEVEL_CODES, levelLabel, type LevelCode } from '../track/track.levels.js';
import type { ListingCommittee } from './listing-committee.js';
import { WITHDRAWN_REASONS, type Listing, type WithdrawnReason } from './listing.entity.js';
import { PublicListingFacts } from './listing-facts.view.js';
import type { ListingSearchRow } from './listing-search.sql.js';
import { publicListingFacts } from './listing-facts.js';

export const SHORT_SUMMARY_CHARS = 280;

/** The start of a summary for a result line, cut at a word boundary. */
export function shortSummary(text: string, max = SHORT_SUMMARY_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : flat.slice(0, max)).replace(/[\s.,;:–-]+$/, '')}…`;
}

/** A search result line of the public databank. */
export class PublicListingItem {
  @ApiProperty()
  slug!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ enum: LEVEL_CODES, enumName: 'LevelCode' })
  level!: LevelCode;

  @ApiProperty()
  levelLabel!: string;

  @ApiProperty({ description: "The level in the committee's English words" })
  levelLabelEn!: string;

  @ApiProperty({ type: String, nullable: true, description: "The partner databank's path name" })
  databank!: string | null;

  @ApiProperty({ type: String, nullable: true })
  databankName!: string | null;

  @ApiProperty({ type: [String] })
  themes!: string[];

  @ApiProperty({ type: [String] })
  organisations!: string[];

  @ApiProperty({ format: 'date' })
  decisionDate!: string;
}

export class ListingContact {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  organisation!: string;
}

/** A listed intervention's public page: what a result line says (the summary in full), and the rest. */
export class PublicListingDetail extends PublicListingItem {
  @ApiProperty()
  goal!: string;

  @ApiProperty()
  targetGroup!: string;

  @ApiProperty()
  approach!: string;

  @ApiProperty()
  activeElements!: string;

  @ApiProperty()
  research!: string;

  @ApiProperty({ format: 'date-time' })
  recognisedUntil!: string;

  @ApiProperty({ type: PublicListingFacts, nullable: true, description: 'Cost, duration and intensity, staff, settings and age group; null when the werkblad gave none' })
  facts!: PublicListingFacts | null;

  @ApiProperty({ type: ListingContact })
  contact!: ListingContact;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** What staff see after publishing or updating: the public page plus its status. */
export class StaffListingView extends PublicListingDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  applicationId!: string;

  @ApiProperty({ format: 'uuid' })
  firstApplicationId!: string;

  @ApiProperty()
  listed!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt!: string | null;

  @ApiProperty({ enum: WITHDRAWN_REASONS, enumName: 'WithdrawnReason', nullable: true })
  withdrawnReason!: WithdrawnReason | null;
}

/**
 * The public views list their fields one by one (never a spread of the row), so a column added
 * to `listings` later cannot leak into the databank by accident.
 */
export function publicListingItem(row: ListingSearchRow, committee?: ListingCommittee): PublicListingItem {
  return {
    slug: row.slug,
    title: row.title,
    summary: shortSummary(row.summary),
    level: row.level,
    ...committeeFields(row.level as LevelCode, committee),
    themes: row.themes,
    organisations: row.organisations,
    decisionDate: row.decisionDate,
  };
}

/** The level in the committee's own words (Dutch and English), and the databank the listing is in. */
function committeeFields(level: LevelCode, committee: ListingCommittee | undefined) {
  return {
    levelLabel: committee?.levelLabelNl ?? levelLabel(level),
    levelLabelEn: committee?.levelLabelEn ?? committeeLevelLabel(null, level, 'en'),
    databank: committee?.databankSlug ?? null,
    databankName: committee?.databankName ?? null,
  };
}

export function publicListingDetail(listing: Listing, committee?: ListingCommittee): PublicListingDetail {
  return {
    slug: listing.slug,
    title: listing.title,
    summary: listing.summary,
    goal: listing.goal,
    targetGroup: listing.targetGroup,
    approach: listing.approach,
    organisations: listing.organisations,
    activeElements: listing.activeElements,
    research: listing.research,
    level: listing.level,
    ...committeeFields(listing.level, committee),
    decisionDate: listing.decisionDate,
    recognisedUntil: listing.recognisedUntil.toISOString(),
    themes: listing.themes,
    facts: publicListingFacts(listing.facts),
    // The handbook is not public: the databank refers interested parties to the owner.
    contact: {
      name: listing.contactName,
      email: listing.contactEmail,
      organisation: listing.contactOrganisation,
    },
    publishedAt: listing.publishedAt.toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
  };
}

export function staffListingView(listing: Listing): StaffListingView {
  return {
    ...publicListingDetail(listing),
    id: listing.id,
    applicationId: listing.applicationId,
    firstApplicationId: listing.firstApplicationId,
    listed: listing.withdrawnAt === null,
    withdrawnAt: listing.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: listing.withdrawnReason,
  };
}
