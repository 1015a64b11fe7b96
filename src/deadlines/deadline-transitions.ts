import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TRACK_EVENT_TYPES, type TrackEventType } from '../track/track.events.js';
import type { DeadlineKind } from './deadline-kinds.js';
import { DeadlinesService } from './deadlines.service.js';

interface AppliedTransition {
  id: string;
  eventType: TrackEventType;
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown>;
  version: number;
  at: Date;
}

interface ApplicationFacts {
  coachId: string | null;
  listingId: string | null;
}

/**
 * Opens and closes the track's deadlines from its transitions, by (event, from, to).
 *
 * A `track.transition` job only says "this application changed": the handler then applies every
 * transition of that application it has not applied yet, from the audit log, in version order,
 * under a lock on the application's cursor. So two jobs of one application never race, a job
 * delivered twice or late applies nothing twice, and a late REQUEST_FEEDBACK can never reopen a
 * deadline that a later RETURN_FEEDBACK met. Due dates count from the moment of the transition.
 */
@Injectable()
export class DeadlineTransitions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
  ) {}

  async sync(applicationId: string, now: Date = new Date()): Promise<{ applied: number }> {
    return this.dataSource.transaction(async (manager) => {
      const exists: unknown[] = await manager.query(`SELECT 1 FROM applications WHERE id = $1`, [applicationId]);
      if (exists.length === 0) return { applied: 0 };
      await manager.query(
        `INSERT INTO deadline_sync (application_id, applied_version) VALUES ($1, 0) ON CONFLICT ON CONSTRAINT deadline_sync_pkey DO NOTHING`,
        [applicationId],
      );
      const [cursor]: { appliedVersion: number }[] = await manager.query(
        `SELECT applied_version AS "appliedVersion" FROM deadline_sync WHERE application_id = $1 FOR UPDATE`,
        [applicationId],
      );
      const transitions: AppliedTransition[] = await manager.query(
        `SELECT id, event_type AS "eventType", from_state AS "fromState", to_state AS "toState", payload,
                application_version AS version, created_at AS at
           FROM audit_events
          WHERE application_id = $1 AND application_version > $2 AND event_type = ANY($3::text[])
          ORDER BY id`,
        [applicationId, cursor.appliedVersion, TRACK_EVENT_TYPES],
      );
      if (transitions.length === 0) return { applied: 0 };
      const [facts]: ApplicationFacts[] = await manager.query(
        `SELECT coach_id AS "coachId", listing_id AS "listingId" FROM applications WHERE id = $1`,
        [applicationId],
      );
      for (const transition of transitions) await this.apply(manager, applicationId, facts, transition, now);
      await manager.query(`UPDATE deadline_sync SET applied_version = $2, updated_at = now() WHERE application_id = $1`, [
        applicationId,
        transitions[transitions.length - 1].version,
      ]);
      return { applied: transitions.length };
    });
  }

  private async apply(manager: EntityManager, applicationId: string, facts: ApplicationFacts, t: AppliedTransition, now: Date): Promise<void> {
    const schedule = this.deadlines.schedule;
    const at = new Date(t.at);
    const key = (kind: DeadlineKind) => `${kind}:v${t.version}`;
    const meet = (kinds: DeadlineKind[]) => this.deadlines.meet(manager, { applicationId, kinds, at });
    const cancel = (kinds: DeadlineKind[] | undefined, reason: string) => this.deadlines.cancel(manager, { applicationId, kinds, reason, at });

    switch (t.eventType) {
      case 'REQUEST_FEEDBACK':
        if (!facts.coachId) return;
        await this.deadlines.open(manager, {
          applicationId,
          kind: 'coach_feedback',
          key: key('coach_feedback'),
          assigneeRole: 'coach',
          assigneeIds: [facts.coachId],
          dueAt: schedule.coachFeedbackDue(at),
          now,
        });
        return;
      case 'RETURN_FEEDBACK':
      case 'MARK_READY':
        await meet(['coach_feedback']);
        return;
      case 'PANEL_COMPLETE':
        await this.openReviews(manager, applicationId, 1, at, now);
        return;
      case 'SUBMIT_REVISION': {
        await meet(['owner_revision']);
        const round = Number(t.payload.nextRound);
        if (Number.isInteger(round) && round > 0) await this.openReviews(manager, applicationId, round, at, now);
        return;
      }
      case 'ALL_REVIEWS_SUBMITTED':
        await meet(['review']);
        return;
      case 'PLACE_ON_AGENDA': {
        const meetingId = typeof t.payload.meetingId === 'string' ? t.payload.meetingId : null;
        const [meeting]: { startsAt: Date }[] = meetingId
          ? await manager.query(`SELECT starts_at AS "startsAt" FROM committee_meetings WHERE id = $1`, [meetingId])
          : [];
        if (!meeting) return;
        await this.deadlines.open(manager, {
          applicationId,
          kind: 'committee_agenda',
          key: key('committee_agenda'),
          subjectId: meetingId,
          assigneeRole: 'secretaries',
          dueAt: schedule.agendaDue(new Date(meeting.startsAt)),
          now,
        });
        return;
      }
      case 'REMOVE_FROM_AGENDA':
        await cancel(['committee_agenda'], 'removed-from-agenda');
        return;
      case 'RECORD_DECISION':
        // The committee met on the case, so its agenda went out.
        await meet(['committee_agenda']);
        return;
      case 'SEND_DECISION_LETTER':
        // The owner's deadlines run from the letter they receive, not from the meeting.
        await this.openForDecision(manager, applicationId, t, now);
        return;
      case 'RESOLVE_OBJECTION':
        if (t.toState !== 'decided.deferred') await cancel(['owner_revision'], 'objection-resolved');
        if (t.toState !== 'decided.conditionallyRecognised') await cancel(['conditions'], 'objection-resolved');
        await this.openForDecision(manager, applicationId, t, now);
        return;
      case 'CONFIRM_CONDITIONS_MET':
        await meet(['conditions']);
        return;
      case 'CONDITIONS_LAPSED':
        await cancel(['conditions'], 'lapsed');
        return;
      case 'PUBLISH': {
        const until = typeof t.payload.recognisedUntil === 'string' ? new Date(t.payload.recognisedUntil) : null;
        if (!until || Number.isNaN(until.getTime())) return;
        await this.deadlines.open(manager, {
          applicationId,
          kind: 'recognition_expiry',
          key: key('recognition_expiry'),
          assigneeRole: 'owners',
          dueAt: until,
          now,
        });
        return;
      }
      case 'EXPIRE':
        await cancel(['recognition_expiry'], 'expired');
        return;
      case 'WITHDRAW':
        await cancel(undefined, 'withdrawn');
        return;
      case 'SUBMIT':
        // A re-assessment of a listed intervention answers the invitation to apply for one.
        if (facts.listingId) {
          const others: { id: string }[] = await manager.query(`SELECT id FROM applications WHERE listing_id = $1 AND id <> $2`, [
            facts.listingId,
            applicationId,
          ]);
          for (const other of others) await this.deadlines.meet(manager, { applicationId: other.id, kinds: ['recognition_expiry'], at });
        }
        return;
      default:
        return;
    }
  }

  /** After a decision (or an objection's outcome): the owner's revision or the conditions, unless one is open already. */
  private async openForDecision(manager: EntityManager, applicationId: string, t: AppliedTransition, now: Date) {
    const at = new Date(t.at);
    const open = async (kind: DeadlineKind) => {
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM deadlines WHERE application_id = $1 AND kind = $2 AND status IN ('open', 'missed')`,
        [applicationId, kind],
      );
      return rows.length > 0;
    };
    if (t.toState === 'decided.deferred' && !(await open('owner_revision'))) {
      await this.deadlines.open(manager, {
        applicationId,
        kind: 'owner_revision',
        key: `owner_revision:v${t.version}`,
        assigneeRole: 'owners',
        dueAt: this.deadlines.schedule.ownerRevisionDue(at),
        now,
      });
    }
    if (t.toState === 'decided.conditionallyRecognised' && !(await open('conditions'))) {
      const dueAt = await this.conditionsDeadline(manager, applicationId, t.payload);
      if (dueAt)
        await this.deadlines.open(manager, {
          applicationId,
          kind: 'conditions',
          key: `conditions:v${t.version}`,
          assigneeRole: 'owners',
          dueAt,
          now,
        });
    }
  }

  /** The deadline the committee set: from the decision row, else the history line, else the track's context. */
  private async conditionsDeadline(manager: EntityManager, applicationId: string, payload: Record<string, unknown>): Promise<Date | null> {
    if (typeof payload.decisionId === 'string') {
      const [decision]: { deadline: Date | null }[] = await manager.query(`SELECT conditions_deadline AS deadline FROM decisions WHERE id = $1`, [
        payload.decisionId,
      ]);
      if (decision?.deadline) return new Date(decision.deadline);
    }
    if (typeof payload.conditionsDeadline === 'string') return new Date(payload.conditionsDeadline);
    const [row]: { deadline: string | null }[] = await manager.query(
      `SELECT snapshot->'context'->>'conditionsDeadline' AS deadline FROM applications WHERE id = $1`,
      [applicationId],
    );
    return row?.deadline ? new Date(row.deadline) : null;
  }

  /** One review deadline per active panel member, for this round. */
  private async openReviews(manager: EntityManager, applicationId: string, round: number, at: Date, now: Date) {
    const members: { reviewerId: string; invitationId: string }[] = await manager.query(
      `SELECT reviewer_id AS "reviewerId", invitation_id AS "invitationId" FROM panel_members WHERE application_id = $1 AND status = 'active'`,
      [applicationId],
    );
    const dueAt = this.deadlines.schedule.reviewDue(at);
    for (const member of members)
      await this.deadlines.open(manager, {
        applicationId,
        kind: 'review',
        key: `review:${member.reviewerId}:${round}`,
        subjectId: member.invitationId,
        round,
        assigneeRole: 'reviewer',
        assigneeIds: [member.reviewerId],
        dueAt,
        now,
      });
  }
}
