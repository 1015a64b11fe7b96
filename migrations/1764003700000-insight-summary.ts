import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The insight figures' summary tables, rebuilt from the audit trail and the decisions by the
 * `insight` job (src/insight/insight-refresh.service.ts): the dashboard reads these instead of
 * sorting a million audit rows per request (docs/decisions/0029).
 *
 * - `insight_spans`: every stay in a measured phase (ended or still running) and every way from
 *   submission to the first decision, with its working days.
 * - `insight_milestones`: the throughput's events, one row each.
 * - `insight_refresh`: one row, when the tables were last rebuilt (the page says so).
 */
export class InsightSummary1764003700000 implements MigrationInterface {
  name = 'InsightSummary1764003700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE insight_spans (
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        measure text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        working_days integer
      )`);
    await db.query(`CREATE INDEX insight_spans_ended_idx ON insight_spans (ended_at) INCLUDE (measure, working_days, application_id) WHERE ended_at IS NOT NULL`);
    await db.query(`CREATE INDEX insight_spans_application_idx ON insight_spans (application_id)`);
    // The backlog at a moment: the stays whose range holds it.
    await db.query(`CREATE INDEX insight_spans_range_idx ON insight_spans USING gist (tstzrange(started_at, ended_at, '[)'))`);
    await db.query(`
      CREATE TABLE insight_milestones (
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        measure text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX insight_milestones_at_idx ON insight_milestones (at) INCLUDE (measure, application_id)`);
    await db.query(`
      CREATE TABLE insight_refresh (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        refreshed_at timestamptz NOT NULL,
        duration_ms integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE insight_refresh`);
    await db.query(`DROP TABLE insight_milestones`);
    await db.query(`DROP TABLE insight_spans`);
  }
}
