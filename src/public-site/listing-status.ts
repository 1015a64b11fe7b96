import type { DataSource } from 'typeorm';
import { CLOSED_STATES } from '../publication/publication.service.js';

/** What a reader of the databank needs to know about a listing's recognition besides its text. */
export interface ListingStatus {
  /** ISO instant; the recognition lapses after it unless a re-assessment renews it. */
  recognisedUntil: string;
  /**
   * The owner has submitted a re-assessment (a newer application linked to the listing) that is
   * neither closed nor published yet. A draft not yet submitted does not count: nobody assesses it.
   */
  reassessmentInProgress: boolean;
}

/** SQL: whether listing `l` has a re-assessment under way; `$2` binds CLOSED_STATES. */
export const REASSESSMENT_IN_PROGRESS_SQL = `EXISTS (SELECT 1 FROM applications a
                     WHERE a.listing_id = l.id AND a.id <> l.application_id AND a.state <> 'draft'
                       AND NOT (a.state = ANY($2) OR a.state LIKE 'published.%'))`;

export { CLOSED_STATES };

/** The status of each listed listing among `slugs`, by slug (one query for a whole result page). */
export async function listingStatuses(dataSource: DataSource, slugs: string[]): Promise<Map<string, ListingStatus>> {
  if (slugs.length === 0) return new Map();
  const rows: { slug: string; recognisedUntil: Date; reassessment: boolean }[] = await dataSource.query(
    `SELECT l.slug, l.recognised_until AS "recognisedUntil",
            ${REASSESSMENT_IN_PROGRESS_SQL} AS reassessment
       FROM listings l
      WHERE l.slug = ANY($1) AND l.withdrawn_at IS NULL`,
    [slugs, CLOSED_STATES],
  );
  return new Map(rows.map((row) => [row.slug, { recognisedUntil: row.recognisedUntil.toISOString(), reassessmentInProgress: row.reassessment }]));
}
