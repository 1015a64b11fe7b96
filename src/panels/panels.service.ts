import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { isDomainError } from '../common/errors/domain-error.js';
import { VALIDATION_FAILED, validationFailed, type FieldError } from '../common/http/validation.js';
import { AppConfig } from '../config/app-config.js';
import { cancelDeadlines, meetDeadlines, openDeadline } from '../deadlines/deadline-writes.js';
import { previewNotification } from '../notifications/notification-preview.js';
import { enqueueNotification } from '../notifications/outbox.js';
import type { NotificationTrigger } from '../notifications/who-hears-what.js';
import { Review } from '../review/review.entity.js';
import type { ReviewerRecord } from '../reviewers/reviewers.service.js';
import { ReviewersService } from '../reviewers/reviewers.service.js';
import { appendAudit } from '../track/audit-log.js';
import { systemActor, userActor } from '../track/track-actor.js';
import { applicationNotFound, eventNotAllowed, notYourTurn } from '../track/track.errors.js';
import { levelLabel } from '../track/track.levels.js';
import type { ActorKind } from '../track/track.permissions.js';
import { TrackService } from '../track/track.service.js';
import type {
  AcceptInvitationDto,
  DeclineInvitationDto,
  InviteReviewerDto,
  SetAlternatesDto,
} from './dto/panel.dto.js';
import { panelLetter, type PanelRequirement, type ReviewerKind } from './panel-composition.js';
import { describeReason, exclusionReasons, type ApplicationPanelFacts, type ExclusionReason } from './panel-eligibility.js';
import { PanelAlternate } from './panel-alternate.entity.js';
import { PanelInvitation } from './panel-invitation.entity.js';
import { PanelMember } from './panel-member.entity.js';
import { loadPanelState, type PanelState } from './panel-state.js';
import {
  invitationReviewerView,
  invitationStaffView,
  panelReviewerView,
  panelStaffView,
  peopleById,
  reviewRoundOf,
} from './panel.view.js';
import {
  invitationExpired,
  invitationNotFound,
  invitationNotPending,
  PanelErrorCode,
  panelMemberNotFound,
  panelNotVisible,
  reviewerNotFound,
} from './panel.errors.js';

/** States in which the panel can change: while it is composed, and under review (to replace someone). */
export const COMPOSING_STATES = ['panelComposition', 'underReview'];

export type PanelEventType =
  | 'invitation_sent'
  | 'invitation_accepted'
  | 'invitation_declined'
  | 'invitation_conflict'
  | 'invitation_expired'
  | 'invitation_withdrawn'
  | 'member_removed';

/** Reasons that refuse an invitation (the rest only matter for suggestions or are checked as the kind). */
const BLOCKING: readonly ExclusionReason[] = [
  'not_accepting_invitations',
  'own_organisation',
  'involved_in_application',
  'conflict_of_interest',
  'on_panel',
  'removed_from_panel',
  'invitation_pending',
];

export interface ExpireResult {
  /** False when nothing changed: unknown, already answered, or not yet due. */
  expired: boolean;
  invitation: PanelInvitation | null;
}

/**
 * Panel composition (beoordelingspanel): invitations with a response deadline, acceptance with a
 * declaration of conflicts of interest, declines, expiry, the ranked reserve list that fills
 * places automatically, and removal. When the last accepted invitation completes the panel, the
 * track moves to `underReview` in the same transaction.
 */
@Injectable()
export class PanelsService {
  private readonly calendar = new WorkingDayCalendar();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly track: TrackService,
    private readonly config: AppConfig,
    private readonly reviewers: ReviewersService,
  ) {}

  /** The secretary opens panel composition (START_PANEL_COMPOSITION). */
  async startComposition(user: AuthUser, applicationId: string, version: number) {
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'START_PANEL_COMPOSITION' },
      expectedVersion: version,
    });
    return this.panel(user, applicationId);
  }

  async panel(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    const manager = this.dataSource.manager;
    const state = await loadPanelState(manager, application);
    if (kinds.includes('secretary') || kinds.includes('chair')) return this.staffView(manager, application, state);
    if (kinds.includes('reviewer')) return panelReviewerView(application, state, user.id);
    throw panelNotVisible();
  }

  async suggestions(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('secretary')) throw panelNotVisible();
    const state = await loadPanelState(this.dataSource.manager, application);
    return this.reviewers.suggest(this.dataSource.manager, application, state.facts, state.open);
  }

  /** The mail `invite` would send, for the secretary's confirmation; the same renderer and wording as the worker's. */
  async previewInvitation(user: AuthUser, applicationId: string, dto: InviteReviewerDto) {
    const { application, kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('secretary')) throw panelNotVisible();
    const record = await this.reviewerOrFail(this.dataSource.manager, dto.reviewerId, 'reviewerId');
    const responseDueAt = dto.responseDueAt ? new Date(dto.responseDueAt) : this.defaultResponseDue();
    return previewNotification(this.dataSource, {
      template: 'panel-invitation',
      recipient: { name: record.user.name, email: record.user.email, language: record.user.language },
      application: { id: application.id, reference: application.reference, name: application.name },
      details: { respondBy: responseDueAt.toISOString() },
      appUrl: this.config.APP_URL,
    });
  }

  async invite(user: AuthUser, applicationId: string, dto: InviteReviewerDto) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForSecretary(manager, user, applicationId, 'INVITE_REVIEWER');
      const state = await loadPanelState(manager, application);
      const record = await this.reviewerOrFail(manager, dto.reviewerId, 'reviewerId');
      const kind = this.kindOf(record, dto.kind, 'kind');
      this.assertEligible(record, state.facts, 'reviewerId');
      if (state.open[kind] === 0) throw validationFailed([{ field: 'kind', reason: noPlaceFor(application, kind, state.requirement) }]);
      const responseDueAt = dto.responseDueAt ? new Date(dto.responseDueAt) : this.defaultResponseDue();
      if (responseDueAt.getTime() <= Date.now())
        throw validationFailed([{ field: 'responseDueAt', reason: 'moet in de toekomst liggen / must be in the future' }]);
      const invitation = await this.createInvitation(manager, application, user, {
        reviewerId: record.user.id,
        kind,
        alternateId: null,
        responseDueAt,
      });
      return invitationStaffView(invitation, await peopleById(manager, [invitation.reviewerId]));
    });
  }

  /** Replaces the waiting reserve list with this ranking (best first). */
  async setAlternates(user: AuthUser, applicationId: string, dto: SetAlternatesDto) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForSecretary(manager, user, applicationId, 'SET_ALTERNATES');
      const state = await loadPanelState(manager, application);
      const requirement = state.requirement;
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      const entries: { reviewerId: string; kind: ReviewerKind }[] = [];
      for (const [index, entry] of dto.alternates.entries()) {
        const field = `alternates.${index}`;
        if (seen.has(entry.reviewerId)) {
          errors.push({ field: `${field}.reviewerId`, reason: 'staat al eerder in de lijst / listed twice' });
          continue;
        }
        seen.add(entry.reviewerId);
        try {
          const record = await this.reviewerOrFail(manager, entry.reviewerId, `${field}.reviewerId`);
          const kind = this.kindOf(record, entry.kind, `${field}.kind`);
          if (requirement[kind] === 0) throw validationFailed([{ field: `${field}.kind`, reason: describeReason('kind_not_needed') }]);
          this.assertEligible(record, state.facts, `${field}.reviewerId`);
          entries.push({ reviewerId: entry.reviewerId, kind });
        } catch (error) {
          // Collect every entry's problems into one 400 rather than stopping at the first.
          if (!isDomainError(error, VALIDATION_FAILED.code)) throw error;
          errors.push(...((error.getResponse() as { errors?: FieldError[] }).errors ?? []));
        }
      }
      if (errors.length) throw validationFailed(errors);

      const repository = manager.getRepository(PanelAlternate);
      await repository.delete({ applicationId, status: 'waiting' });
      for (const [index, entry] of entries.entries())
        await repository.insert({ applicationId, reviewerId: entry.reviewerId, kind: entry.kind, rank: index + 1, status: 'waiting', createdBy: user.id });
      await this.audit(manager, application, user, 'secretary', 'PANEL_ALTERNATES_SET', {
        alternates: entries.map((entry, index) => ({ ...entry, rank: index + 1 })),
      });
      return this.staffView(manager, application, await loadPanelState(manager, application));
    });
  }

  /**
   * The reviewer accepts. With a declared conflict of interest the invitation becomes `conflict`
   * (no assignment) and the next alternate is invited; otherwise the reviewer joins the panel
   * with the next letter, and a complete panel starts the review.
   */
  async accept(user: AuthUser, invitationId: string, dto: AcceptInvitationDto) {
    return this.dataSource.transaction(async (manager) => {
      const { application, invitation } = await this.lockOwnInvitation(manager, user, invitationId);
      if (Date.now() > invitation.responseDueAt.getTime()) throw invitationExpired(invitation.responseDueAt);
      if (!COMPOSING_STATES.includes(application.state)) throw eventNotAllowed('ACCEPT_INVITATION', application.state);
      const now = new Date();
      const invitations = manager.getRepository(PanelInvitation);
      await meetDeadlines(manager, { applicationId: application.id, kinds: ['invitation_response'], subjectId: invitation.id, at: now });

      if (dto.conflictOfInterest) {
        if (!dto.conflictDescription)
          throw validationFailed([{ field: 'conflictDescription', reason: 'beschrijf de belangenverstrengeling / describe the conflict of interest' }]);
        await invitations.update({ id: invitation.id }, { status: 'conflict', respondedAt: now, closedAt: now, conflictDescription: dto.conflictDescription });
        await this.audit(manager, application, user, 'reviewer', 'PANEL_CONFLICT_DECLARED', {
          invitationId: invitation.id,
          reviewerId: user.id,
          description: dto.conflictDescription,
        });
        await this.emit(manager, application.id, 'invitation_conflict', { invitationId: invitation.id, reviewerId: user.id, kind: invitation.kind });
        await this.fillOpenSlots(manager, application);
      } else {
        const state = await loadPanelState(manager, application);
        const letter = panelLetter(state.members.length);
        await invitations.update({ id: invitation.id }, { status: 'accepted', respondedAt: now, closedAt: now });
        await manager.getRepository(PanelMember).insert({
          applicationId: application.id,
          reviewerId: user.id,
          kind: invitation.kind,
          letter,
          status: 'active',
          invitationId: invitation.id,
          joinedAt: now,
          removedAt: null,
          removedBy: null,
          removalReason: null,
        });
        await this.audit(manager, application, user, 'reviewer', 'PANEL_INVITATION_ACCEPTED', {
          invitationId: invitation.id,
          reviewerId: user.id,
          kind: invitation.kind,
          letter,
        });
        await this.emit(manager, application.id, 'invitation_accepted', { invitationId: invitation.id, reviewerId: user.id, kind: invitation.kind, letter });
        await this.completeIfFull(manager, application);
      }
      return this.reviewerInvitation(manager, invitation.id);
    });
  }

  async decline(user: AuthUser, invitationId: string, dto: DeclineInvitationDto) {
    return this.dataSource.transaction(async (manager) => {
      const { application, invitation } = await this.lockOwnInvitation(manager, user, invitationId);
      const now = new Date();
      const suggestedColleague = dto.suggestedColleague || null;
      await manager
        .getRepository(PanelInvitation)
        .update({ id: invitation.id }, { status: 'declined', respondedAt: now, closedAt: now, declineReason: dto.reason, suggestedColleague });
      await meetDeadlines(manager, { applicationId: application.id, kinds: ['invitation_response'], subjectId: invitation.id, at: now });
      await this.audit(manager, application, user, 'reviewer', 'PANEL_INVITATION_DECLINED', {
        invitationId: invitation.id,
        reviewerId: user.id,
        reason: dto.reason,
        suggestedColleague,
      });
      await this.emit(manager, application.id, 'invitation_declined', {
        invitationId: invitation.id,
        reviewerId: user.id,
        kind: invitation.kind,
        reason: dto.reason,
        suggestedColleague,
      });
      await this.fillOpenSlots(manager, application);
      return this.reviewerInvitation(manager, invitation.id);
    });
  }

  /**
   * Expires a pending invitation and invites the next alternate. Safe to call more than once and
   * early: without `by`, it does nothing until the response deadline has passed (the reminders
   * module calls it when the deadline is due). With `by` (a secretary), it expires now.
   */
  async expireInvitation(invitationId: string, options: { by?: AuthUser; now?: Date } = {}): Promise<ExpireResult> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(PanelInvitation).findOneBy({ id: invitationId });
      if (!found) {
        if (options.by) throw invitationNotFound();
        return { expired: false, invitation: null };
      }
      if (options.by) {
        const { kinds } = await this.access.load(options.by, found.applicationId, manager);
        if (!kinds.includes('secretary')) throw notYourTurn('EXPIRE_INVITATION');
      }
      const application = await this.lockApplication(manager, found.applicationId);
      const invitation = await this.lockInvitation(manager, invitationId);
      if (invitation.status !== 'pending') {
        if (options.by) throw invitationNotPending(invitation.status);
        return { expired: false, invitation };
      }
      const now = options.now ?? new Date();
      if (!options.by && now.getTime() < invitation.responseDueAt.getTime()) return { expired: false, invitation };

      await manager.getRepository(PanelInvitation).update({ id: invitation.id }, { status: 'expired', closedAt: now });
      await cancelDeadlines(manager, { applicationId: application.id, kinds: ['invitation_response'], subjectId: invitation.id, reason: 'expired', at: now });
      await this.audit(manager, application, options.by ?? null, options.by ? 'secretary' : 'system', 'PANEL_INVITATION_EXPIRED', {
        invitationId: invitation.id,
        reviewerId: invitation.reviewerId,
        responseDueAt: invitation.responseDueAt.toISOString(),
      });
      await this.emit(manager, application.id, 'invitation_expired', {
        invitationId: invitation.id,
        reviewerId: invitation.reviewerId,
        kind: invitation.kind,
      });
      await this.fillOpenSlots(manager, application);
      return { expired: true, invitation: await manager.getRepository(PanelInvitation).findOneByOrFail({ id: invitation.id }) };
    });
  }

  /** The secretary marks an invitation expired now (the HTTP side of expireInvitation). */
  async expireNow(user: AuthUser, invitationId: string) {
    const { invitation } = await this.expireInvitation(invitationId, { by: user });
    return invitationStaffView(invitation!, await peopleById(this.dataSource.manager, [invitation!.reviewerId]));
  }

  /** The secretary takes back a pending invitation (e.g. sent to the wrong person); no alternate follows. */
  async withdrawInvitation(user: AuthUser, applicationId: string, invitationId: string) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForSecretary(manager, user, applicationId, 'WITHDRAW_INVITATION');
      const invitation = await this.lockInvitation(manager, invitationId);
      if (invitation.applicationId !== application.id) throw invitationNotFound();
      if (invitation.status !== 'pending') throw invitationNotPending(invitation.status);
      await manager.getRepository(PanelInvitation).update({ id: invitation.id }, { status: 'withdrawn', closedAt: new Date() });
      await cancelDeadlines(manager, { applicationId: application.id, kinds: ['invitation_response'], subjectId: invitation.id, reason: 'withdrawn' });
      await this.audit(manager, application, user, 'secretary', 'PANEL_INVITATION_WITHDRAWN', {
        invitationId: invitation.id,
        reviewerId: invitation.reviewerId,
      });
      await this.emit(manager, application.id, 'invitation_withdrawn', {
        invitationId: invitation.id,
        reviewerId: invitation.reviewerId,
        kind: invitation.kind,
      });
      return this.staffView(manager, application, await loadPanelState(manager, application));
    });
  }

  /**
   * The secretary removes a member. The removed reviewer loses access at once; their review of
   * the current round (draft or submitted) is discarded so it cannot count, and the place is
   * offered to the next alternate.
   */
  async removeMember(user: AuthUser, applicationId: string, reviewerId: string, reason?: string) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForSecretary(manager, user, applicationId, 'REMOVE_PANEL_MEMBER');
      const members = manager.getRepository(PanelMember);
      const member = await members.findOneBy({ applicationId, reviewerId, status: 'active' });
      if (!member) throw panelMemberNotFound();
      await members.update({ applicationId, reviewerId }, { status: 'removed', removedAt: new Date(), removedBy: user.id, removalReason: reason ?? null });
      await cancelDeadlines(manager, { applicationId, kinds: ['review'], assigneeId: reviewerId, reason: 'removed-from-panel' });
      const round = reviewRoundOf(application);
      const discarded = await manager.getRepository(Review).findOneBy({ applicationId, reviewerId, round });
      if (discarded) await manager.getRepository(Review).delete({ id: discarded.id });
      await this.audit(manager, application, user, 'secretary', 'PANEL_MEMBER_REMOVED', {
        reviewerId,
        letter: member.letter,
        reason: reason ?? null,
        discardedReview: discarded ? { round, status: discarded.status } : null,
      });
      await this.emit(manager, application.id, 'member_removed', { reviewerId, kind: member.kind, letter: member.letter });
      await this.fillOpenSlots(manager, application);
      return this.staffView(manager, application, await loadPanelState(manager, application));
    });
  }

  /** Every invitation of the signed-in reviewer, open ones first. */
  async myInvitations(user: AuthUser) {
    const manager = this.dataSource.manager;
    const invitations = await manager.getRepository(PanelInvitation).find({ where: { reviewerId: user.id }, order: { invitedAt: 'DESC' } });
    if (invitations.length === 0) return [];
    const applicationIds = [...new Set(invitations.map((invitation) => invitation.applicationId))];
    const applications = new Map(
      (await manager.getRepository(Application).findBy({ id: In(applicationIds) })).map((application) => [application.id, application]),
    );
    const members = new Map(
      (await manager.getRepository(PanelMember).findBy({ reviewerId: user.id, applicationId: In(applicationIds) })).map((member) => [
        member.invitationId,
        member,
      ]),
    );
    const views = invitations.map((invitation) =>
      invitationReviewerView(
        invitation,
        applications.get(invitation.applicationId)!,
        members.get(invitation.id) ?? null,
        this.config.REVIEW_WORKING_DAYS,
      ),
    );
    return [...views.filter((view) => view.status === 'pending'), ...views.filter((view) => view.status !== 'pending')];
  }

  async invitation(user: AuthUser, invitationId: string) {
    const invitation = await this.dataSource.getRepository(PanelInvitation).findOneBy({ id: invitationId });
    if (!invitation || invitation.reviewerId !== user.id) throw invitationNotFound();
    return this.reviewerInvitation(this.dataSource.manager, invitationId);
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Offers open places to the waiting alternates, best rank first, for the kinds that still
   * have a place. An alternate who is no longer eligible is skipped with the reason.
   */
  private async fillOpenSlots(manager: EntityManager, application: Application): Promise<void> {
    if (!COMPOSING_STATES.includes(application.state)) return;
    const alternates = manager.getRepository(PanelAlternate);
    for (;;) {
      const state = await loadPanelState(manager, application);
      const waiting = state.alternates
        .filter((alternate) => alternate.status === 'waiting')
        .sort((a, b) => a.rank - b.rank);
      const next = waiting.find((alternate) => state.open[alternate.kind] > 0);
      if (!next) return;
      const reasons = await this.blockingReasons(manager, next.reviewerId, state.facts);
      if (reasons.length) {
        await alternates.update({ id: next.id }, { status: 'skipped', skipReason: reasons.join(', ') });
        continue;
      }
      await this.createInvitation(manager, application, null, {
        reviewerId: next.reviewerId,
        kind: next.kind,
        alternateId: next.id,
        responseDueAt: this.defaultResponseDue(),
      });
      await alternates.update({ id: next.id }, { status: 'invited' });
    }
  }

  /** PANEL_COMPLETE, as the system, in the caller's transaction, when every place is taken. */
  private async completeIfFull(manager: EntityManager, application: Application): Promise<void> {
    if (application.state !== 'panelComposition') return;
    const state = await loadPanelState(manager, application);
    if (!state.complete) return;
    await this.track.sendWithin(manager, {
      applicationId: application.id,
      actor: systemActor('panel'),
      event: { type: 'PANEL_COMPLETE' },
      auditPayload: { members: state.active.length },
    });
  }

  private async createInvitation(
    manager: EntityManager,
    application: Application,
    by: AuthUser | null,
    input: { reviewerId: string; kind: ReviewerKind; alternateId: string | null; responseDueAt: Date },
  ): Promise<PanelInvitation> {
    const repository = manager.getRepository(PanelInvitation);
    const { identifiers } = await repository.insert({
      applicationId: application.id,
      reviewerId: input.reviewerId,
      kind: input.kind,
      status: 'pending',
      invitedBy: by?.id ?? null,
      alternateId: input.alternateId,
      invitedAt: new Date(),
      responseDueAt: input.responseDueAt,
      respondedAt: null,
      closedAt: null,
      declineReason: null,
      suggestedColleague: null,
      conflictDescription: null,
    });
    const invitation = await repository.findOneByOrFail({ id: identifiers[0].id as string });
    // Reminded before the answer date; at the date the reminders module expires it (expireInvitation).
    await openDeadline(manager, this.config, {
      applicationId: application.id,
      kind: 'invitation_response',
      key: `invitation_response:${invitation.id}`,
      subjectId: invitation.id,
      assigneeRole: 'reviewer',
      assigneeIds: [invitation.reviewerId],
      dueAt: invitation.responseDueAt,
    });
    await this.audit(manager, application, by, by ? 'secretary' : 'system', 'PANEL_INVITATION_SENT', {
      invitationId: invitation.id,
      reviewerId: invitation.reviewerId,
      kind: invitation.kind,
      responseDueAt: invitation.responseDueAt.toISOString(),
      viaAlternate: input.alternateId !== null,
    });
    await this.emit(manager, application.id, 'invitation_sent', {
      invitationId: invitation.id,
      reviewerId: invitation.reviewerId,
      kind: invitation.kind,
      responseDueAt: invitation.responseDueAt.toISOString(),
    });
    return invitation;
  }

  /** 17:00 (Amsterdam) on the n-th working day from now. */
  private defaultResponseDue(now = new Date()): Date {
    return this.calendar.endOfWorkingDay(this.calendar.addWorkingDays(now, this.config.REVIEWER_RESPONSE_WORKING_DAYS));
  }

  private async reviewerOrFail(manager: EntityManager, reviewerId: string, field: string): Promise<ReviewerRecord> {
    try {
      const record = await this.reviewers.record(manager, reviewerId);
      if (record.user.disabledAt) throw reviewerNotFound();
      return record;
    } catch (error) {
      if (isDomainError(error, PanelErrorCode.ReviewerNotFound))
        throw validationFailed([{ field, reason: 'geen actieve beoordelaar / not an active reviewer' }]);
      throw error;
    }
  }

  private kindOf(record: ReviewerRecord, requested: ReviewerKind | undefined, field: string): ReviewerKind {
    const profiled = record.profile?.kind ?? null;
    if (requested && profiled && requested !== profiled)
      throw validationFailed([{ field, reason: `het profiel van deze beoordelaar is ${profiled} / this reviewer's profile says ${profiled}` }]);
    const kind = requested ?? profiled;
    if (!kind) throw validationFailed([{ field, reason: 'kies wetenschap of praktijk / choose science or practice' }]);
    return kind;
  }

  private eligibilityReasons(record: ReviewerRecord, facts: ApplicationPanelFacts): ExclusionReason[] {
    return exclusionReasons(
      {
        reviewerId: record.user.id,
        kind: record.profile?.kind ?? null,
        organisations: this.reviewers.organisationsOf(record),
        acceptingInvitations: record.profile?.acceptingInvitations ?? true,
      },
      facts,
    ).filter((reason) => BLOCKING.includes(reason));
  }

  private assertEligible(record: ReviewerRecord, facts: ApplicationPanelFacts, field: string): void {
    const reasons = this.eligibilityReasons(record, facts);
    if (reasons.length) throw validationFailed(reasons.map((reason) => ({ field, reason: describeReason(reason) })));
  }

  private async blockingReasons(manager: EntityManager, reviewerId: string, facts: ApplicationPanelFacts): Promise<string[]> {
    try {
      return this.eligibilityReasons(await this.reviewerOrFail(manager, reviewerId, 'reviewerId'), facts);
    } catch {
      return ['not_an_active_reviewer'];
    }
  }

  private async lockApplication(manager: EntityManager, applicationId: string): Promise<Application> {
    const application = await manager
      .getRepository(Application)
      .findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw applicationNotFound();
    return application;
  }

  private async lockInvitation(manager: EntityManager, invitationId: string): Promise<PanelInvitation> {
    const invitation = await manager
      .getRepository(PanelInvitation)
      .findOne({ where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  /** Secretary of this application, in a state where the panel can change; the row stays locked. */
  private async lockForSecretary(manager: EntityManager, user: AuthUser, applicationId: string, action: string): Promise<Application> {
    const { application, kinds } = await this.access.load(user, applicationId, manager, { lock: true });
    if (!kinds.includes('secretary')) throw notYourTurn(action);
    if (!COMPOSING_STATES.includes(application.state)) throw eventNotAllowed(action, application.state);
    return application;
  }

  /** The caller's own pending invitation, with the application locked first (same order everywhere). */
  private async lockOwnInvitation(manager: EntityManager, user: AuthUser, invitationId: string) {
    const found = await manager.getRepository(PanelInvitation).findOneBy({ id: invitationId });
    if (!found || found.reviewerId !== user.id) throw invitationNotFound();
    const application = await this.lockApplication(manager, found.applicationId);
    const invitation = await this.lockInvitation(manager, invitationId);
    if (invitation.status !== 'pending') throw invitationNotPending(invitation.status);
    return { application, invitation };
  }

  private async reviewerInvitation(manager: EntityManager, invitationId: string) {
    const invitation = await manager.getRepository(PanelInvitation).findOneByOrFail({ id: invitationId });
    const application = await manager.getRepository(Application).findOneByOrFail({ id: invitation.applicationId });
    const member = await manager.getRepository(PanelMember).findOneBy({ applicationId: application.id, reviewerId: invitation.reviewerId, invitationId });
    return invitationReviewerView(invitation, application, member, this.config.REVIEW_WORKING_DAYS);
  }

  private async staffView(manager: EntityManager, application: Application, state: PanelState) {
    const people = await peopleById(manager, [
      ...state.members.map((member) => member.reviewerId),
      ...state.invitations.map((invitation) => invitation.reviewerId),
      ...state.alternates.map((alternate) => alternate.reviewerId),
    ]);
    return panelStaffView(application, state, people);
  }

  /** History lines about the panel are staff-only: owners never learn who reviews. */
  private async audit(
    manager: EntityManager,
    application: Application,
    actor: AuthUser | null,
    actorKind: ActorKind,
    eventType: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await appendAudit(manager, {
      applicationId: application.id,
      applicationVersion: application.version,
      actorId: actor?.id ?? null,
      actorKind,
      eventType,
      fromState: application.state,
      toState: application.state,
      payload,
      visibility: 'staff',
    });
  }

  /** Tells the people concerned (who-hears-what: the invited reviewer, the secretaries) in this transaction. */
  private async emit(manager: EntityManager, applicationId: string, type: PanelEventType, details: Record<string, unknown>): Promise<void> {
    const trigger = PANEL_EVENT_TRIGGERS[type];
    if (!trigger) return;
    const reviewerId = String(details.reviewerId);
    const [reviewer] = await manager.query(`SELECT name FROM users WHERE id = $1`, [reviewerId]);
    await enqueueNotification(manager, {
      trigger,
      applicationId,
      recipientIds: [reviewerId],
      details: {
        ...details,
        reviewerName: reviewer?.name ?? null,
        respondBy: details.responseDueAt ?? null,
        reason: type === 'invitation_conflict' ? 'belangenconflict gemeld / conflict of interest declared' : (details.reason ?? null),
      },
    });
  }
}

/** Panel events that someone must hear about; a withdrawn invitation and a removal are told in person. */
const PANEL_EVENT_TRIGGERS: Partial<Record<PanelEventType, NotificationTrigger>> = {
  invitation_sent: 'INVITATION_SENT',
  invitation_accepted: 'INVITATION_ACCEPTED',
  invitation_declined: 'INVITATION_DECLINED',
  invitation_conflict: 'INVITATION_DECLINED',
  invitation_expired: 'INVITATION_EXPIRED',
};

function noPlaceFor(application: Application, kind: ReviewerKind, requirement: PanelRequirement): string {
  return (
    `geen open plaats voor een ${kind === 'science' ? 'wetenschappelijke' : 'praktijk'}beoordelaar: ${levelLabel(application.targetLevel)} ` +
    `vraagt ${requirement.science} wetenschap + ${requirement.practice} praktijk (openstaande uitnodigingen tellen mee) / ` +
    `no open place for a ${kind} reviewer: ${levelLabel(application.targetLevel)} takes ${requirement.science} science + ` +
    `${requirement.practice} practice reviewers (pending invitations count)`
  );
}
