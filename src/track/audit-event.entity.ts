import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditVisibility = 'involved' | 'staff';

/** One line of an application's history. Append-only: the database refuses UPDATE and DELETE. */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The capacity in which the actor acted: owner, coach, secretary, chair, reviewer, system. */
  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Staff only; never shown to owners. */
  @Column({ name: 'internal_note', type: 'text', nullable: true })
  internalNote: string | null;

  /** `staff` rows are hidden from owners altogether. */
  @Column({ type: 'text' })
  visibility: AuditVisibility;

  @Column({ name: 'application_version', type: 'integer' })
  applicationVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
