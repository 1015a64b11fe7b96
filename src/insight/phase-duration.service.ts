import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { phaseOf, TRACK_STATE_KEYS } from '../track/track.snapshot.js';
import { LEAD_TIME_PHASES, type LeadTimePhase } from './insight-measures.js';
import type { PhaseDurationView } from './phase-duration.view.js';

/** Stays that ended within this many days before now make up "usual". */
export const USUAL_DURATION_WINDOW_DAYS = 365;
/** Fewer ended stays than this, and there is no usual duration to speak of. */
export const USUAL_DURATION_MIN_CASES = 10;

/**
 * Where a case stands against the usual duration of its phase, for anyone who may see the case
 * (its owners above all): the stay so far counted live from the audit trail, "usual" from the
 * insight summary tables the dashboard reads.
 */
@Injectable()
export class PhaseDurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  async forApplication(user: AuthUser, applicationId: string, now = new Date()): Promise<PhaseDurationView> {
    const { application } = await this.access.load(user, applicationId);
    const phase = phaseOf(application.state).phase;
    if (!(LEAD_TIME_PHASES as readonly string[]).includes(phase)) return { phase: null, workingDays: null, usual: null };
    const measured = phase as LeadTimePhase;
    const statesOfPhase = TRACK_STATE_KEYS.filter((state) => phaseOf(state).phase === measured);
    const [entered]: { workingDays: number }[] = await this.dataSource.query(
      `SELECT working_days_between(e.created_at, $3) AS "workingDays"
         FROM audit_events e
        WHERE e.application_id = $1 AND e.from_state IS DISTINCT FROM e.to_state
          AND e.to_state = ANY($2::text[]) AND (e.from_state IS NULL OR NOT e.from_state = ANY($2::text[]))
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT 1`,
      [applicationId, statesOfPhase, now],
    );
    const [usual]: { from: number | null; to: number | null; cases: number }[] = await this.dataSource.query(
      `SELECT round(percentile_cont(0.25) WITHIN GROUP (ORDER BY working_days))::int AS "from",
              round(percentile_cont(0.75) WITHIN GROUP (ORDER BY working_days))::int AS "to",
              count(*)::int AS cases
         FROM insight_spans
        WHERE measure = $1 AND ended_at IS NOT NULL AND ended_at > $2::timestamptz - make_interval(days => $3) AND ended_at <= $2::timestamptz`,
      [measured, now, USUAL_DURATION_WINDOW_DAYS],
    );
    return {
      phase: measured,
      workingDays: entered?.workingDays ?? null,
      usual: usual && usual.cases >= USUAL_DURATION_MIN_CASES && usual.from !== null && usual.to !== null ? { from: usual.from, to: usual.to, cases: usual.cases } : null,
    };
  }
}
