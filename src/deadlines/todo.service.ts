import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import { phaseOf, TRACK_STATE_KEYS, type StateDetail, type TrackStateKey, type TrackTurn } from '../track/track.snapshot.js';
import { DEADLINE_STILL_RELEVANT_SQL, type DeadlineKind, type DeadlineStatus } from './deadline-kinds.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS, todoPath, type ActionLabel, type TodoAction } from './todo-actions.js';
import type { TodoItem, TodoPage } from './todo.view.js';

export const TO_DO_DEFAULT_PAGE_SIZE = 50;

export interface TodoPaging {
  page: number;
  pageSize: number;
}


interface ApplicationRow {
  id: string;
  reference: string;
  name: string;
  state: string;
  stateDetail: StateDetail | null;
}

interface TodoRow extends ApplicationRow {
  action: TodoAction;
  itemId: string;
  dueAt: Date | null;
  deadlineId: string | null;
  status: DeadlineStatus | null;
  /** The deadline's subject (the meeting of an agenda deadline), where the link needs it. */
  subjectId: string | null;
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
  letterDraft: 'send-decision-letter',
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

  async list(user: AuthUser, paging: TodoPaging = { page: 1, pageSize: TO_DO_DEFAULT_PAGE_SIZE }, now: Date = new Date()): Promise<TodoPage> {
    const { sql, parameters } = this.query(user, paging);
    const rows: (TodoRow & { total: number })[] = await this.dataSource.query(sql, parameters);
    // A page past the end has no row to carry the count.
    const total = rows[0]?.total ?? (paging.page > 1 ? await this.count(user) : 0);
    return {
      items: rows.map((row) =>
        this.item(user, row, row.action, { id: row.itemId, dueAt: row.dueAt, deadlineId: row.deadlineId ?? undefined, status: row.status ?? undefined, subjectId: row.subjectId }, now),
      ),
      total,
      page: paging.page,
      pageSize: paging.pageSize,
      pageCount: Math.max(1, Math.ceil(total / paging.pageSize)),
    };
  }

  private async count(user: AuthUser): Promise<number> {
    const { sql, parameters } = this.query(user, { page: 1, pageSize: 1 });
    const rows: { total: number }[] = await this.dataSource.query(sql, parameters);
    return rows[0]?.total ?? 0;
  }

  /**
   * One statement: every source of things to do (UNION ALL), one line per thing (`key`: per
   * invitation, else per application and action; a deadline row wins, then one with a due date),
   * sorted by due date (undated last), reference and action, and paged in PostgreSQL. The actions
   * per state and per deadline kind come from the tables above and in todo-actions.ts.
   * bench/staff-list.ts runs this same statement through raw pg as its baseline.
   */
  query(user: AuthUser, paging: TodoPaging): { sql: string; parameters: unknown[] } {
    const roles = user.roles;
    const turnTable = (turn: TrackTurn): [string[], string[]] => {
      const states = statesWithTurn(turn).filter((state) => TURN_ACTIONS[state]);
      return [states, states.map((state) => TURN_ACTIONS[state]!)];
    };
    const [ownerStates, ownerActions] = turnTable('owner');
    const [secretaryStates, secretaryActions] = turnTable('secretary');
    const deadlineKinds = Object.keys(DEADLINE_ACTION) as DeadlineKind[];
    const parameters: unknown[] = [
      user.id,
      roles.includes('owner'),
      roles.includes('coach'),
      roles.includes('secretary'),
      roles.includes('reviewer'),
      roles.includes('chair'),
      deadlineKinds,
      deadlineKinds.map((kind) => DEADLINE_ACTION[kind]),
      ownerStates,
      ownerActions,
      secretaryStates,
      secretaryActions,
      paging.pageSize,
      (paging.page - 1) * paging.pageSize,
    ];
    const columns = `a.id, a.reference, a.name, a.state, a.state_detail AS "stateDetail"`;
    const lineKey = (action: string) => `a.id::text || ':' || ${action}`;
    const sql = `
      WITH items AS (
        SELECT ${columns}, k.action, d.due_at AS "dueAt", d.id AS "deadlineId", d.status, d.subject_id AS "subjectId", 'deadline:' || d.id AS "itemId",
               CASE WHEN k.action = 'answer-invitation' THEN ${lineKey('k.action')} || ':' || coalesce(d.subject_id::text, '') ELSE ${lineKey('k.action')} END AS key
          FROM deadlines d
          JOIN applications a ON a.id = d.application_id
          JOIN unnest($7::text[], $8::text[]) AS k(kind, action) ON k.kind = d.kind
         WHERE d.status IN ('open', 'missed')
           AND ((d.assignee_role = 'owners' AND $2 AND EXISTS (SELECT 1 FROM application_owners o WHERE o.application_id = a.id AND o.user_id = $1))
             OR (d.assignee_role = 'coach' AND $3 AND a.coach_id = $1)
             OR (d.assignee_role = 'secretaries' AND $4)
             OR (d.assignee_role = 'reviewer' AND $5 AND $1 = ANY(d.assignee_ids)))
           AND ${DEADLINE_STILL_RELEVANT_SQL}
        UNION ALL
        -- The owner's turn; a description waiting for the coach's feedback is the coach's.
        SELECT ${columns}, t.action, NULL, NULL, NULL, NULL, t.action || ':' || a.id, ${lineKey('t.action')}
          FROM applications a
          JOIN application_owners o ON o.application_id = a.id AND o.user_id = $1
          JOIN unnest($9::text[], $10::text[]) AS t(state, action) ON t.state = a.state
         WHERE $2 AND NOT (a.state = 'description' AND a.state_detail->>'werkblad' IS NOT DISTINCT FROM 'feedbackRequested')
        UNION ALL
        SELECT ${columns}, 'give-feedback', NULL, NULL, NULL, NULL, 'give-feedback:' || a.id, ${lineKey("'give-feedback'")}
          FROM applications a
         WHERE $3 AND a.coach_id = $1 AND a.state = 'description' AND a.state_detail->>'werkblad' = 'feedbackRequested'
        UNION ALL
        SELECT ${columns}, t.action, NULL, NULL, NULL, NULL, t.action || ':' || a.id, ${lineKey('t.action')}
          FROM applications a
          JOIN unnest($11::text[], $12::text[]) AS t(state, action) ON t.state = a.state
         WHERE $4
        UNION ALL
        -- On an agenda: the chair of that meeting's committee, by the meeting's date.
        SELECT ${columns}, 'decide', m.starts_at, NULL, NULL, NULL, 'decide:' || a.id, ${lineKey("'decide'")}
          FROM applications a
          JOIN committee_meetings m ON m.id::text = a.snapshot->'context'->>'meetingId'
          JOIN committees c ON c.id = m.committee_id
         WHERE $6 AND a.state = 'onAgenda' AND c.chair_id = $1
        UNION ALL
        -- An objection: the chair of the committee that took the standing decision.
        SELECT ${columns}, 'resolve-objection', NULL, NULL, NULL, NULL, 'resolve-objection:' || a.id, ${lineKey("'resolve-objection'")}
          FROM applications a
         WHERE $6 AND a.state = 'objection'
           AND EXISTS (SELECT 1 FROM decisions dc JOIN committees c ON c.id = dc.committee_id
                        WHERE dc.application_id = a.id AND dc.superseded_by IS NULL AND c.chair_id = $1)
        UNION ALL
        SELECT ${columns}, 'answer-invitation', i.response_due_at, NULL, NULL, NULL, 'invitation:' || i.id,
               ${lineKey("'answer-invitation'")} || ':' || i.id::text
          FROM panel_invitations i JOIN applications a ON a.id = i.application_id
         WHERE $5 AND i.reviewer_id = $1 AND i.status = 'pending'
        UNION ALL
        -- An active panel member of a case under review who has not submitted this round's review.
        SELECT ${columns}, 'write-review', NULL, NULL, NULL, NULL, 'write-review:' || a.id, ${lineKey("'write-review'")}
          FROM panel_members pm JOIN applications a ON a.id = pm.application_id
         WHERE $5 AND pm.reviewer_id = $1 AND pm.status = 'active' AND a.state = 'underReview'
           AND NOT EXISTS (SELECT 1 FROM reviews r
                            WHERE r.application_id = a.id AND r.reviewer_id = $1 AND r.status = 'submitted'
                              AND r.round = (a.snapshot->'context'->>'reviewRound')::int)
      ), lines AS (
        SELECT DISTINCT ON (key) * FROM items ORDER BY key, "deadlineId" IS NULL, "dueAt" IS NULL, "dueAt"
      )
      SELECT *, (count(*) OVER ())::int AS total FROM lines
       ORDER BY "dueAt" ASC NULLS LAST, reference, action
       LIMIT $13 OFFSET $14`;
    return { sql, parameters };
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

}
