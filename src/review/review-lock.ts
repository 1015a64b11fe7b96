import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import type { Review } from './review.entity.js';

/** Why a reviewer's form cannot be changed now, so the form can say so instead of only "locked". */
export const REVIEW_LOCK_REASONS = [
  /** Submitted on `at`; a submitted review is final. */
  'submitted',
  /** Opens when the last place on the panel is taken (no date known). */
  'panel_incomplete',
  /** Every review of the round came in on `at`; the committee takes it from here. */
  'round_ended',
  /** The committee asked the owner for a revision; the round ended on `at` and the next opens when the revision is in. */
  'awaiting_revision',
  /** The owner withdrew the application on `at`. */
  'withdrawn',
] as const;
export type ReviewLockReason = (typeof REVIEW_LOCK_REASONS)[number];

export interface ReviewLock {
  reason: ReviewLockReason;
  /** When the lock began (submission, end of the round, withdrawal); null when it is not a past moment. */
  at: Date | null;
}

/** Reviews are written only in this state. */
export const REVIEW_STATE = 'underReview';

/** null while the reviewer can change the form; the review is the reviewer's own of the current round. */
export async function reviewLockOf(manager: EntityManager, application: Application, review: Review | null): Promise<ReviewLock | null> {
  // While the round runs, the reviewer's own submission is the reason; after it, what happened to the round says more.
  if (application.state === REVIEW_STATE) return review?.status === 'submitted' ? { reason: 'submitted', at: review.submittedAt } : null;
  if (application.state === 'panelComposition') return { reason: 'panel_incomplete', at: null };
  if (application.state === 'withdrawn') return { reason: 'withdrawn', at: application.stateChangedAt };
  const at = await roundEndedAt(manager, application.id);
  return { reason: application.state === 'decided.deferred' ? 'awaiting_revision' : 'round_ended', at };
}

/** When the track last left `underReview` for the committee: the moment the latest round's reviews were all in. */
async function roundEndedAt(manager: EntityManager, applicationId: string): Promise<Date | null> {
  const [row]: { created_at: Date }[] = await manager.query(
    `SELECT created_at FROM audit_events
      WHERE application_id = $1 AND from_state = $2 AND to_state = 'awaitingCommittee'
      ORDER BY id DESC LIMIT 1`,
    [applicationId, REVIEW_STATE],
  );
  return row?.created_at ?? null;
}
