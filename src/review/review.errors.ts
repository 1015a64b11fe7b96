import { ConflictException, ForbiddenException } from '@nestjs/common';

export enum ReviewErrorCode {
  NotOnPanel = 'NOT_ON_PANEL',
  ReviewAlreadySubmitted = 'REVIEW_ALREADY_SUBMITTED',
  OwnReviewFirst = 'OWN_REVIEW_FIRST',
  ReviewsNotVisible = 'REVIEWS_NOT_VISIBLE',
}

export function notOnPanel(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: ReviewErrorCode.NotOnPanel,
    message: 'U zit niet in het beoordelingspanel van deze aanmelding. / You are not on the review panel of this application.',
  });
}

export function reviewAlreadySubmitted(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: ReviewErrorCode.ReviewAlreadySubmitted,
    message: 'Uw beoordeling is ingediend en kan niet meer worden gewijzigd. / Your review has been submitted and can no longer be changed.',
  });
}

export function ownReviewFirst(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: ReviewErrorCode.OwnReviewFirst,
    message:
      'U ziet de beoordelingen van anderen pas nadat u uw eigen beoordeling heeft ingediend. / ' +
      "You see other reviewers' reviews only after submitting your own.",
  });
}

export function reviewsNotVisible(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: ReviewErrorCode.ReviewsNotVisible,
    message: 'U kunt de beoordelingen van deze aanmelding niet inzien. / You cannot view the reviews of this application.',
  });
}
