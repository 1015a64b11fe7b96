import type { EntityManager } from 'typeorm';
import { AuditEvent, type AuditVisibility } from './audit-event.entity.js';

export interface AuditEntry {
  applicationId: string;
  applicationVersion: number;
  actorId: string | null;
  actorKind: string;
  eventType: string;
  fromState?: string | null;
  toState?: string | null;
  payload?: Record<string, unknown>;
  internalNote?: string | null;
  visibility?: AuditVisibility;
}

/** Appends one line to an application's history, inside the caller's transaction. */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
  const row = manager.getRepository(AuditEvent).create({
    ...entry,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    payload: entry.payload ?? {},
    internalNote: entry.internalNote ?? null,
    visibility: entry.visibility ?? 'involved',
  });
  return manager.getRepository(AuditEvent).save(row);
}
