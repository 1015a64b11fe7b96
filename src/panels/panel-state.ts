import type { EntityManager } from 'typeorm';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import type { Application } from '../applications/application.entity.js';
import { settingsOfCase } from '../committee-settings/case-settings.js';
import { panelRuleOf } from '../committee-settings/procedure-settings.js';
import { isPanelComplete, openSlots, panelRequirement, type KindCounts, type PanelRequirement } from './panel-composition.js';
import type { ApplicationPanelFacts } from './panel-eligibility.js';
import { PanelAlternate } from './panel-alternate.entity.js';
import { PanelInvitation } from './panel-invitation.entity.js';
import { PanelMember } from './panel-member.entity.js';

export interface PanelState {
  members: PanelMember[];
  active: PanelMember[];
  invitations: PanelInvitation[];
  pending: PanelInvitation[];
  alternates: PanelAlternate[];
  /** The places under the panel rule of the case's settings version for its target level. */
  requirement: PanelRequirement;
  activeCounts: KindCounts;
  pendingCounts: KindCounts;
  open: KindCounts;
  complete: boolean;
  facts: ApplicationPanelFacts;
}

function countKinds(rows: { kind: keyof KindCounts }[]): KindCounts {
  const counts: KindCounts = { science: 0, practice: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}

/** Everything about an application's panel, read inside the caller's transaction. */
export async function loadPanelState(manager: EntityManager, application: Application): Promise<PanelState> {
  const applicationId = application.id;
  // One connection per transaction: sequential queries, not Promise.all.
  const members = await manager.getRepository(PanelMember).find({ where: { applicationId } });
  const invitations = await manager.getRepository(PanelInvitation).find({ where: { applicationId }, order: { invitedAt: 'ASC' } });
  const alternates = await manager.getRepository(PanelAlternate).find({ where: { applicationId }, order: { createdAt: 'ASC', rank: 'ASC' } });
  const owners = await manager.getRepository(ApplicationOwner).find({ where: { applicationId } });
  const requirement = panelRequirement(panelRuleOf(await settingsOfCase(manager, application), application.targetLevel));
  // Letters sort A..Z before AA; order by length first so AA follows Z.
  members.sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
  const active = members.filter((member) => member.status === 'active');
  const pending = invitations.filter((invitation) => invitation.status === 'pending');
  const activeCounts = countKinds(active);
  const pendingCounts = countKinds(pending);
  return {
    members,
    active,
    invitations,
    pending,
    alternates,
    requirement,
    activeCounts,
    pendingCounts,
    open: openSlots(requirement, activeCounts, pendingCounts),
    complete: isPanelComplete(requirement, activeCounts),
    facts: {
      targetLevel: application.targetLevel,
      requirement,
      organisation: application.organisation,
      involvedUserIds: new Set([...owners.map((owner) => owner.userId), ...(application.coachId ? [application.coachId] : [])]),
      conflictReviewerIds: new Set(invitations.filter((i) => i.status === 'conflict').map((i) => i.reviewerId)),
      activeMemberIds: new Set(active.map((member) => member.reviewerId)),
      removedMemberIds: new Set(members.filter((member) => member.status === 'removed').map((member) => member.reviewerId)),
      pendingInviteeIds: new Set(pending.map((invitation) => invitation.reviewerId)),
    },
  };
}
