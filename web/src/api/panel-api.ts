import { call, client } from './client';
import type { LevelCode } from './types';

/**
 * The secretary's panel composition (src/panels/panels.controller.ts). Response shapes mirror
 * src/panels/panel.view.ts panelStaffView / invitationStaffView and
 * src/reviewers/reviewers.service.ts suggest().
 */

export type ReviewerKind = 'science' | 'practice';
export type KindCounts = Record<ReviewerKind, number>;

/** src/panels/panel-composition.ts PanelRequirement */
export interface PanelRequirement extends KindCounts {
  total: number;
  decision: 'majority' | 'unanimous';
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'conflict' | 'expired' | 'withdrawn';

export interface StaffInvitation {
  id: string;
  reviewerId: string;
  reviewerName: string | null;
  kind: ReviewerKind;
  status: InvitationStatus | string;
  invitedAt: string;
  /** null: invited automatically from the reserve list. */
  invitedBy: string | null;
  viaAlternate: boolean;
  responseDueAt: string;
  respondedAt: string | null;
  closedAt: string | null;
  declineReason: string | null;
  suggestedColleague: string | null;
  conflictDescription: string | null;
}

export interface PanelMemberView {
  reviewerId: string;
  name: string | null;
  email: string | null;
  letter: string;
  kind: ReviewerKind;
  status: 'active' | 'removed' | string;
  joinedAt: string;
  removedAt: string | null;
  removalReason: string | null;
}

export interface PanelAlternateView {
  id: string;
  reviewerId: string;
  name: string | null;
  kind: ReviewerKind;
  rank: number;
  status: 'waiting' | 'invited' | 'skipped' | string;
  skipReason: string | null;
}

export interface PanelView {
  applicationId: string;
  state: string;
  targetLevel: LevelCode;
  reviewRound: number;
  requirement: PanelRequirement;
  complete: boolean;
  activeCounts: KindCounts;
  pendingCounts: KindCounts;
  openSlots: KindCounts;
  members: PanelMemberView[];
  invitations: StaffInvitation[];
  alternates: PanelAlternateView[];
}

export interface ScoreParts {
  total: number;
  themeMatch: number;
  availability: number;
  load: number;
}

export interface Suggestion {
  reviewerId: string;
  name: string;
  organisation: string | null;
  kind: ReviewerKind;
  /** False when the panel has no open place for this kind now. */
  kindNeeded: boolean;
  themes: string[];
  matchedThemes: string[];
  unavailableToday: boolean;
  score: ScoreParts;
  load: { pendingInvitations: number; openAssignments: number; current: number; max: number };
  history: { invitations: number; accepted: number; declined: number; reviewsSubmitted: number; averageDaysToReview: number | null };
}

/** src/panels/panel-eligibility.ts EXCLUSION_REASONS */
export type ExclusionCode =
  | 'no_profile'
  | 'not_accepting_invitations'
  | 'own_organisation'
  | 'involved_in_application'
  | 'conflict_of_interest'
  | 'on_panel'
  | 'removed_from_panel'
  | 'invitation_pending'
  | 'kind_not_needed';

export interface ExcludedReviewer {
  reviewerId: string;
  name: string;
  kind: ReviewerKind | null;
  reasons: { code: ExclusionCode | string; message: string }[];
}

export interface Suggestions {
  applicationId: string;
  targetLevel: LevelCode;
  themes: string[];
  requirement: PanelRequirement;
  openSlots: KindCounts;
  suggestions: Suggestion[];
  excluded: ExcludedReviewer[];
}

const path = (id: string) => ({ params: { path: { id } } });

export const panelApi = {
  panel: (id: string) => call<PanelView>(client.GET('/applications/{id}/panel', path(id))),
  start: (id: string, version: number) => call<PanelView>(client.POST('/applications/{id}/panel/start', { ...path(id), body: { version } })),
  suggestions: (id: string) => call<Suggestions>(client.GET('/applications/{id}/panel/suggestions', path(id))),
  invite: (id: string, reviewerId: string, kind: ReviewerKind) =>
    call<StaffInvitation>(client.POST('/applications/{id}/panel/invitations', { ...path(id), body: { reviewerId, kind } })),
  withdrawInvitation: (id: string, invitationId: string) =>
    call<PanelView>(client.DELETE('/applications/{id}/panel/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
  removeMember: (id: string, reviewerId: string, reason?: string) =>
    call<PanelView>(client.DELETE('/applications/{id}/panel/members/{reviewerId}', { params: { path: { id, reviewerId } }, body: { reason } })),
  setAlternates: (id: string, alternates: { reviewerId: string; kind: ReviewerKind }[]) =>
    call<PanelView>(client.POST('/applications/{id}/panel/alternates', { ...path(id), body: { alternates } })),
};
