import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ObjectionOutcome } from '../track/track.events.js';

/** An objection (bezwaar) of the owner against a decision, and the committee's resolution of it. */
@Entity({ name: 'objections' })
export class Objection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  /** The decision objected to. */
  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @Column({ type: 'text' })
  grounds: string;

  @Column({ name: 'lodged_by', type: 'uuid' })
  lodgedBy: string;

  @Column({ name: 'lodged_at', type: 'timestamptz' })
  lodgedAt: Date;

  @Column({ type: 'text', nullable: true })
  outcome: ObjectionOutcome | null;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'replacement_decision_id', type: 'uuid', nullable: true })
  replacementDecisionId: string | null;
}
