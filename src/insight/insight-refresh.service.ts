import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MILESTONES_SQL, spansQuery } from './insight-refresh.sql.js';

/** Serialises rebuilds: the scheduled one and a debounced one may meet. */
const REFRESH_LOCK_KEY = 1_764_003_700;

export interface InsightRefreshResult {
  refreshedAt: string;
  durationMs: number;
  spans: number;
  milestones: number;
}

/**
 * Rebuilds the insight summary tables from the audit trail and the decisions in one transaction:
 * the dashboard reads the previous figures until the new ones are committed, and the figures are
 * exactly those of the transaction's snapshot, whose start is recorded as `refreshed_at`.
 */
@Injectable()
export class InsightRefreshService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refresh(): Promise<InsightRefreshResult> {
    const started = performance.now();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [REFRESH_LOCK_KEY]);
      await manager.query(`DELETE FROM insight_spans`);
      await manager.query(`DELETE FROM insight_milestones`);
      const spans = spansQuery();
      const [{ count: spanCount }]: { count: number }[] = await manager.query(
        `WITH inserted AS (INSERT INTO insight_spans (application_id, measure, started_at, ended_at, working_days) ${spans.sql} RETURNING 1)
         SELECT count(*)::int AS count FROM inserted`,
        spans.parameters,
      );
      const [{ count: milestoneCount }]: { count: number }[] = await manager.query(
        `WITH inserted AS (INSERT INTO insight_milestones (application_id, measure, at) ${MILESTONES_SQL} RETURNING 1)
         SELECT count(*)::int AS count FROM inserted`,
      );
      const durationMs = Math.round(performance.now() - started);
      const [row]: { refreshedAt: Date }[] = await manager.query(
        `INSERT INTO insight_refresh (id, refreshed_at, duration_ms) VALUES (1, transaction_timestamp(), $1)
         ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms
         RETURNING refreshed_at AS "refreshedAt"`,
        [durationMs],
      );
      return { refreshedAt: row.refreshedAt.toISOString(), durationMs, spans: spanCount, milestones: milestoneCount };
    });
  }

  /** When the figures were last rebuilt; null before the first rebuild. */
  async refreshedAt(): Promise<string | null> {
    const [row]: { refreshedAt: Date }[] = await this.dataSource.query(`SELECT refreshed_at AS "refreshedAt" FROM insight_refresh WHERE id = 1`);
    return row ? row.refreshedAt.toISOString() : null;
  }
}
