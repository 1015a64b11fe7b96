import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AssigneeRole, DeadlineKind, DeadlineStatus } from './deadline-kinds.js';

/**
 * Something a person must do by a date, for one application. Its reminders are outbox rows with a
 * future `available_at` that carry the `version` they were made for: extending the deadline bumps
 * the version, and a reminder of an older version does nothing when it fires.
 */
@Entity({ name: 'deadlines' })
export class Deadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'text' })
  kind: DeadlineKind;

  /** Unique per application: opening the same deadline twice (a redelivered job) creates one row. */
  @Column({ type: 'text' })
  key: string;

  /** What it is about: the invitation (invitation_response, review), the meeting (committee_agenda). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The review round (review) the deadline belongs to. */
  @Column({ type: 'integer', nullable: true })
  round: number | null;

  /** Who must act: the owners, the coach or the secretaries of the moment, or the reviewer in `assigneeIds`. */
  @Column({ name: 'assignee_role', type: 'text' })
  assigneeRole: AssigneeRole;

  @Column({ name: 'assignee_ids', type: 'uuid', array: true })
  assigneeIds: string[];

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text' })
  status: DeadlineStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'missed_at', type: 'timestamptz', nullable: true })
  missedAt: Date | null;

  @Column({ name: 'met_at', type: 'timestamptz', nullable: true })
  metAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Why a deadline was cancelled: withdrawn, moved-on, expired, lapsed, … */
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Column({ name: 'extended_count', type: 'integer' })
  extendedCount: number;

  @Column({ type: 'integer' })
  version: number;
}
