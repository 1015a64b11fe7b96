import type { EntityManager } from 'typeorm';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { enqueueOutbox, OUTBOX_TOPICS } from '../notifications/outbox.js';
import { caseReminderSettings } from './case-reminder-settings.js';
import { Deadline } from './deadline.entity.js';
import { OPEN_STATUSES, type AssigneeRole, type DeadlineKind, type ReminderStage } from './deadline-kinds.js';
import { DeadlineSchedule, type ScheduleSettings } from './deadline-schedule.js';

/** The outbox topic of a deadline's reminders (see outbox-routes.ts). */
export const DEADLINE_REMINDER_TOPIC = OUTBOX_TOPICS.deadlineReminder;

/** What a reminder outbox row carries: which deadline, for which of its versions, which stage. */
export interface DeadlineReminderMessage {
  deadlineId: string;
  deadlineVersion: number;
  stage: ReminderStage;
}

export interface OpenDeadline {
  applicationId: string;
  kind: DeadlineKind;
  /** Unique per application; opening twice with the same key opens once. Defaults to kind, subject and round. */
  key?: string;
  subjectId?: string | null;
  round?: number | null;
  assigneeRole: AssigneeRole;
  assigneeIds?: string[];
  dueAt: Date;
  /** The clock: reminders due before it fire at once. */
  now?: Date;
}

export interface CloseDeadlines {
  applicationId: string;
  ids?: readonly string[];
  kinds?: readonly DeadlineKind[];
  subjectId?: string;
  /** Only the deadline of this user (reviewer deadlines). */
  assigneeId?: string;
  round?: number;
  at?: Date;
}

const OPEN = OPEN_STATUSES as string[];

/*
 * The writes behind DeadlinesService, as plain functions over the caller's transaction, for
 * modules that would rather not inject it (the panel module passes its AppConfig for the schedule).
 */

let sharedCalendar: WorkingDayCalendar | null = null;

/** A schedule on the Dutch working-day calendar with these settings (usually the AppConfig). */
export function deadlineSchedule(settings: ScheduleSettings): DeadlineSchedule {
  sharedCalendar ??= new WorkingDayCalendar();
  return new DeadlineSchedule(sharedCalendar, settings);
}

/** Opens a deadline and writes its reminders; null when one with the same key exists already. */
export async function openDeadline(manager: EntityManager, schedule: DeadlineSchedule | ScheduleSettings, spec: OpenDeadline): Promise<Deadline | null> {
  const key = spec.key ?? [spec.kind, spec.subjectId ?? '-', spec.round ?? '-'].join(':');
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO deadlines (application_id, kind, key, subject_id, round, assignee_role, assignee_ids, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8)
     ON CONFLICT ON CONSTRAINT deadlines_application_id_key_key DO NOTHING
     RETURNING id`,
    [spec.applicationId, spec.kind, key, spec.subjectId ?? null, spec.round ?? null, spec.assigneeRole, spec.assigneeIds ?? [], spec.dueAt],
  );
  if (rows.length === 0) return null;
  const deadline = await manager.getRepository(Deadline).findOneByOrFail({ id: rows[0].id });
  await writeReminders(manager, schedule instanceof DeadlineSchedule ? schedule : deadlineSchedule(schedule), deadline, spec.now ?? new Date());
  return deadline;
}

/** Marks the open deadlines that match as met; returns how many. Harmless to repeat. */
export function meetDeadlines(manager: EntityManager, which: CloseDeadlines): Promise<number> {
  return closeDeadlines(manager, which, 'met', null);
}

/** Cancels the open deadlines that match, keeping the reason; returns how many. Harmless to repeat. */
export function cancelDeadlines(manager: EntityManager, which: CloseDeadlines & { reason: string }): Promise<number> {
  return closeDeadlines(manager, which, 'cancelled', which.reason);
}

/** One outbox row per reminder stage, due at its time, for the deadline's current version. */
export async function writeReminders(manager: EntityManager, schedule: DeadlineSchedule, deadline: Deadline, now: Date): Promise<void> {
  // Only the recognition's end reads the case's settings (its re-assessment notice).
  const procedure = deadline.kind === 'recognition_expiry' ? await caseReminderSettings(manager, deadline.applicationId) : undefined;
  for (const { stage, at } of schedule.reminders(deadline.kind, deadline.dueAt, now, procedure)) {
    const message: DeadlineReminderMessage = { deadlineId: deadline.id, deadlineVersion: deadline.version, stage };
    await enqueueOutbox(manager, { topic: DEADLINE_REMINDER_TOPIC, applicationId: deadline.applicationId, payload: message, availableAt: at });
  }
}

async function closeDeadlines(manager: EntityManager, which: CloseDeadlines, status: 'met' | 'cancelled', reason: string | null): Promise<number> {
  const conditions = [`application_id = $1`, `status = ANY($2::text[])`];
  const parameters: unknown[] = [which.applicationId, OPEN];
  if (which.ids) conditions.push(`id = ANY($${parameters.push(which.ids)}::uuid[])`);
  if (which.kinds) conditions.push(`kind = ANY($${parameters.push(which.kinds)}::text[])`);
  if (which.subjectId) conditions.push(`subject_id = $${parameters.push(which.subjectId)}`);
  if (which.assigneeId) conditions.push(`$${parameters.push(which.assigneeId)} = ANY(assignee_ids)`);
  if (which.round !== undefined) conditions.push(`round = $${parameters.push(which.round)}`);
  const rows: { id: string }[] = await manager.query(`SELECT id FROM deadlines WHERE ${conditions.join(' AND ')} FOR UPDATE`, parameters);
  if (rows.length === 0) return 0;
  await closeDeadlineIds(manager, rows.map((row) => row.id), status, reason, which.at ?? new Date());
  return rows.length;
}

export async function closeDeadlineIds(manager: EntityManager, ids: string[], status: 'met' | 'cancelled', reason: string | null, at: Date) {
  await manager.query(
    `UPDATE deadlines
        SET status = $2, met_at = CASE WHEN $2 = 'met' THEN $4::timestamptz END, closed_at = $4, close_reason = $3, updated_at = now()
      WHERE id = ANY($1::uuid[]) AND status = ANY($5::text[])`,
    [ids, status, reason, at, OPEN],
  );
  await deletePendingReminders(manager, ids);
}

/** Cleanup only: a reminder that escapes it finds its deadline closed or of another version. */
export async function deletePendingReminders(manager: EntityManager, ids: string[]) {
  await manager.query(`DELETE FROM outbox WHERE topic = $1 AND dispatched_at IS NULL AND payload->>'deadlineId' = ANY($2::text[])`, [
    DEADLINE_REMINDER_TOPIC,
    ids,
  ]);
}
