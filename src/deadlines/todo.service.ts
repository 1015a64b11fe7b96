import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import { phaseOf, TRACK_STATE_KEYS, type StateDetail, type TrackStateKey, type TrackTurn } from '../track/track.snapshot.js';
import { DEADLINE_STILL_RELEVANT_SQL, type DeadlineKind, type DeadlineStatus } from './deadline-kinds.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS, todoPath, type ActionLabel, type TodoAction } from './todo-actions.js';

export interface TodoItem {
  /** Stable per thing to do: `deadline:<id>`, `invitation:<id>` or `<action>:<application id>`. */
  id: string;
  applicationId: string;
  applicationReference: string;
  applicationName: string;
  action: TodoAction;
  label: ActionLabel;
  /** In the reader's language. */
  title: string;
  dueAt: Date | null;
  overdue: boolean;
  /** Set when a deadline row carries the due date (it can be extended); `missed` once its missed reminder went out. */
  deadlineId: string | null;
  deadlineStatus: DeadlineStatus | null;
  link: string;
}

interface ApplicationRow {
  id: string;
  reference: string;
  name: string;
  state: string;
  stateDetail: StateDetail | null;
}

interface DeadlineRow extends ApplicationRow {
  deadlineId: string;
  kind: DeadlineKind;
  subjectId: string | null;
  dueAt: Date;
  status: DeadlineStatus;
}

/** The action each state asks of whoever has the turn (phaseOf(state).turn). */
const TURN_ACTIONS: Readonly<Partial<Record<TrackStateKey, TodoAction>>> = {
  draft: 'complete-application',
  intake: 'decide-admission',
  informationRequested: 'provide-information',
  description: 'write-description',
  submittedForAssessment: 'start-panel',
  panelComposition: 'compose-panel',
  awaitingCommittee: 'schedule-committee',
  onAgenda: 'decide',
  'decided.recognised': 'publish',
  'decided.conditionallyRecognised': 'meet-conditions',
  'decided.deferred': 'submit-revision',
  objection: 'resolve-objection',
  'published.reassessmentDue': 'apply-reassessment',
};

const statesWithTurn = (turn: TrackTurn) => TRACK_STATE_KEYS.filter((key) => phaseOf(key).turn === turn);

/**
 * What awaits one user across all applications: every open deadline assigned to them (as owner,
 * coach, secretary or reviewer), and every application where it is their turn, sorted by due
 * date (those without one last). A thing to do that has a deadline appears once, with its date.
 */
@Injectable()
export class TodoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, now: Date = new Date()): Promise<TodoItem[]> {
    const items = new Map<string, TodoItem>();
    const add = (item: TodoItem, key: string) => {
      const existing = items.get(key);
      // The one with a due date wins; a deadline row wins over a date read from elsewhere.
      if (!existing || (!existing.dueAt && item.dueAt) || (!existing.deadlineId && item.deadlineId)) items.set(key, item);
    };

    for (const row of await this.deadlines(user)) {
      const action = DEADLINE_ACTION[row.kind];
      add(this.item(user, row, action, { id: `deadline:${row.deadlineId}`, dueAt: row.dueAt, deadlineId: row.deadlineId, status: row.status, subjectId: row.subjectId }, now), this.key(row.id, action, row));
    }
    for (const { row, action, dueAt } of await this.turns(user)) add(this.item(user, row, action, { id: `${action}:${row.id}`, dueAt }, now), this.key(row.id, action));
    for (const row of await this.invitations(user))
      add(this.item(user, row, 'answer-invitation', { id: `invitation:${row.invitationId}`, dueAt: row.dueAt }, now), this.key(row.id, 'answer-invitation', { subjectId: row.invitationId }));
    for (const row of await this.reviewsToWrite(user)) add(this.item(user, row, 'write-review', { id: `write-review:${row.id}`, dueAt: null }, now), this.key(row.id, 'write-review'));

    return [...items.values()].sort(
      (a, b) =>
        (a.dueAt ? a.dueAt.getTime() : Infinity) - (b.dueAt ? b.dueAt.getTime() : Infinity) ||
        a.applicationReference.localeCompare(b.applicationReference) ||
        a.action.localeCompare(b.action),
    );
  }

  private key(applicationId: string, action: TodoAction, deadline?: { kind?: DeadlineKind; subjectId: string | null }) {
    // An invitation is one thing to do per invitation; everything else one per application and action.
    return action === 'answer-invitation' ? `${applicationId}:${action}:${deadline?.subjectId ?? ''}` : `${applicationId}:${action}`;
  }

  private item(
    user: AuthUser,
    row: ApplicationRow,
    action: TodoAction,
    extra: { id: string; dueAt: Date | null; deadlineId?: string; status?: DeadlineStatus; subjectId?: string | null },
    now: Date,
  ): TodoItem {
    const dueAt = extra.dueAt ? new Date(extra.dueAt) : null;
    return {
      id: extra.id,
      applicationId: row.id,
      applicationReference: row.reference,
      applicationName: row.name,
      action,
      label: TO_DO_ACTIONS[action],
      title: TO_DO_ACTIONS[action][user.language],
      dueAt,
      overdue: dueAt !== null && dueAt.getTime() < now.getTime(),
      deadlineId: extra.deadlineId ?? null,
      deadlineStatus: extra.status ?? null,
      link: `${this.config.APP_URL.replace(/\/+$/, '')}${todoPath(action, { applicationId: row.id, subjectId: extra.subjectId })}`,
    };
  }

  /** Open deadlines assigned to this user that still ask for action. */
  private deadlines(user: AuthUser): Promise<DeadlineRow[]> {
    const roles = user.roles;
    return this.dataSource.query(
      `SELECT a.id, a.reference, a.name, a.state, a.state_detail AS "stateDetail",
              d.id AS "deadlineId", d.kind, d.subject_id AS "subjectId", d.due_at AS "dueAt", d.status
         FROM deadlines d JOIN applications a ON a.id = d.application_id
        WHERE d.status IN ('open', 'missed')
          AND ((d.assignee_role = 'owners' AND $2 AND EXISTS (SELECT 1 FROM application_owners o WHERE o.application_id = a.id AND o.user_id = $1))
            OR (d.assignee_role = 'coach' AND $3 AND a.coach_id = $1)
            OR (d.assignee_role = 'secretaries' AND $4)
            OR (d.assignee_role = 'reviewer' AND $5 AND $1 = ANY(d.assignee_ids)))
          AND ${DEADLINE_STILL_RELEVANT_SQL}`,
      [user.id, roles.includes('owner'), roles.includes('coach'), roles.includes('secretary'), roles.includes('reviewer')],
    );
  }

  /** Applications where the state waits for this user: as owner, coach, secretary, or chair of the committee that has it. */
  private async turns(user: AuthUser): Promise<{ row: ApplicationRow; action: TodoAction; dueAt: Date | null }[]> {
    const found: { row: ApplicationRow; action: TodoAction; dueAt: Date | null }[] = [];
    const columns = `a.id, a.reference, a.name, a.state, a.state_detail AS "stateDetail"`;
    const push = (rows: ApplicationRow[], turn: TrackTurn) => {
      for (const row of rows) {
        if (phaseOf(row.state, row.stateDetail).turn !== turn) continue;
        // A description waiting for the coach is the coach's turn; the owner's otherwise.
        const action = turn === 'coach' ? 'give-feedback' : TURN_ACTIONS[row.state as TrackStateKey];
        if (action) found.push({ row, action, dueAt: null });
      }
    };
    if (user.roles.includes('owner'))
      push(
        await this.dataSource.query(
          `SELECT ${columns} FROM applications a JOIN application_owners o ON o.application_id = a.id
            WHERE o.user_id = $1 AND a.state = ANY($2::text[])`,
          [user.id, statesWithTurn('owner')],
        ),
        'owner',
      );
    if (user.roles.includes('coach'))
      push(await this.dataSource.query(`SELECT ${columns} FROM applications a WHERE a.coach_id = $1 AND a.state = 'description'`, [user.id]), 'coach');
    if (user.roles.includes('secretary'))
      push(await this.dataSource.query(`SELECT ${columns} FROM applications a WHERE a.state = ANY($1::text[])`, [statesWithTurn('secretary')]), 'secretary');
    if (user.roles.includes('chair')) {
      // On an agenda: the chair of that meeting's committee, by the meeting's date.
      const onAgenda: (ApplicationRow & { startsAt: Date })[] = await this.dataSource.query(
        `SELECT ${columns}, m.starts_at AS "startsAt"
           FROM applications a
           JOIN committee_meetings m ON m.id::text = a.snapshot->'context'->>'meetingId'
           JOIN committees c ON c.id = m.committee_id
          WHERE a.state = 'onAgenda' AND c.chair_id = $1`,
        [user.id],
      );
      for (const row of onAgenda) found.push({ row, action: 'decide', dueAt: new Date(row.startsAt) });
      // An objection: the chair of the committee that took the standing decision.
      const objections: ApplicationRow[] = await this.dataSource.query(
        `SELECT ${columns}
           FROM applications a
          WHERE a.state = 'objection'
            AND EXISTS (SELECT 1 FROM decisions d JOIN committees c ON c.id = d.committee_id
                         WHERE d.application_id = a.id AND d.superseded_by IS NULL AND c.chair_id = $1)`,
        [user.id],
      );
      for (const row of objections) found.push({ row, action: 'resolve-objection', dueAt: null });
    }
    return found;
  }

  private invitations(user: AuthUser): Promise<(ApplicationRow & { invitationId: string; dueAt: Date })[]> {
    if (!user.roles.includes('reviewer')) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.id, a.reference, a.name, a.state, a.state_detail AS "stateDetail", i.id AS "invitationId", i.response_due_at AS "dueAt"
         FROM panel_invitations i JOIN applications a ON a.id = i.application_id
        WHERE i.reviewer_id = $1 AND i.status = 'pending'`,
      [user.id],
    );
  }

  /** Active panel member of a case under review who has not submitted this round's review. */
  private reviewsToWrite(user: AuthUser): Promise<ApplicationRow[]> {
    if (!user.roles.includes('reviewer')) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT a.id, a.reference, a.name, a.state, a.state_detail AS "stateDetail"
         FROM panel_members pm JOIN applications a ON a.id = pm.application_id
        WHERE pm.reviewer_id = $1 AND pm.status = 'active' AND a.state = 'underReview'
          AND NOT EXISTS (SELECT 1 FROM reviews r
                           WHERE r.application_id = a.id AND r.reviewer_id = $1 AND r.status = 'submitted'
                             AND r.round = (a.snapshot->'context'->>'reviewRound')::int)`,
      [user.id],
    );
  }
}
