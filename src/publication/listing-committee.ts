import type { DataSource, EntityManager } from 'typeorm';
import { committeeLevelLabel, type OfferedLevel } from '../committee-settings/procedure-settings.js';
import { levelLabel, type LevelCode } from '../track/track.levels.js';

/**
 * The committee a listing belongs to (through the application it shows now) and that committee's
 * own words for the listing's level, from the settings version the case followed
 * (docs/decisions/0033). A listing of a case without a committee has the national words.
 */
export interface ListingCommittee {
  databankSlug: string | null;
  databankName: string | null;
  levelLabelNl: string;
  levelLabelEn: string;
}

interface CommitteeRow {
  key: string;
  databankSlug: string | null;
  databankName: string;
  levels: OfferedLevel[] | null;
}

const COMMITTEE_SQL = (keyColumn: string, keyName: string) => `
  SELECT ${keyColumn} AS key, c.databank_slug AS "databankSlug", c.databank AS "databankName", cs.settings->'levels' AS levels
    FROM applications a
    JOIN committees c ON c.id = a.committee_id
    LEFT JOIN committee_settings cs ON cs.committee_id = a.committee_id AND cs.version = a.settings_version
    ${keyName}`;

function committeeOf(row: CommitteeRow | undefined, level: LevelCode): ListingCommittee {
  const settings = row?.levels ? { levels: row.levels } : null;
  return {
    databankSlug: row?.databankSlug ?? null,
    databankName: row?.databankName ?? null,
    levelLabelNl: settings ? committeeLevelLabel(settings, level, 'nl') : levelLabel(level),
    levelLabelEn: committeeLevelLabel(settings, level, 'en'),
  };
}

/** Per slug: the committee of each listed listing given. */
export async function listingCommitteesBySlug(db: DataSource | EntityManager, listings: { slug: string; level: LevelCode }[]): Promise<Map<string, ListingCommittee>> {
  if (!listings.length) return new Map();
  const rows: CommitteeRow[] = await db.query(
    COMMITTEE_SQL('l.slug', 'JOIN listings l ON l.application_id = a.id WHERE l.slug = ANY($1)'),
    [listings.map((listing) => listing.slug)],
  );
  const bySlug = new Map(rows.map((row) => [row.key, row]));
  return new Map(listings.map((listing) => [listing.slug, committeeOf(bySlug.get(listing.slug), listing.level)]));
}

/** The committee of one application, for the preview of a listing before it exists. */
export async function listingCommitteeOfApplication(db: DataSource | EntityManager, applicationId: string, level: LevelCode): Promise<ListingCommittee> {
  const [row]: CommitteeRow[] = await db.query(COMMITTEE_SQL('a.id::text', 'WHERE a.id = $1'), [applicationId]);
  return committeeOf(row, level);
}
