import { sameOrganisation, type PanelRequirement, type ReviewerKind } from './panel-composition.js';
import type { LevelCode } from '../track/track.levels.js';

/**
 * Why a reviewer may not be invited for an application. Pure: the caller gathers the facts.
 * Used both for the secretary's suggestions (as `excluded` reasons) and to refuse an invitation.
 */
export const EXCLUSION_REASONS = {
  no_profile: { nl: 'geen beoordelaarsprofiel (wetenschap of praktijk)', en: 'no reviewer profile (science or practice)' },
  not_accepting_invitations: { nl: 'neemt nu geen uitnodigingen aan', en: 'not accepting invitations' },
  own_organisation: { nl: 'werkt bij de organisatie van de aanvrager', en: "works for the applicant's organisation" },
  involved_in_application: { nl: 'is eigenaar of begeleider van deze aanmelding', en: 'is an owner or the coach of this application' },
  conflict_of_interest: { nl: 'heeft voor deze aanmelding belangenverstrengeling gemeld', en: 'declared a conflict of interest for this application' },
  on_panel: { nl: 'zit al in het panel', en: 'is already on the panel' },
  removed_from_panel: { nl: 'is uit dit panel verwijderd', en: 'was removed from this panel' },
  invitation_pending: { nl: 'heeft al een openstaande uitnodiging', en: 'already has a pending invitation' },
  kind_not_needed: { nl: 'dit soort beoordelaar hoort niet bij dit niveau', en: 'this kind of reviewer is not part of the panel for this level' },
} as const;

export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

export interface CandidateFacts {
  reviewerId: string;
  kind: ReviewerKind | null;
  /** The user's organisation and, when set, the profile's. */
  organisations: (string | null)[];
  acceptingInvitations: boolean;
}

export interface ApplicationPanelFacts {
  targetLevel: LevelCode;
  /** The places of the panel under the case's settings version. */
  requirement: PanelRequirement;
  organisation: string;
  /** Owners and the coach of the application. */
  involvedUserIds: ReadonlySet<string>;
  conflictReviewerIds: ReadonlySet<string>;
  activeMemberIds: ReadonlySet<string>;
  removedMemberIds: ReadonlySet<string>;
  pendingInviteeIds: ReadonlySet<string>;
}

export function exclusionReasons(candidate: CandidateFacts, facts: ApplicationPanelFacts): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (candidate.kind === null) reasons.push('no_profile');
  else if (facts.requirement[candidate.kind] === 0) reasons.push('kind_not_needed');
  if (!candidate.acceptingInvitations) reasons.push('not_accepting_invitations');
  if (candidate.organisations.some((organisation) => sameOrganisation(organisation, facts.organisation)))
    reasons.push('own_organisation');
  if (facts.involvedUserIds.has(candidate.reviewerId)) reasons.push('involved_in_application');
  if (facts.conflictReviewerIds.has(candidate.reviewerId)) reasons.push('conflict_of_interest');
  if (facts.activeMemberIds.has(candidate.reviewerId)) reasons.push('on_panel');
  if (facts.removedMemberIds.has(candidate.reviewerId)) reasons.push('removed_from_panel');
  if (facts.pendingInviteeIds.has(candidate.reviewerId)) reasons.push('invitation_pending');
  return reasons;
}

export function describeReason(reason: ExclusionReason): string {
  const text = EXCLUSION_REASONS[reason];
  return `${text.nl} / ${text.en}`;
}
