import type { EntityManager } from 'typeorm';
import { jsonb } from '../database/jsonb.js';
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

/** Appends one line to an application's history, inside the caller's transaction; returns its id. */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<string> {
  const result = await manager.getRepository(AuditEvent).insert({
    ...entry,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    payload: jsonb(entry.payload ?? {}),
    internalNote: entry.internalNote ?? null,
    visibility: entry.visibility ?? 'involved',
  });
  return String(result.identifiers[0].id);
}
