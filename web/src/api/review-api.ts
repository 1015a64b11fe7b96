import { call, client } from './client';
import type { FrozenDescription } from './dossier-api';
import type { Bilingual, FieldError, LevelCode } from './types';
import type { DocumentView } from './werkblad-api';

/**
 * The reviewer's endpoints: invitations (src/panels/invitations.controller.ts) and their own
 * review (src/review/reviews.controller.ts). Response shapes mirror src/panels/panel.view.ts
 * invitationReviewerView and src/review/reviews.service.ts formView.
 */

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'conflict' | 'expired' | 'withdrawn' | string;

export interface ReviewerInvitation {
  id: string;
  status: InvitationStatus;
  kind: 'science' | 'practice';
  invitedAt: string;
  responseDueAt: string | null;
  respondedAt: string | null;
  declineReason: string | null;
  suggestedColleague: string | null;
  conflictDescription: string | null;
  letter: string | null;
  memberStatus: string | null;
  /** The time asked: working days for the review once the panel is complete. */
  reviewWorkingDays: number;
  application: {
    id: string;
    reference: string;
    name: string;
    organisation: string | null;
    summary: string | null;
    targetLevel: LevelCode;
    targetLevelLabel: string;
    themes: string[];
    state: string;
  };
}

export type Judgment = 'voldoende' | 'twijfel' | 'onvoldoende';

export interface CriterionAnswer {
  code: string;
  judgment: Judgment | null;
  motivation: string;
}

/** src/review/review-lock.ts: why the form cannot be changed now. */
export type ReviewLockReason = 'submitted' | 'panel_incomplete' | 'round_ended' | 'awaiting_revision' | 'withdrawn';

export interface ReviewLock {
  reason: ReviewLockReason;
  /** When the lock began; null when it is not a past moment (the panel is not complete yet). */
  at: string | null;
}

export interface ReviewForm {
  id: string | null;
  applicationId: string;
  round: number;
  letter: string | null;
  status: 'draft' | 'submitted';
  saved: boolean;
  editable: boolean;
  lock: ReviewLock | null;
  targetLevel: LevelCode;
  form: {
    criteria: { code: string; label: Bilingual; question: Bilingual }[];
    judgments: { code: Judgment; label: Bilingual }[];
    levels: { code: LevelCode; label: string }[];
    feasibilityVerdicts: { code: FeasibilityVerdict; label: Bilingual }[];
  };
  /** The case's settings ask for a separate feasibility verdict (docs/decisions/0034). */
  feasibilityVerdict: boolean;
  feasibility: FeasibilityVerdict | null;
  feasibilityExplanation: string | null;
  criteria: CriterionAnswer[];
  proposedLevel: LevelCode | null;
  noLevelReached: boolean;
  feedbackForOwner: string;
  confidentialRemarks: string;
  missing: FieldError[];
  submittedAt: string | null;
  updatedAt: string | null;
}

/** src/review/review-material.service.ts: what a panel member judges. */
export interface ReviewMaterial {
  application: { id: string; reference: string; name: string; organisation: string | null; summary: string | null; themes: string[]; state: string };
  targetLevel: { code: LevelCode; label: string; meaning: Bilingual };
  criteria: { code: string; label: Bilingual; question: Bilingual }[];
  description: FrozenDescription | null;
  documents: DocumentView[];
}

export type FeasibilityVerdict = 'feasible' | 'feasible_with_conditions' | 'not_feasible';

/** A feasibility verdict as the API shows it with a submitted review or a decision. */
export interface FeasibilityView {
  verdict: FeasibilityVerdict;
  verdictLabel: Bilingual;
  explanation: string;
}

export interface ReviewChanges {
  feasibility?: FeasibilityVerdict | null;
  feasibilityExplanation?: string | null;
  criteria?: { code: string; judgment?: Judgment | null; motivation?: string }[];
  proposedLevel?: LevelCode | null;
  noLevelReached?: boolean;
  feedbackForOwner?: string;
  confidentialRemarks?: string;
}

const path = (id: string) => ({ params: { path: { id } } });

export const reviewApi = {
  invitations: () => call<ReviewerInvitation[]>(client.GET('/me/invitations')),
  accept: (id: string, body: { conflictOfInterest: boolean; conflictDescription?: string }) =>
    call<ReviewerInvitation>(client.POST('/invitations/{id}/accept', { ...path(id), body })),
  decline: (id: string, reason: string, suggestedColleague?: string) =>
    call<ReviewerInvitation>(client.POST('/invitations/{id}/decline', { ...path(id), body: { reason, ...(suggestedColleague ? { suggestedColleague } : {}) } })),
  material: (id: string) => call<ReviewMaterial>(client.GET('/applications/{id}/reviews/material', path(id))),
  mine: (id: string) => call<ReviewForm>(client.GET('/applications/{id}/reviews/mine', path(id))),
  save: (id: string, changes: ReviewChanges) => call<ReviewForm>(client.PUT('/applications/{id}/reviews/mine', { ...path(id), body: changes })),
  submit: (id: string, changes: ReviewChanges) =>
    call<ReviewForm>(client.POST('/applications/{id}/reviews/mine/submit', { ...path(id), body: changes })),
};
