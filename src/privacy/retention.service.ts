import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '../database/advisory-locks.js';
import { RETENTION_KINDS, RETENTION_RULES, type RetentionKind, type RetentionTerms } from './retention-kinds.js';
import { RETENTION_QUERIES } from './retention-queries.js';
import { readRetentionTerms } from './retention-settings.service.js';

/** How many examples the dry run shows per kind. */
const EXAMPLES_PER_KIND = 5;
/** How many of the latest runs the admin's screen shows. */
const RUN_HISTORY_LENGTH = 20;
const DAY_MS = 86_400_000;

export type RetentionCounts = Record<RetentionKind, number>;
export type RetentionTrigger = 'schedule' | 'admin';

export interface RetentionRunView {
  id: string;
  trigger: RetentionTrigger;
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string;
  counts: RetentionCounts;
}

function cutoffOf(terms: RetentionTerms, kind: RetentionKind, now: Date): Date {
  return new Date(now.getTime() - terms[kind] * DAY_MS);
}

/**
 * Applies the retention terms: the dry run counts and shows what is past its term per kind; the
 * run deletes or anonymises exactly that, in one transaction, and logs its counts per kind. What
 * the public task and the archive duty keep (decisions, letters, objections, the audit trail) is
 * never a candidate of any kind (retention-queries.ts).
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('retention');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dryRun(now: Date = new Date()) {
    const terms = await readRetentionTerms(this.dataSource);
    const kinds = [];
    for (const kind of RETENTION_KINDS) {
      const cutoff = cutoffOf(terms, kind, now);
      const rows: { total: number; example: string; since: Date }[] = await this.dataSource.query(
        `SELECT count(*) OVER ()::int AS total, example, since FROM (${RETENTION_QUERIES[kind].candidates}) c ORDER BY since, id LIMIT ${EXAMPLES_PER_KIND}`,
        [cutoff],
      );
      kinds.push({
        kind,
        days: terms[kind],
        action: RETENTION_RULES[kind].action,
        cutoff: cutoff.toISOString(),
        count: rows[0]?.total ?? 0,
        examples: rows.map((row) => ({ label: row.example, since: new Date(row.since).toISOString() })),
      });
    }
    return { at: now.toISOString(), kinds };
  }

  /** Deletes or anonymises every record past its term, logs the run; two runs never overlap. */
  async run(trigger: RetentionTrigger, requestedBy: string | null, now: Date = new Date()): Promise<RetentionRunView> {
    const run = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [ADVISORY_LOCKS.retentionRun]);
      const terms = await readRetentionTerms(manager);
      const counts = {} as RetentionCounts;
      for (const kind of RETENTION_KINDS) counts[kind] = await this.apply(manager, kind, cutoffOf(terms, kind, now));
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO retention_runs (trigger, requested_by, started_at, counts) VALUES ($1, $2, $3, $4) RETURNING id`,
        [trigger, requestedBy, now, counts],
      );
      return row.id;
    });
    const view = (await this.runs(run))[0];
    this.logger.log({ msg: 'retention run', runId: view.id, trigger, counts: view.counts });
    return view;
  }

  /** The latest runs, newest first; or the one run `id`. */
  async runs(id?: string): Promise<RetentionRunView[]> {
    const rows: (Omit<RetentionRunView, 'startedAt' | 'finishedAt'> & { startedAt: Date; finishedAt: Date })[] = await this.dataSource.query(
      `SELECT r.id::text AS id, r.trigger, u.name AS "requestedBy", r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.counts
         FROM retention_runs r LEFT JOIN users u ON u.id = r.requested_by
        WHERE $1::bigint IS NULL OR r.id = $1::bigint
        ORDER BY r.id DESC LIMIT ${RUN_HISTORY_LENGTH}`,
      [id ?? null],
    );
    return rows.map((row) => ({
      ...row,
      startedAt: new Date(row.startedAt).toISOString(),
      finishedAt: new Date(row.finishedAt).toISOString(),
      counts: { ...Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, 0])), ...row.counts } as RetentionCounts,
    }));
  }

  private async apply(manager: EntityManager, kind: RetentionKind, cutoff: Date): Promise<number> {
    const query = RETENTION_QUERIES[kind];
    const [row]: { changed: number }[] = await manager.query(query.apply(query.candidates), [cutoff]);
    return row.changed;
  }
}
