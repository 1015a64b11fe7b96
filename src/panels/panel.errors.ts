import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

/** Codes a client can act on; messages are Dutch first, then English. */
export enum PanelErrorCode {
  PanelNotVisible = 'PANEL_NOT_VISIBLE',
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  InvitationNotPending = 'INVITATION_NOT_PENDING',
  InvitationExpired = 'INVITATION_EXPIRED',
  PanelMemberNotFound = 'PANEL_MEMBER_NOT_FOUND',
  ReviewerNotFound = 'REVIEWER_NOT_FOUND',
}

export function panelNotVisible(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: PanelErrorCode.PanelNotVisible,
    message: 'U kunt het beoordelingspanel van deze aanmelding niet inzien. / You cannot view the review panel of this application.',
  });
}

/** Also for someone else's invitation: whether it exists is none of the caller's business. */
export function invitationNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PanelErrorCode.InvitationNotFound,
    message: 'Uitnodiging niet gevonden. / Invitation not found.',
  });
}

export function invitationNotPending(status: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: PanelErrorCode.InvitationNotPending,
    message: `Deze uitnodiging staat niet meer open (${status}). / This invitation is no longer open (${status}).`,
    status,
  });
}

export function invitationExpired(responseDueAt: Date): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: PanelErrorCode.InvitationExpired,
    message: 'De reactietermijn van deze uitnodiging is verstreken. / The response deadline of this invitation has passed.',
    responseDueAt: responseDueAt.toISOString(),
  });
}

export function panelMemberNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PanelErrorCode.PanelMemberNotFound,
    message: 'Deze beoordelaar zit niet (meer) in het panel. / This reviewer is not (or no longer) on the panel.',
  });
}

export function reviewerNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PanelErrorCode.ReviewerNotFound,
    message: 'Beoordelaar niet gevonden. / Reviewer not found.',
  });
}
