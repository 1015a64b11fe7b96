import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PartnerDatabank, PublicNegativeVerdict } from './partner-databank.view.js';
import { databankNotFound } from './publication.errors.js';

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A niet-erkend verdict is public when the settings version the case followed says so and the
 * verdict is final: the objection window after the letter has passed without an objection, or the
 * objection has been decided (the case is back in decided.notRecognised). No step, no timer: the
 * entry appears by itself once the window is over (docs/decisions/0033).
 */
export const PUBLIC_NEGATIVE_VERDICT_SQL = `a.state = 'decided.notRecognised'
  AND coalesce((cs.settings->>'publishNegativeVerdicts')::boolean, false)
  AND ((a.snapshot->'context'->>'objectionLodgedAt') IS NOT NULL
       OR (a.snapshot->'context'->>'letterSentAt')::timestamptz
          + make_interval(days => (a.snapshot->'context'->'procedure'->>'objectionWindowDays')::int) < now())`;

/** The partner databanks (one per committee) and the negative verdicts those that publish them show. */
@Injectable()
export class PartnerDatabanksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every active committee's databank with a path, by name. */
  async all(): Promise<PartnerDatabank[]> {
    return this.dataSource.query(
      `SELECT c.databank_slug AS slug, c.databank AS name, c.name AS "committeeName",
              coalesce((s.settings->>'publishNegativeVerdicts')::boolean, false) AS "publishesNegativeVerdicts"
         FROM committees c
         JOIN LATERAL (SELECT settings FROM committee_settings WHERE committee_id = c.id ORDER BY version DESC LIMIT 1) s ON true
        WHERE c.active AND c.databank_slug IS NOT NULL
        ORDER BY c.databank, c.databank_slug`,
    );
  }

  /** One databank by its path name; 404 DATABANK_NOT_FOUND for an unknown one. */
  async one(slug: string): Promise<PartnerDatabank> {
    const found = SLUG_FORMAT.test(slug) && slug.length <= 60 ? (await this.all()).find((databank) => databank.slug === slug) : undefined;
    if (!found) throw databankNotFound();
    return found;
  }

  /** The databank's public niet-erkend verdicts, newest decision first. */
  async negativeVerdicts(slug: string): Promise<PublicNegativeVerdict[]> {
    await this.one(slug);
    return this.dataSource.query(
      `SELECT a.id, a.name AS title, a.organisation, 'not_recognised' AS verdict, 'Niet erkend' AS "verdictLabel",
              d.motivation AS reason, to_char((d.decided_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS "decisionDate"
         FROM applications a
         JOIN committees c ON c.id = a.committee_id
         JOIN committee_settings cs ON cs.committee_id = a.committee_id AND cs.version = a.settings_version
         JOIN LATERAL (SELECT motivation, decided_at FROM decisions
                        WHERE application_id = a.id AND superseded_by IS NULL AND verdict = 'not_recognised'
                        ORDER BY decided_at DESC LIMIT 1) d ON true
        WHERE c.databank_slug = $1 AND ${PUBLIC_NEGATIVE_VERDICT_SQL}
        ORDER BY d.decided_at DESC, a.name`,
      [slug],
    );
  }
}
