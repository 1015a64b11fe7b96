import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { AppConfig } from '../config/app-config.js';
import { readsAsStaff } from '../applications/staff-reader.js';
import { meetingNotFound } from '../committee/committee.errors.js';
import { previewNotification } from '../notifications/notification-preview.js';
import { enqueueNotification } from '../notifications/outbox.js';
import { LANGUAGES } from '../users/role.js';
import { appendAudit } from '../track/audit-log.js';
import { notYourTurn } from '../track/track.errors.js';
import { Deadline } from './deadline.entity.js';
import {
  deadlineClosed,
  deadlineNotCompletedByHand,
  deadlineNotExtendable,
  deadlineNotFound,
  deadlineStaleVersion,
  noAgendaRecipients,
  noOpenAgendaDeadline,
} from './deadline.errors.js';
import { AGENDA_MAIL_TEMPLATE, agendaMailDetails, loadAgendaMailing } from './agenda-mailing.js';
import { DEADLINE_KIND_SPECS, DEADLINE_STILL_RELEVANT_SQL, OPEN_STATUSES } from './deadline-kinds.js';
import { assigneesOf } from './deadline-assignees.js';
import { caseDeadlineViews } from './case-deadline.view.js';
import { DeadlineSchedule } from './deadline-schedule.js';
import {
  cancelDeadlines,
  closeDeadlineIds,
  deadlineSchedule,
  deletePendingReminders,
  meetDeadlines,
  openDeadline,
  writeReminders,
  type CloseDeadlines,
  type OpenDeadline,
} from './deadline-writes.js';
import { deadlineView } from './deadline.view.js';
import type { CompleteDeadlineDto, ExtendDeadlineDto } from './dto/extend-deadline.dto.js';

export { DEADLINE_REMINDER_TOPIC, type CloseDeadlines, type DeadlineReminderMessage, type OpenDeadline } from './deadline-writes.js';

const OPEN = OPEN_STATUSES as string[];

/**
 * Opens, meets, cancels and extends deadlines, always inside the caller's transaction so a
 * deadline and its reminders exist exactly when the change that caused them commits. Other
 * modules call `open`, `meet` and `cancel` where their steps happen (invitations, reviews); the
 * track's own steps are followed by DeadlineTransitions in the worker.
 */
@Injectable()
export class DeadlinesService {
  readonly schedule: DeadlineSchedule;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly config: AppConfig,
  ) {
    this.schedule = deadlineSchedule(config);
  }

  /** Opens a deadline and writes its reminders; returns null when one with the same key exists already. */
  open(manager: EntityManager, spec: OpenDeadline): Promise<Deadline | null> {
    return openDeadline(manager, this.schedule, spec);
  }

  /** Marks the open deadlines that match as met; returns how many. Harmless to repeat. */
  meet(manager: EntityManager, which: CloseDeadlines): Promise<number> {
    return meetDeadlines(manager, which);
  }

  /** Cancels the open deadlines that match (the reason is kept); returns how many. Harmless to repeat. */
  cancel(manager: EntityManager, which: CloseDeadlines & { reason: string }): Promise<number> {
    return cancelDeadlines(manager, which);
  }

  /**
   * The deadlines of an application that this user may see: staff all, owners theirs, a reviewer
   * their own; with who is due, the reminders, and what this user may do with each.
   */
  async listFor(user: AuthUser, applicationId: string) {
    const { kinds } = await this.access.load(user, applicationId);
    const rows = await this.dataSource.getRepository(Deadline).find({ where: { applicationId }, order: { dueAt: 'ASC', createdAt: 'ASC' } });
    const staff = readsAsStaff(kinds);
    const visible = rows.filter(
      (row) =>
        staff ||
        (kinds.includes('owner') && row.assigneeRole === 'owners') ||
        (kinds.includes('reviewer') && row.assigneeIds.includes(user.id)),
    );
    return caseDeadlineViews(this.dataSource.manager, user, kinds, visible);
  }

  /**
   * The secretary moves a deadline: a new due date, a new version, new reminders. The reminders of
   * the old version are deleted as a courtesy; they would do nothing anyway, since each one carries
   * the version it was made for.
   */
  async extend(user: AuthUser, id: string, dto: ExtendDeadlineDto, now = new Date()) {
    if ((dto.dueAt === undefined) === (dto.workingDays === undefined))
      throw validationFailed([{ field: 'dueAt', reason: 'geef dueAt of workingDays, niet beide / give dueAt or workingDays, not both' }]);
    return this.dataSource.transaction(async (manager) => {
      const deadline = await this.lockForSecretary(manager, user, id, 'EXTEND_DEADLINE', dto.version);
      if (!DEADLINE_KIND_SPECS[deadline.kind].extendable) throw deadlineNotExtendable(deadline.kind);
      const from = new Date(Math.max(deadline.dueAt.getTime(), now.getTime()));
      const dueAt = dto.dueAt !== undefined ? new Date(dto.dueAt) : this.schedule.workingDaysAfter(from, dto.workingDays!);
      if (dueAt.getTime() <= deadline.dueAt.getTime() || dueAt.getTime() <= now.getTime())
        throw validationFailed([{ field: 'dueAt', reason: 'moet later liggen dan de huidige termijn en dan nu / must be later than the current deadline and than now' }]);

      await manager.query(
        `UPDATE deadlines SET due_at = $2, status = 'open', version = version + 1, extended_count = extended_count + 1, updated_at = now()
          WHERE id = $1`,
        [deadline.id, dueAt],
      );
      await deletePendingReminders(manager, [deadline.id]);
      const extended = await manager.getRepository(Deadline).findOneByOrFail({ id: deadline.id });
      await writeReminders(manager, this.schedule, extended, now);
      await appendAudit(manager, {
        ...(await this.auditBase(manager, extended.applicationId)),
        actorId: user.id,
        actorKind: 'secretary',
        eventType: 'DEADLINE_EXTENDED',
        payload: { deadlineId: extended.id, kind: extended.kind, from: deadline.dueAt.toISOString(), to: dueAt.toISOString(), reason: dto.reason },
        visibility: extended.assigneeRole === 'reviewer' ? 'staff' : 'involved',
      });
      await this.tellOfExtension(manager, user, extended, deadline.dueAt, dto.reason);
      return deadlineView(extended);
    });
  }

  /** The secretary marks a deadline met that nothing in the system can observe (the agenda went out). */
  async complete(user: AuthUser, id: string, dto: CompleteDeadlineDto, now = new Date()) {
    return this.dataSource.transaction(async (manager) =>
      this.completeLocked(manager, user, await this.lockForSecretary(manager, user, id, 'COMPLETE_DEADLINE', dto.version), now),
    );
  }

  /**
   * The agenda mail of a meeting exactly as `sendAgenda` would send it now: who receives it and the
   * mail in each of their languages, rendered for the first recipient in that language.
   */
  async previewAgenda(meetingId: string) {
    const mailing = await loadAgendaMailing(this.dataSource, meetingId);
    if ((await this.openAgendaDeadlineIds(this.dataSource.manager, meetingId, false)).length === 0) throw noOpenAgendaDeadline();
    if (mailing.recipients.length === 0) throw noAgendaRecipients();
    const details = agendaMailDetails(mailing, this.config.APP_URL);
    const mails = [];
    for (const language of LANGUAGES) {
      const first = mailing.recipients.find((recipient) => recipient.language === language);
      if (first)
        mails.push(
          await previewNotification(this.dataSource, { template: AGENDA_MAIL_TEMPLATE, recipient: first, application: null, details, appUrl: this.config.APP_URL }),
        );
    }
    return {
      meetingId,
      items: mailing.items,
      recipients: mailing.recipients.map(({ name, email, language }) => ({ name, email, language })),
      mails,
    };
  }

  /**
   * The secretary sends the agenda and dossiers of a meeting to its committee (chair and members):
   * one mail each, in their language, as the preview showed; every open agenda deadline of the
   * cases on the agenda is met, each case's history saying what went to whom.
   */
  async sendAgenda(user: AuthUser, meetingId: string, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const mailing = await loadAgendaMailing(manager, meetingId);
      const ids = await this.openAgendaDeadlineIds(manager, meetingId, true);
      if (ids.length === 0) throw noOpenAgendaDeadline();
      if (mailing.recipients.length === 0) throw noAgendaRecipients();
      const deadlines = [];
      for (const id of ids) deadlines.push(await this.lockForSecretary(manager, user, id, 'SEND_AGENDA'));
      await enqueueNotification(manager, {
        template: AGENDA_MAIL_TEMPLATE,
        applicationId: null,
        recipientIds: mailing.recipients.map((recipient) => recipient.id),
        actorId: user.id,
        details: agendaMailDetails(mailing, this.config.APP_URL),
      });
      await closeDeadlineIds(manager, ids, 'met', null, now);
      for (const deadline of deadlines)
        await appendAudit(manager, {
          ...(await this.auditBase(manager, deadline.applicationId)),
          actorId: user.id,
          actorKind: 'secretary',
          eventType: 'AGENDA_SENT',
          payload: {
            deadlineId: deadline.id,
            kind: deadline.kind,
            meetingId,
            meetingDate: mailing.startsAt.toISOString(),
            committeeName: mailing.committeeName,
            recipientNames: mailing.recipients.map((recipient) => recipient.name),
            agendaItems: mailing.items.map((item) => item.reference),
          },
          visibility: 'staff',
        });
      const completed = [];
      for (const deadline of deadlines) completed.push(deadlineView(await manager.getRepository(Deadline).findOneByOrFail({ id: deadline.id })));
      return { meetingId, completed, recipients: mailing.recipients.map(({ name, email, language }) => ({ name, email, language })) };
    });
  }

  /** The open agenda deadlines of the cases still on this meeting's agenda, locked for the sending. */
  private async openAgendaDeadlineIds(manager: EntityManager, meetingId: string, lock: boolean): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT d.id FROM deadlines d JOIN applications a ON a.id = d.application_id
        WHERE d.kind = 'committee_agenda' AND d.subject_id = $1 AND d.status = ANY($2::text[]) AND ${DEADLINE_STILL_RELEVANT_SQL}
        ORDER BY d.created_at${lock ? ' FOR UPDATE OF d' : ''}`,
      [meetingId, OPEN],
    );
    return rows.map((row) => row.id);
  }

  /** The state of a meeting's agenda mailing for the meeting page: the open agenda deadlines, and whether this user may mark them sent. */
  async agendaStatus(user: AuthUser, meetingId: string) {
    const meetings: unknown[] = await this.dataSource.query(`SELECT 1 FROM committee_meetings WHERE id = $1`, [meetingId]);
    if (meetings.length === 0) throw meetingNotFound();
    const rows: { id: string; applicationId: string; dueAt: Date; status: string; metAt: Date | null }[] = await this.dataSource.query(
      `SELECT d.id, d.application_id AS "applicationId", d.due_at AS "dueAt", d.status, d.met_at AS "metAt"
         FROM deadlines d JOIN applications a ON a.id = d.application_id
        WHERE d.kind = 'committee_agenda' AND d.subject_id = $1
          AND (d.status = 'met' OR (d.status = ANY($2::text[]) AND ${DEADLINE_STILL_RELEVANT_SQL}))
        ORDER BY d.due_at`,
      [meetingId, OPEN],
    );
    const open = rows.filter((row) => OPEN.includes(row.status));
    const secretary = user.roles.includes('secretary');
    return {
      meetingId,
      openCount: open.length,
      dueAt: open[0]?.dueAt ?? null,
      missed: open.some((row) => row.status === 'missed'),
      lastSentAt: rows.reduce<Date | null>((last, row) => (row.metAt && (!last || row.metAt > last) ? row.metAt : last), null),
      allowedActions: secretary && open.length > 0 ? ['send-agenda'] : [],
    };
  }

  private async completeLocked(manager: EntityManager, user: AuthUser, deadline: Deadline, now: Date) {
    if (!DEADLINE_KIND_SPECS[deadline.kind].completedByHand) throw deadlineNotCompletedByHand(deadline.kind);
    await closeDeadlineIds(manager, [deadline.id], 'met', null, now);
    await appendAudit(manager, {
      ...(await this.auditBase(manager, deadline.applicationId)),
      actorId: user.id,
      actorKind: 'secretary',
      eventType: 'DEADLINE_COMPLETED',
      payload: { deadlineId: deadline.id, kind: deadline.kind, dueAt: deadline.dueAt.toISOString() },
      visibility: 'staff',
    });
    return deadlineView(await manager.getRepository(Deadline).findOneByOrFail({ id: deadline.id }));
  }

  /** The people due hear of the new date (reviewers on their own page); the secretary who extends it does not. */
  private async tellOfExtension(manager: EntityManager, user: AuthUser, extended: Deadline, previousDueAt: Date, reason: string) {
    const recipientIds = (await assigneesOf(manager, extended)).map((person) => person.id).filter((id) => id !== user.id);
    if (recipientIds.length === 0) return;
    await enqueueNotification(manager, {
      template: extended.assigneeRole === 'reviewer' ? 'review-deadline-extended' : 'deadline-extended',
      applicationId: extended.applicationId,
      recipientIds,
      actorId: user.id,
      details: { kind: extended.kind, dueAt: extended.dueAt.toISOString(), previousDueAt: previousDueAt.toISOString(), reason },
    });
  }

  private async lockForSecretary(manager: EntityManager, user: AuthUser, id: string, action: string, version?: number): Promise<Deadline> {
    const deadline = await manager.getRepository(Deadline).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!deadline) throw deadlineNotFound();
    let kinds: string[];
    try {
      ({ kinds } = await this.access.load(user, deadline.applicationId, manager));
    } catch {
      throw deadlineNotFound();
    }
    if (!kinds.includes('secretary')) throw notYourTurn(action);
    if (version !== undefined && version !== deadline.version) throw deadlineStaleVersion(version, deadline.version);
    if (!OPEN.includes(deadline.status)) throw deadlineClosed(deadline.status);
    return deadline;
  }

  private async auditBase(manager: EntityManager, applicationId: string) {
    const [application]: { version: number; state: string }[] = await manager.query(`SELECT version, state FROM applications WHERE id = $1`, [applicationId]);
    return { applicationId, applicationVersion: application.version, fromState: application.state, toState: application.state };
  }
}
