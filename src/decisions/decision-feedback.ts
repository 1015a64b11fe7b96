import type { PanelSeat } from '../committee/panel-judgments.repository.js';

/** One reviewer's feedback for the owner, known only by the panel letter (A, B, C…). */
export interface OwnerFeedback {
  letter: string;
  text: string;
}

/**
 * The feedback the owner may read: the submitted reviews' feedback for the owner, by letter.
 * Built field by field so no reviewer name, id, kind or confidential remark can come along.
 */
export function ownerFeedback(seats: PanelSeat[]): OwnerFeedback[] {
  return seats
    .filter((seat) => seat.review !== null && seat.review.feedbackForOwner.trim() !== '')
    .map((seat) => ({ letter: seat.letter, text: seat.review!.feedbackForOwner.trim() }));
}
