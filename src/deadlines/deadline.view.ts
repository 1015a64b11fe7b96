import type { Deadline } from './deadline.entity.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS } from './todo-actions.js';

export function deadlineView(deadline: Deadline) {
  const action = DEADLINE_ACTION[deadline.kind];
  return {
    id: deadline.id,
    applicationId: deadline.applicationId,
    kind: deadline.kind,
    action,
    label: TO_DO_ACTIONS[action],
    subjectId: deadline.subjectId,
    round: deadline.round,
    assigneeRole: deadline.assigneeRole,
    assigneeIds: deadline.assigneeIds,
    dueAt: deadline.dueAt,
    status: deadline.status,
    missedAt: deadline.missedAt,
    metAt: deadline.metAt,
    closedAt: deadline.closedAt,
    closeReason: deadline.closeReason,
    extendedCount: deadline.extendedCount,
    version: deadline.version,
    createdAt: deadline.createdAt,
  };
}
export type DeadlineView = ReturnType<typeof deadlineView>;
