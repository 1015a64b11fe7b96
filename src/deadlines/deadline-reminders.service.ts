import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DecisionsService } from '../decisions/decisions.service.js';
import { NotificationFanOut } from '../notifications/notification-fan-out.service.js';
import { enqueueOutbox, type NotifyMessage } from '../notifications/outbox.js';
import type { TemplateKey } from '../notifications/templates/index.js';
import { PanelsService } from '../panels/panels.service.js';
import { PublicationService } from '../publication/publication.service.js';
import { TrackErrorCode } from '../track/track.errors.js';
import { REASSESSMENT_NOTICE_MONTHS_SQL } from './case-reminder-settings.js';
import { assigneesOf, secretaries } from './deadline-assignees.js';
import type { Deadline } from './deadline.entity.js';
import { DEADLINE_STILL_RELEVANT_SQL, OPEN_STATUSES, PAUSED_STATES, TIMER_STAGES } from './deadline-kinds.js';
import { DEADLINE_REMINDER_TOPIC, DeadlinesService, type DeadlineReminderMessage } from './deadlines.service.js';
import { isDomainError } from '../common/errors/domain-error.js';

export type ReminderOutcome =
  | 'sent'
  | 'nobody'
  | 'missing'
  | 'stale-version'
  | 'closed'
  | 'moved-on'
  | 'paused'
  | 'not-due'
  | 'timer-applied'
  | 'timer-not-applied';

interface DeadlineRow {
  id: string;
  applicationId: string;
  kind: Deadline['kind'];
  subjectId: string | null;
  assigneeRole: Deadline['assigneeRole'];
  assigneeIds: string[];
  dueAt: Date;
  status: Deadline['status'];
  version: number;
  state: string;
  relevant: boolean;
  reassessmentNoticeMonths: number;
}

const OPEN = OPEN_STATUSES as string[];

/**
 * When the deadline falls due: its row's due time, or the date the track itself keeps when that is
 * later (the recognition's end, the conditions' deadline, the invitation's answer date), so a row
 * that says otherwise cannot make a timer act early.
 */
const DUE_AT_SQL = `GREATEST(d.due_at, CASE d.kind
  WHEN 'recognition_expiry' THEN (a.snapshot->'context'->>'recognisedUntil')::timestamptz
  WHEN 'conditions' THEN (a.snapshot->'context'->>'conditionsDeadline')::timestamptz
  WHEN 'invitation_response' THEN (SELECT i.response_due_at FROM panel_invitations i WHERE i.id = d.subject_id)
  END)`;

/**
 * Fires one reminder stage of a deadline. It re-reads the deadline and its application first and
 * does nothing when the reminder's reason is gone: the deadline was met, cancelled or extended
 * (another version), or the case moved on or was withdrawn. A timer step of the track does not
 * act before its time by the clock either, whatever moved its outbox row: it then writes the
 * reminder again for that time (`not-due`). The mail itself is written by the
 * notification fan-out under the reminder's outbox id, which again checks the deadline under a
 * lock, so a reminder delivered twice mails once and a deadline met a moment ago mails nobody.
 */
/** The states a case reaches by the committee's decision on the agenda (the letter, then the verdict). */
function decidedOnAgenda(state: string): boolean {
  return state === 'letterDraft' || state.startsWith('decided.');
}

@Injectable()
export class DeadlineReminders {
  private readonly logger = new Logger('deadlines');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly fanOut: NotificationFanOut,
    private readonly panels: PanelsService,
    private readonly decisions: DecisionsService,
    private readonly publication: PublicationService,
  ) {}

  async fire(outboxId: string, message: DeadlineReminderMessage, now: Date = new Date()): Promise<ReminderOutcome> {
    const checked = await this.dataSource.transaction(async (manager) => {
      const [row]: DeadlineRow[] = await manager.query(
        `SELECT d.id, d.application_id AS "applicationId", d.kind, d.subject_id AS "subjectId", d.assignee_role AS "assigneeRole",
                d.assignee_ids AS "assigneeIds", ${DUE_AT_SQL} AS "dueAt", d.status, d.version, a.state,
                ${DEADLINE_STILL_RELEVANT_SQL} AS relevant, ${REASSESSMENT_NOTICE_MONTHS_SQL} AS "reassessmentNoticeMonths"
           FROM deadlines d JOIN applications a ON a.id = d.application_id
          WHERE d.id = $1
            FOR UPDATE OF d`,
        [message.deadlineId],
      );
      if (!row) return { outcome: 'missing' as const };
      if (row.version !== message.deadlineVersion) return { outcome: 'stale-version' as const };
      if (!OPEN.includes(row.status)) return { outcome: 'closed' as const };
      if (!row.relevant) {
        if (PAUSED_STATES.includes(row.state)) return { outcome: 'paused' as const };
        // A reminder can come before the transition's own handler: an agenda the committee decided
        // on went out (RECORD_DECISION meets it), so it is met, not cancelled.
        if (row.kind === 'committee_agenda' && decidedOnAgenda(row.state))
          await this.deadlines.meet(manager, { applicationId: row.applicationId, ids: [row.id], at: now });
        else await this.deadlines.cancel(manager, { applicationId: row.applicationId, ids: [row.id], reason: 'moved-on', at: now });
        return { outcome: 'moved-on' as const };
      }
      const stageTime = this.deadlines.schedule.stageTime(message.stage, new Date(row.dueAt), { reassessmentNoticeMonths: row.reassessmentNoticeMonths });
      if (TIMER_STAGES.includes(message.stage) && now.getTime() < stageTime.getTime()) {
        await this.rearm(manager, outboxId, row, message, stageTime);
        return { outcome: 'not-due' as const };
      }
      if (message.stage === 'missed' && row.status === 'open')
        await manager.query(`UPDATE deadlines SET status = 'missed', missed_at = $2, updated_at = now() WHERE id = $1`, [row.id, now]);
      return { outcome: 'due' as const, row };
    });
    if (checked.outcome !== 'due') {
      this.logger.debug?.({ msg: 'reminder dropped', deadlineId: message.deadlineId, stage: message.stage, outcome: checked.outcome });
      return checked.outcome;
    }
    const row = checked.row;
    const ifDeadline = { id: row.id, version: row.version };
    const details = { kind: row.kind, dueAt: new Date(row.dueAt).toISOString() };

    switch (message.stage) {
      case 'before':
      case 'missed': {
        const people = await assigneesOf(this.dataSource.manager, row);
        const reviewer = row.assigneeRole === 'reviewer';
        const template: TemplateKey =
          message.stage === 'before'
            ? reviewer
              ? 'review-deadline-reminder'
              : 'deadline-reminder'
            : reviewer
              ? 'review-deadline-missed'
              : 'deadline-missed';
        return this.notify(outboxId, { template, applicationId: row.applicationId, recipientIds: people.map((p) => p.id), details, ifDeadline });
      }
      case 'escalation': {
        const [staff, people] = await Promise.all([secretaries(this.dataSource.manager), assigneesOf(this.dataSource.manager, row)]);
        return this.notify(outboxId, {
          template: 'deadline-escalation',
          applicationId: row.applicationId,
          recipientIds: staff.map((p) => p.id),
          details: { ...details, assigneeNames: people.map((p) => p.name).join(', ') },
          ifDeadline,
        });
      }
      case 'conditions-due':
        return this.notify(outboxId, {
          trigger: 'CONDITIONS_DUE',
          applicationId: row.applicationId,
          details: { conditionsDeadline: details.dueAt },
          ifDeadline,
        });
      default:
        return this.timer(message.stage, row, now);
    }
  }

  private async notify(outboxId: string, message: NotifyMessage): Promise<ReminderOutcome> {
    if (message.template && !message.recipientIds?.length) return 'nobody';
    const result = await this.fanOut.fromNotify(outboxId, message);
    return result.skipped === 'stale' ? 'closed' : 'sent';
  }

  /**
   * A reminder that came too early waits for its time again, in PostgreSQL like every reminder
   * (unless another one for the same stage is still pending; its own row may still look pending,
   * since the relay marks it dispatched only after adding the job). A worker clock a moment behind
   * the database's only costs a few relay passes.
   */
  private async rearm(manager: EntityManager, outboxId: string, row: DeadlineRow, message: DeadlineReminderMessage, at: Date) {
    const pending: unknown[] = await manager.query(
      `SELECT 1 FROM outbox
        WHERE topic = $1 AND dispatched_at IS NULL AND payload->>'deadlineId' = $2 AND payload->>'stage' = $3
          AND (payload->>'deadlineVersion')::int = $4 AND id::text <> $5`,
      [DEADLINE_REMINDER_TOPIC, row.id, message.stage, row.version, outboxId],
    );
    if (pending.length) return;
    const again: DeadlineReminderMessage = { deadlineId: row.id, deadlineVersion: row.version, stage: message.stage };
    await enqueueOutbox(manager, { topic: DEADLINE_REMINDER_TOPIC, applicationId: row.applicationId, payload: again, availableAt: at });
  }

  /**
   * The track's timer steps, as system events through the modules that own them; each is safe to
   * repeat. They carry the clock's instant, never the due time, so the track's own guards (and the
   * modules' checks of their dates) judge by the clock too.
   */
  private async timer(stage: DeadlineReminderMessage['stage'], row: DeadlineRow, at: Date): Promise<ReminderOutcome> {
    let applied = false;
    try {
      switch (stage) {
        case 'expire-invitation':
          if (row.subjectId) applied = (await this.panels.expireInvitation(row.subjectId, { now: at })).expired;
          if (applied) await this.closeTimerDeadline(row, 'expired', at);
          break;
        case 'lapse-conditions':
          applied = await this.decisions.lapseConditions(row.applicationId, at);
          if (applied) await this.closeTimerDeadline(row, 'lapsed', at);
          break;
        case 'reassessment-due':
          if (row.state === 'published.listed') {
            await this.publication.markReassessmentDue(row.applicationId);
            applied = true;
          }
          break;
        case 'expire-recognition':
          await this.publication.expire(row.applicationId, at);
          await this.closeTimerDeadline(row, 'expired', at);
          applied = true;
          break;
        default:
          break;
      }
    } catch (error) {
      // Moved on between our check and the step (the machine refuses it): nothing to do.
      if (isDomainError(error, TrackErrorCode.EventNotAllowedInState))
        return 'timer-not-applied';
      throw error;
    }
    return applied ? 'timer-applied' : 'timer-not-applied';
  }

  private closeTimerDeadline(row: DeadlineRow, reason: string, at: Date) {
    return this.dataSource.transaction((manager) =>
      this.deadlines.cancel(manager, { applicationId: row.applicationId, ids: [row.id], reason, at }),
    );
  }
}
