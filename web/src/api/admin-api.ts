import { call, client } from './client';
import type { Language, Role, Theme, UserView } from './types';

/**
 * The administrator's endpoints: accounts (src/users/users.controller.ts), committees
 * (src/committee/committees.controller.ts), themes (src/themes/themes.controller.ts) and the
 * reviewer pool (src/reviewers/reviewers.controller.ts). Response shapes mirror
 * src/users/dto/user.view.ts, CommitteesService.view and ReviewersService.view.
 */

/** Every role, in the order the screens list them (src/users/role.ts ROLES). */
export const ALL_ROLES: Role[] = ['owner', 'coach', 'secretary', 'reviewer', 'chair', 'committee_member', 'admin'];

/** The roles an admin hands out to a new account; owners register themselves (src/users/role.ts STAFF_ROLES). */
export const STAFF_ROLES: Role[] = ['coach', 'secretary', 'reviewer', 'chair', 'committee_member', 'admin'];

export interface NewUserBody {
  name: string;
  email: string;
  organisation: string;
  roles: Role[];
  language?: Language;
}

export interface UserChanges {
  name?: string;
  organisation?: string;
  language?: Language;
  roles?: Role[];
}

export interface CommitteePerson {
  id: string;
  name: string;
  email: string;
}

export interface Committee {
  id: string;
  name: string;
  databank: string;
  active: boolean;
  chair: CommitteePerson | null;
  members: CommitteePerson[];
  createdAt: string;
  updatedAt: string;
}

export interface CommitteeBody {
  name: string;
  databank: string;
  chairId: string;
  memberIds: string[];
  active?: boolean;
}

export type ReviewerKind = 'science' | 'practice';

export interface UnavailablePeriod {
  from: string;
  until: string;
  note?: string | null;
}

export interface ReviewerProfileView {
  userId: string;
  name: string;
  email: string;
  accountOrganisation: string;
  disabled: boolean;
  hasProfile: boolean;
  kind: ReviewerKind | null;
  themes: string[];
  organisation: string | null;
  expertise: string;
  maxConcurrentReviews: number;
  acceptingInvitations: boolean;
  unavailablePeriods: UnavailablePeriod[];
  unavailableToday: boolean;
  load: { pendingInvitations: number; openAssignments: number; current: number; max: number };
  history: {
    invitations: number;
    accepted: number;
    declined: number;
    conflicts: number;
    expired: number;
    reviewsSubmitted: number;
    averageDaysToReview: number | null;
    averageDaysToRespond: number | null;
  };
}

export interface AvailabilityBody {
  unavailablePeriods?: { from: string; until: string; note?: string }[];
  acceptingInvitations?: boolean;
}

export interface ReviewerProfileBody extends AvailabilityBody {
  kind: ReviewerKind;
  themes: string[];
  organisation?: string | null;
  expertise?: string;
  maxConcurrentReviews?: number;
}

const id = (value: string) => ({ params: { path: { id: value } } });
const reviewer = (userId: string) => ({ params: { path: { userId } } });

export const adminApi = {
  users: (role?: Role) => call<UserView[]>(client.GET('/users', { params: { query: role ? { role } : {} } })),
  user: (userId: string) => call<UserView>(client.GET('/users/{id}', id(userId))),
  createUser: (body: NewUserBody) => call<UserView>(client.POST('/users', { body })),
  updateUser: (userId: string, body: UserChanges) => call<UserView>(client.PATCH('/users/{id}', { ...id(userId), body })),
  disableUser: (userId: string) => call<UserView>(client.POST('/users/{id}/disable', id(userId))),
  enableUser: (userId: string) => call<UserView>(client.POST('/users/{id}/enable', id(userId))),
  /** Turns the user's two-step sign-in off and ends their sessions; they are told by mail (src/auth/two-factor/two-factor.controller.ts). */
  resetTwoFactor: (userId: string) => call<{ sessionsEnded: number }>(client.POST('/users/{id}/two-factor/reset', id(userId))),
  /** A new invitation link for an account whose password was never set (src/auth/account-links/invitations.controller.ts). */
  reinvite: (userId: string) => call<{ expiresAt: string }>(client.POST('/users/{id}/invitation', id(userId))),
  /** Ends every session of the user (src/auth/user-sessions.controller.ts). */
  endSessions: (userId: string) => call<{ ended: number }>(client.POST('/users/{id}/sessions/end', id(userId))),

  committees: () => call<Committee[]>(client.GET('/committees')),
  committee: (committeeId: string) => call<Committee>(client.GET('/committees/{id}', id(committeeId))),
  createCommittee: (body: CommitteeBody) => call<Committee>(client.POST('/committees', { body })),
  updateCommittee: (committeeId: string, body: Partial<CommitteeBody>) =>
    call<Committee>(client.PATCH('/committees/{id}', { ...id(committeeId), body })),

  allThemes: () => call<Theme[]>(client.GET('/themes/all')),
  putTheme: (slug: string, body: { nameNl: string; nameEn: string; active: boolean }) =>
    call<Theme>(client.PUT('/themes/{slug}', { params: { path: { slug } }, body })),

  reviewers: () => call<ReviewerProfileView[]>(client.GET('/reviewers')),
  reviewerProfile: (userId: string) => call<ReviewerProfileView>(client.GET('/reviewers/{userId}/profile', reviewer(userId))),
  putReviewerProfile: (userId: string, body: ReviewerProfileBody) =>
    call<ReviewerProfileView>(client.PUT('/reviewers/{userId}/profile', { ...reviewer(userId), body })),
  putReviewerAvailability: (userId: string, body: AvailabilityBody) =>
    call<ReviewerProfileView>(client.PUT('/reviewers/{userId}/availability', { ...reviewer(userId), body })),
};
