import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

/** Codes a client can act on; the web app words each (web/src/i18n/errors-*.ts). */
export enum PanelErrorCode {
  PanelNotVisible = 'PANEL_NOT_VISIBLE',
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  InvitationNotPending = 'INVITATION_NOT_PENDING',
  InvitationExpired = 'INVITATION_EXPIRED',
  PanelMemberNotFound = 'PANEL_MEMBER_NOT_FOUND',
  ReviewerNotFound = 'REVIEWER_NOT_FOUND',
}

export const panelNotVisible = defineError(PanelErrorCode.PanelNotVisible, HttpStatus.FORBIDDEN, () => ({
  nl: 'U kunt het beoordelingspanel van deze aanmelding niet inzien.',
  en: 'You cannot view the review panel of this application.',
}));

/** Also for someone else's invitation: whether it exists is none of the caller's business. */
export const invitationNotFound = defineError(PanelErrorCode.InvitationNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Uitnodiging niet gevonden.',
  en: 'Invitation not found.',
}));

const INVITATION_NOT_PENDING = defineError<{ status: string }>(PanelErrorCode.InvitationNotPending, HttpStatus.CONFLICT, ({ status }) => ({
  nl: `Deze uitnodiging staat niet meer open (${status}).`,
  en: `This invitation is no longer open (${status}).`,
}));

export const invitationNotPending = (status: string) => INVITATION_NOT_PENDING({ status });

const INVITATION_EXPIRED = defineError<{ responseDueAt: string }>(PanelErrorCode.InvitationExpired, HttpStatus.CONFLICT, () => ({
  nl: 'De reactietermijn van deze uitnodiging is verstreken.',
  en: 'The response deadline of this invitation has passed.',
}));

export const invitationExpired = (responseDueAt: Date) => INVITATION_EXPIRED({ responseDueAt: responseDueAt.toISOString() });

export const panelMemberNotFound = defineError(PanelErrorCode.PanelMemberNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Deze beoordelaar zit niet (meer) in het panel.',
  en: 'This reviewer is not (or no longer) on the panel.',
}));

export const reviewerNotFound = defineError(PanelErrorCode.ReviewerNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Beoordelaar niet gevonden.',
  en: 'Reviewer not found.',
}));
