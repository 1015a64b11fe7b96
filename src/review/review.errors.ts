import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export enum ReviewErrorCode {
  NotOnPanel = 'NOT_ON_PANEL',
  ReviewAlreadySubmitted = 'REVIEW_ALREADY_SUBMITTED',
  OwnReviewFirst = 'OWN_REVIEW_FIRST',
  ReviewsNotVisible = 'REVIEWS_NOT_VISIBLE',
}

export const notOnPanel = defineError(ReviewErrorCode.NotOnPanel, HttpStatus.FORBIDDEN, () => ({
  nl: 'U zit niet in het beoordelingspanel van deze aanmelding.',
  en: 'You are not on the review panel of this application.',
}));

export const reviewAlreadySubmitted = defineError(ReviewErrorCode.ReviewAlreadySubmitted, HttpStatus.CONFLICT, () => ({
  nl: 'Uw beoordeling is ingediend en kan niet meer worden gewijzigd.',
  en: 'Your review has been submitted and can no longer be changed.',
}));

export const ownReviewFirst = defineError(ReviewErrorCode.OwnReviewFirst, HttpStatus.FORBIDDEN, () => ({
  nl: 'U ziet de beoordelingen van anderen pas nadat u uw eigen beoordeling heeft ingediend.',
  en: "You see other reviewers' reviews only after submitting your own.",
}));

export const reviewsNotVisible = defineError(ReviewErrorCode.ReviewsNotVisible, HttpStatus.FORBIDDEN, () => ({
  nl: 'U kunt de beoordelingen van deze aanmelding niet inzien.',
  en: 'You cannot view the reviews of this application.',
}));
