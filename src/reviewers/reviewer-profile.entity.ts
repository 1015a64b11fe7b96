import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ReviewerKind } from '../panels/panel-composition.js';
import type { UnavailablePeriod } from './reviewer-scoring.js';

/** What the secretariat knows about a reviewer (beoordelaar): kind, expertise, availability. */
@Entity({ name: 'reviewer_profiles' })
export class ReviewerProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Science or practice; null until the secretariat sets it (such a reviewer cannot be suggested). */
  @Column({ type: 'text', nullable: true })
  kind: ReviewerKind | null;

  /** Expertise themes (theme slugs). */
  @Column({ type: 'text', array: true })
  themes: string[];

  /** Where the reviewer works, when it differs from (or adds to) the account's organisation. */
  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'text' })
  expertise: string;

  @Column({ name: 'max_concurrent_reviews', type: 'integer' })
  maxConcurrentReviews: number;

  @Column({ name: 'accepting_invitations', type: 'boolean' })
  acceptingInvitations: boolean;

  @Column({ name: 'unavailable_periods', type: 'jsonb' })
  unavailablePeriods: UnavailablePeriod[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
