import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { DEFAULT_STUCK_THRESHOLDS, STUCK_PHASES, STUCK_THRESHOLD_MAX, STUCK_THRESHOLD_MIN, type StuckPhase, type StuckThresholds } from '../track/stuck-rule.js';
import { stuckCondition } from '../track/stuck-sql.js';
import { readStuckThresholds, StuckThresholdSettings } from '../track/stuck-threshold-settings.service.js';

/** How many of the latest changes the admin's screen shows. */
const HISTORY_LENGTH = 20;

export interface StuckThresholdChange {
  phase: StuckPhase;
  fromWorkingDays: number;
  toWorkingDays: number;
  changedBy: { id: string; name: string };
  changedAt: string;
}

/** What saving `thresholds` would do now: how many cases are stuck today, how many then, and the moves both ways. */
export interface StuckThresholdsPreview {
  stuckNow: number;
  stuckAfter: number;
  becomeStuck: number;
  stopBeingStuck: number;
}

/**
 * The admin's side of the stuck thresholds: read them with their defaults and history, preview
 * what a change does to the cases' stuck flags (counted in SQL with the same condition as the
 * staff list), and save a change with a line of history per phase changed.
 */
@Injectable()
export class StuckThresholdsAdmin {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: StuckThresholdSettings,
  ) {}

  async view() {
    // Straight from the database, not the cache: the admin sees what is stored.
    const current = await readStuckThresholds(this.dataSource);
    const changes: (Omit<StuckThresholdChange, 'changedBy' | 'changedAt'> & { changedById: string; changedByName: string; changedAt: Date })[] = await this.dataSource.query(
      `SELECT c.phase, c.from_working_days AS "fromWorkingDays", c.to_working_days AS "toWorkingDays",
              c.changed_by AS "changedById", u.name AS "changedByName", c.changed_at AS "changedAt"
         FROM stuck_threshold_changes c JOIN users u ON u.id = c.changed_by
        ORDER BY c.changed_at DESC, c.id DESC LIMIT $1`,
      [HISTORY_LENGTH],
    );
    return {
      min: STUCK_THRESHOLD_MIN,
      max: STUCK_THRESHOLD_MAX,
      thresholds: STUCK_PHASES.map((phase) => ({ phase, workingDays: current[phase], defaultWorkingDays: DEFAULT_STUCK_THRESHOLDS[phase] })),
      changes: changes.map(
        ({ changedById, changedByName, changedAt, ...change }): StuckThresholdChange => ({
          ...change,
          changedBy: { id: changedById, name: changedByName },
          changedAt: new Date(changedAt).toISOString(),
        }),
      ),
    };
  }

  /**
   * Stores every phase's threshold and writes one history line per phase whose value changed, in
   * one transaction (the rows locked, so two admins saving at once each log what they replaced);
   * then this process reads the thresholds again, so the stuck flags it serves change at once.
   */
  async save(user: AuthUser, thresholds: StuckThresholds) {
    await this.dataSource.transaction(async (manager) => {
      const stored: { phase: string; workingDays: number }[] = await manager.query(
        `SELECT phase, working_days AS "workingDays" FROM stuck_thresholds ORDER BY phase FOR UPDATE`,
      );
      const before = { ...DEFAULT_STUCK_THRESHOLDS, ...Object.fromEntries(stored.map((row) => [row.phase, row.workingDays])) } as StuckThresholds;
      for (const phase of STUCK_PHASES) {
        if (before[phase] === thresholds[phase] && stored.some((row) => row.phase === phase)) continue;
        await manager.query(
          `INSERT INTO stuck_thresholds (phase, working_days, updated_by, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT ON CONSTRAINT stuck_thresholds_pkey DO UPDATE SET working_days = EXCLUDED.working_days, updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [phase, thresholds[phase], user.id],
        );
        if (before[phase] !== thresholds[phase])
          await manager.query(`INSERT INTO stuck_threshold_changes (phase, from_working_days, to_working_days, changed_by) VALUES ($1, $2, $3, $4)`, [
            phase,
            before[phase],
            thresholds[phase],
            user.id,
          ]);
      }
    });
    await this.settings.refresh();
    return this.view();
  }

  /** Counts over every application, in one statement: stuck under the stored thresholds, under `proposed`, and the differences. */
  async preview(proposed: StuckThresholds, now: Date = new Date()): Promise<StuckThresholdsPreview> {
    const current = stuckCondition('application', now, await readStuckThresholds(this.dataSource), { parameterPrefix: 'current' });
    const after = stuckCondition('application', now, proposed, { parameterPrefix: 'proposed' });
    const counts = await this.dataSource
      .createQueryBuilder()
      .from('applications', 'application')
      .select(`count(*) FILTER (WHERE ${current.sql})::int`, 'stuckNow')
      .addSelect(`count(*) FILTER (WHERE ${after.sql})::int`, 'stuckAfter')
      .addSelect(`count(*) FILTER (WHERE ${after.sql} AND NOT ${current.sql})::int`, 'becomeStuck')
      .addSelect(`count(*) FILTER (WHERE ${current.sql} AND NOT ${after.sql})::int`, 'stopBeingStuck')
      .setParameters({ ...current.parameters, ...after.parameters })
      .getRawOne<StuckThresholdsPreview>();
    return counts ?? { stuckNow: 0, stuckAfter: 0, becomeStuck: 0, stopBeingStuck: 0 };
  }
}
