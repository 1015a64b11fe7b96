import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import { levelLabel } from '../track/track.levels.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { User } from '../users/user.entity.js';
import type { PanelInvitation } from './panel-invitation.entity.js';
import type { PanelMember } from './panel-member.entity.js';
import type { PanelState } from './panel-state.js';

type People = Map<string, Pick<User, 'id' | 'name' | 'email'>>;

export async function peopleById(manager: EntityManager, ids: Iterable<string | null>): Promise<People> {
  const unique = [...new Set([...ids].filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const users = await manager.getRepository(User).find({ where: { id: In(unique) }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, user]));
}

export function reviewRoundOf(application: Application): number {
  return trackContextOf(application).reviewRound;
}

/** The secretary's (and chair's) view: who, which letter, every invitation and the reserve list. */
export function panelStaffView(application: Application, state: PanelState, people: People) {
  return {
    applicationId: application.id,
    state: application.state,
    targetLevel: application.targetLevel,
    reviewRound: reviewRoundOf(application),
    requirement: state.requirement,
    complete: state.complete,
    activeCounts: state.activeCounts,
    pendingCounts: state.pendingCounts,
    openSlots: state.open,
    members: state.members.map((member) => ({
      reviewerId: member.reviewerId,
      name: people.get(member.reviewerId)?.name ?? null,
      email: people.get(member.reviewerId)?.email ?? null,
      letter: member.letter,
      kind: member.kind,
      status: member.status,
      joinedAt: member.joinedAt,
      removedAt: member.removedAt,
      removalReason: member.removalReason,
    })),
    invitations: state.invitations.map((invitation) => invitationStaffView(invitation, people)),
    alternates: state.alternates.map((alternate) => ({
      id: alternate.id,
      reviewerId: alternate.reviewerId,
      name: people.get(alternate.reviewerId)?.name ?? null,
      kind: alternate.kind,
      rank: alternate.rank,
      status: alternate.status,
      skipReason: alternate.skipReason,
    })),
  };
}

export function invitationStaffView(invitation: PanelInvitation, people: People) {
  return {
    id: invitation.id,
    reviewerId: invitation.reviewerId,
    reviewerName: people.get(invitation.reviewerId)?.name ?? null,
    kind: invitation.kind,
    status: invitation.status,
    invitedAt: invitation.invitedAt,
    /** null: invited automatically from the reserve list. */
    invitedBy: invitation.invitedBy,
    viaAlternate: invitation.alternateId !== null,
    responseDueAt: invitation.responseDueAt,
    respondedAt: invitation.respondedAt,
    closedAt: invitation.closedAt,
    declineReason: invitation.declineReason,
    suggestedColleague: invitation.suggestedColleague,
    conflictDescription: invitation.conflictDescription,
  };
}

/** A panel member's view: the other members only as letters and kinds. */
export function panelReviewerView(application: Application, state: PanelState, reviewerId: string) {
  return {
    applicationId: application.id,
    state: application.state,
    targetLevel: application.targetLevel,
    reviewRound: reviewRoundOf(application),
    requirement: state.requirement,
    complete: state.complete,
    myLetter: state.active.find((member) => member.reviewerId === reviewerId)?.letter ?? null,
    members: state.active.map((member) => ({ letter: member.letter, kind: member.kind, isMe: member.reviewerId === reviewerId })),
  };
}

/**
 * What an invited reviewer sees before accepting: enough to judge expertise, time and conflicts of
 * interest (name, organisation, summary, level, themes, the answer date and the time asked), not
 * the dossier, which opens on accepting (reviews/material).
 */
export function invitationReviewerView(
  invitation: PanelInvitation,
  application: Application,
  member: PanelMember | null,
  reviewWorkingDays: number,
) {
  return {
    id: invitation.id,
    status: invitation.status,
    kind: invitation.kind,
    invitedAt: invitation.invitedAt,
    responseDueAt: invitation.responseDueAt,
    respondedAt: invitation.respondedAt,
    declineReason: invitation.declineReason,
    suggestedColleague: invitation.suggestedColleague,
    conflictDescription: invitation.conflictDescription,
    letter: member?.letter ?? null,
    memberStatus: member?.status ?? null,
    /** The time asked: the review is due this many working days after the panel is complete. */
    reviewWorkingDays,
    application: {
      id: application.id,
      reference: application.reference,
      name: application.name,
      organisation: application.organisation,
      summary: application.summary,
      targetLevel: application.targetLevel,
      targetLevelLabel: levelLabel(application.targetLevel),
      themes: application.themes,
      state: application.state,
    },
  };
}
