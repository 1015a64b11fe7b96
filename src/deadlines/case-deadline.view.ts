import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { ActorKind } from '../track/track.permissions.js';
import { assigneesOf } from './deadline-assignees.js';
import type { Deadline } from './deadline.entity.js';
import { DEADLINE_KIND_SPECS, OPEN_STATUSES, type AssigneeRole, type ReminderStage } from './deadline-kinds.js';
import { DEADLINE_REMINDER_TOPIC } from './deadline-writes.js';
import { deadlineView } from './deadline.view.js';

/** What a user may do with one deadline now; decided here, shown by the web app as it is. */
export type DeadlineAction = 'extend' | 'complete';

export interface ReminderMoment {
  stage: ReminderStage;
  at: Date;
}

interface ReminderRow {
  deadlineId: string;
  stage: ReminderStage;
  at: Date;
  sent: boolean;
}

const OPEN = OPEN_STATUSES as string[];

/**
 * Who reads reviewers' names: the secretariat and the committee (an empty `kinds` is a committee
 * seat), as for the reviews themselves. The coach sees the panel letter; owners never see a
 * reviewer's deadline at all (DeadlinesService.listFor).
 */
function readsReviewerNames(kinds: readonly ActorKind[]): boolean {
  return kinds.length === 0 || kinds.includes('secretary') || kinds.includes('chair');
}

/**
 * A case's deadlines as the application page lists them: who is due (reviewers anonymous where
 * the reader may not know them), the reminders sent and still planned, and what this user may do.
 */
export async function caseDeadlineViews(manager: EntityManager, user: AuthUser, kinds: readonly ActorKind[], rows: Deadline[]) {
  if (rows.length === 0) return [];
  const applicationId = rows[0].applicationId;
  const secretary = kinds.includes('secretary');
  const names = readsReviewerNames(kinds);
  const letters = new Map<string, string>(
    (
      await manager.query<{ reviewerId: string; letter: string }[]>(
        `SELECT reviewer_id AS "reviewerId", letter FROM panel_members WHERE application_id = $1`,
        [applicationId],
      )
    ).map((row) => [row.reviewerId, row.letter]),
  );
  const reminders = await remindersOf(manager, applicationId);

  return Promise.all(
    rows.map(async (row) => {
      const people = await assigneesOf(manager, row);
      const open = OPEN.includes(row.status);
      const spec = DEADLINE_KIND_SPECS[row.kind];
      const reviewer = row.assigneeRole === 'reviewer';
      const assigneeNames =
        reviewer && !names ? row.assigneeIds.map((id) => (letters.has(id) ? `Beoordelaar ${letters.get(id)}` : 'Beoordelaar')) : people.map((p) => p.name);
      const allowedActions: DeadlineAction[] = [];
      if (secretary && open && spec.extendable) allowedActions.push('extend');
      if (secretary && open && spec.completedByHand) allowedActions.push('complete');
      const own = reminders.filter((reminder) => reminder.deadlineId === row.id);
      return {
        ...deadlineView(row),
        assigneeIds: reviewer && !names ? [] : row.assigneeIds,
        assignees: { role: row.assigneeRole satisfies AssigneeRole, names: assigneeNames },
        remindersSent: own.filter((reminder) => reminder.sent).map(({ stage, at }) => ({ stage, at })),
        remindersPlanned: open ? own.filter((reminder) => !reminder.sent).map(({ stage, at }) => ({ stage, at })) : [],
        allowedActions,
        /** The people who hear of an extension: everyone due but the secretary who extends it. */
        toldOnExtension: allowedActions.includes('extend') ? people.filter((p) => p.id !== user.id).map((p) => p.name) : [],
      };
    }),
  );
}
export type CaseDeadlineView = Awaited<ReturnType<typeof caseDeadlineViews>>[number];

/**
 * Every reminder of the application's deadlines: sent when it made a notification (its first
 * one's time), planned while its outbox row waits for its time (of the deadline's current version).
 */
async function remindersOf(manager: EntityManager, applicationId: string): Promise<ReminderRow[]> {
  return manager.query(
    `SELECT o.payload->>'deadlineId' AS "deadlineId", o.payload->>'stage' AS stage,
            COALESCE(sent.at, o.available_at) AS at, sent.at IS NOT NULL AS sent
       FROM outbox o
       JOIN deadlines d ON d.id = (o.payload->>'deadlineId')::uuid
       LEFT JOIN LATERAL (SELECT min(n.created_at) AS at FROM notifications n
                           WHERE n.application_id = o.application_id AND n.source_key LIKE o.id::text || ':%') sent ON true
      WHERE o.topic = $1 AND o.application_id = $2
        AND (sent.at IS NOT NULL OR (o.dispatched_at IS NULL AND (o.payload->>'deadlineVersion')::int = d.version))
      ORDER BY 3`,
    [DEADLINE_REMINDER_TOPIC, applicationId],
  );
}
