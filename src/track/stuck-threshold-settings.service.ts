import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_STUCK_THRESHOLDS, isStuckPhase, type StuckThresholds } from './stuck-rule.js';

/** How long a process reuses the thresholds it read before asking the database again. */
export const STUCK_THRESHOLDS_CACHE_MS = 30_000;

/** The stored thresholds; a phase without a row (say after a restore of an old dump) keeps its default. */
export async function readStuckThresholds(db: DataSource | EntityManager): Promise<StuckThresholds> {
  const rows: { phase: string; workingDays: number }[] = await db.query(`SELECT phase, working_days AS "workingDays" FROM stuck_thresholds`);
  const stored = Object.fromEntries(rows.filter((row) => isStuckPhase(row.phase)).map((row) => [row.phase, row.workingDays]));
  return { ...DEFAULT_STUCK_THRESHOLDS, ...stored };
}

/**
 * The per-phase stuck thresholds the admin set (table `stuck_thresholds`), for every consumer of
 * the stuck rule: the application views, the board, the staff list's SQL and the weekly digest.
 *
 * Read at most once per STUCK_THRESHOLDS_CACHE_MS per process, as every list and view needs them.
 * The API process that saves a change refreshes its copy at once, so the flags it serves change
 * on the next request. Each process keeps its own copy: with several API instances, the others (and
 * the worker, which needs them only for the weekly digest) follow within STUCK_THRESHOLDS_CACHE_MS.
 * Nothing breaks meanwhile; a case may show as stuck a few seconds longer on one instance.
 */
@Injectable()
export class StuckThresholdSettings {
  private cached: { thresholds: StuckThresholds; readAt: number } | null = null;
  private reading: Promise<StuckThresholds> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<StuckThresholds> {
    if (this.cached && Date.now() - this.cached.readAt < STUCK_THRESHOLDS_CACHE_MS) return this.cached.thresholds;
    return this.reading ?? this.refresh();
  }

  /** Reads the thresholds again now (after a change); a read begun before it can no longer overwrite what it finds. */
  refresh(): Promise<StuckThresholds> {
    const reading: Promise<StuckThresholds> = readStuckThresholds(this.dataSource)
      .then((thresholds) => {
        if (this.reading === reading) this.cached = { thresholds, readAt: Date.now() };
        return thresholds;
      })
      .finally(() => {
        if (this.reading === reading) this.reading = null;
      });
    this.reading = reading;
    return reading;
  }
}
