import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stays that began in a month (the monthly backlog's "in", docs/decisions/0037) by an index
 * range on `started_at`, as `insight_spans_ended_idx` serves the stays that ended in one.
 */
export class InsightSpansStartedIndex1764004300000 implements MigrationInterface {
  name = 'InsightSpansStartedIndex1764004300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX insight_spans_started_idx ON insight_spans (started_at) INCLUDE (measure, application_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX insight_spans_started_idx`);
  }
}
