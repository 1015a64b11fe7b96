import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { NotificationFanOut } from '../notifications/notification-fan-out.service.js';
import { STUCK_PHASES, stuckBefore } from '../track/stuck-rule.js';
import { StuckThresholdSettings } from '../track/stuck-threshold-settings.service.js';
import { phaseOf, TRACK_PHASES, TRACK_STATE_KEYS, type TrackPhase } from '../track/track.snapshot.js';
import { assigneesOf, secretaries } from './deadline-assignees.js';
import { DEADLINE_STILL_RELEVANT_SQL, type AssigneeRole, type DeadlineKind } from './deadline-kinds.js';

export interface DigestCase {
  applicationId: string;
  reference: string;
  name: string;
  state: string;
  since: string;
  /** Set when the case has had no step for longer than its phase allows. */
  idleWorkingDays: number | null;
  overdue: { kind: DeadlineKind; dueAt: string; assignees: string }[];
}

export interface Digest {
  weekOf: string;
  caseCount: number;
  groups: { phase: TrackPhase; cases: DigestCase[] }[];
}

interface OverdueRow {
  applicationId: string;
  reference: string;
  name: string;
  state: string;
  since: Date;
  kind: DeadlineKind;
  dueAt: Date;
  assigneeRole: AssigneeRole;
  assigneeIds: string[];
}

interface CaseRow {
  applicationId: string;
  reference: string;
  name: string;
  state: string;
  since: Date;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The weekly digest for the secretaries: every case with an open deadline past its due date, and
 * every case that has had no step for longer than its phase allows, grouped by phase. One mail per
 * secretary per week: the week is the idempotency key, so a repeated run sends nothing new.
 */
@Injectable()
export class WeeklyDigest {
  private readonly calendar = new WorkingDayCalendar();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fanOut: NotificationFanOut,
    private readonly stuckThresholds: StuckThresholdSettings,
  ) {}

  async compile(now: Date = new Date()): Promise<Digest> {
    const manager = this.dataSource.manager;
    const overdue: OverdueRow[] = await manager.query(
      `SELECT d.application_id AS "applicationId", a.reference, a.name, a.state, a.state_changed_at AS since,
              d.kind, d.due_at AS "dueAt", d.assignee_role AS "assigneeRole", d.assignee_ids AS "assigneeIds"
         FROM deadlines d JOIN applications a ON a.id = d.application_id
        WHERE d.status IN ('open', 'missed') AND d.due_at < $1 AND ${DEADLINE_STILL_RELEVANT_SQL}
        ORDER BY d.due_at`,
      [now],
    );

    const cases = new Map<string, DigestCase>();
    const caseOf = (row: CaseRow) => {
      let item = cases.get(row.applicationId);
      if (!item) {
        item = { applicationId: row.applicationId, reference: row.reference, name: row.name, state: row.state, since: new Date(row.since).toISOString(), idleWorkingDays: null, overdue: [] };
        cases.set(row.applicationId, item);
      }
      return item;
    };
    for (const row of overdue) {
      const people = await assigneesOf(manager, row);
      caseOf(row).overdue.push({ kind: row.kind, dueAt: new Date(row.dueAt).toISOString(), assignees: people.map((p) => p.name).join(', ') });
    }

    const thresholds = await this.stuckThresholds.current();
    for (const phase of STUCK_PHASES) {
      const states = TRACK_STATE_KEYS.filter((key) => phaseOf(key).phase === phase && phaseOf(key).turn !== 'none');
      const before = stuckBefore(phase, now, thresholds);
      const idle: CaseRow[] = await manager.query(
        `SELECT id AS "applicationId", reference, name, state, state_changed_at AS since
           FROM applications WHERE state = ANY($1::text[]) AND state_changed_at < $2 ORDER BY state_changed_at`,
        [states, before],
      );
      for (const row of idle) caseOf(row).idleWorkingDays = this.calendar.workingDaysBetween(new Date(row.since), now);
    }

    const groups = TRACK_PHASES.map((phase) => ({
      phase,
      cases: [...cases.values()].filter((item) => phaseOf(item.state).phase === phase).sort((a, b) => a.since.localeCompare(b.since)),
    })).filter((group) => group.cases.length > 0);
    return { weekOf: mondayOf(now), caseCount: cases.size, groups };
  }

  /** Mails the digest to every active secretary, once per week; nothing when no case is stuck. */
  async send(now: Date = new Date()): Promise<{ cases: number; created: number }> {
    const digest = await this.compile(now);
    if (digest.caseCount === 0) return { cases: 0, created: 0 };
    const recipients = await secretaries(this.dataSource.manager);
    if (recipients.length === 0) return { cases: digest.caseCount, created: 0 };
    const { created } = await this.fanOut.fromNotify(`weekly-digest:${digest.weekOf}`, {
      template: 'weekly-digest',
      applicationId: null,
      recipientIds: recipients.map((person) => person.id),
      details: { weekOf: digest.weekOf, caseCount: digest.caseCount, groups: digest.groups },
    });
    return { cases: digest.caseCount, created };
  }
}

/** The Monday of the week of `now`, as YYYY-MM-DD in Amsterdam. */
export function mondayOf(now: Date): string {
  const [year, month, day] = DAY_FORMAT.format(now).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
