import type { EntityManager } from 'typeorm';
import type { Deadline } from './deadline.entity.js';

export interface Person {
  id: string;
  name: string;
}

/**
 * The people a deadline is for, looked up when a reminder fires rather than when the deadline
 * opened: an owner added since, or a new coach, is reminded; a disabled account is not.
 */
export async function assigneesOf(manager: EntityManager, deadline: Pick<Deadline, 'applicationId' | 'assigneeRole' | 'assigneeIds'>): Promise<Person[]> {
  switch (deadline.assigneeRole) {
    case 'owners':
      return manager.query(
        `SELECT u.id, u.name FROM application_owners o JOIN users u ON u.id = o.user_id
          WHERE o.application_id = $1 AND u.disabled_at IS NULL ORDER BY o.created_at`,
        [deadline.applicationId],
      );
    case 'coach':
      return manager.query(
        `SELECT u.id, u.name FROM applications a JOIN users u ON u.id = a.coach_id WHERE a.id = $1 AND u.disabled_at IS NULL`,
        [deadline.applicationId],
      );
    case 'secretaries':
      return secretaries(manager);
    case 'reviewer':
      return manager.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL ORDER BY name`, [deadline.assigneeIds]);
  }
}

export function secretaries(manager: EntityManager): Promise<Person[]> {
  return manager.query(`SELECT id, name FROM users WHERE 'secretary' = ANY(roles) AND disabled_at IS NULL ORDER BY created_at`);
}
