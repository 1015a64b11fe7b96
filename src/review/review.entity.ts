import type { FeasibilityVerdict } from './feasibility.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LevelCode } from '../track/track.levels.js';
import type { Judgment } from './review-criteria.js';

export type ReviewStatus = 'draft' | 'submitted';

/** One criterion of the form as stored: `criteria` holds every criterion of the level, in form order. */
export interface CriterionAnswer {
  code: string;
  judgment: Judgment | null;
  motivation: string;
}

/**
 * A reviewer's structured review of one application in one review round. Submitting locks it.
 * The committee module reads the submitted reviews of the application's current round.
 */
@Entity({ name: 'reviews' })
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  /** The track's context.reviewRound when the review was written. */
  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'text' })
  status: ReviewStatus;

  @Column({ type: 'jsonb' })
  criteria: CriterionAnswer[];

  /** The level the reviewer proposes; null with `noLevelReached` when no level is reached. */
  @Column({ name: 'proposed_level', type: 'text', nullable: true })
  proposedLevel: LevelCode | null;

  @Column({ name: 'no_level_reached', type: 'boolean' })
  noLevelReached: boolean;

  /** Shown to the owner, anonymised ("Beoordelaar A"). */
  @Column({ name: 'feedback_for_owner', type: 'text' })
  feedbackForOwner: string;

  /** For the committee only; never shown to the owner. */
  @Column({ name: 'confidential_remarks', type: 'text' })
  confidentialRemarks: string;

  /** Uitvoerbaarheid, when the case's settings ask for it (docs/decisions/0034); null otherwise. */
  @Column({ type: 'text', nullable: true })
  feasibility: FeasibilityVerdict | null;

  @Column({ name: 'feasibility_explanation', type: 'text', nullable: true })
  feasibilityExplanation: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
