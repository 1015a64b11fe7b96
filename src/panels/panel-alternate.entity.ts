import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewerKind } from './panel-composition.js';

export type AlternateStatus = 'waiting' | 'invited' | 'skipped';

/**
 * A reserve reviewer, ranked by the secretary; invited automatically (lowest rank first, for a
 * kind with an open place) when an invitation is declined, expires, meets a conflict of interest,
 * or a member is removed. `skipped`: no longer eligible when their turn came.
 */
@Entity({ name: 'panel_alternates' })
export class PanelAlternate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'text' })
  kind: ReviewerKind;

  @Column({ type: 'integer' })
  rank: number;

  @Column({ type: 'text' })
  status: AlternateStatus;

  @Column({ name: 'skip_reason', type: 'text', nullable: true })
  skipReason: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
