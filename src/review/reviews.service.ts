import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed, type FieldError } from '../common/http/validation.js';
import { PanelMember } from '../panels/panel-member.entity.js';
import { loadPanelState } from '../panels/panel-state.js';
import { peopleById, reviewRoundOf } from '../panels/panel.view.js';
import { meetDeadlines } from '../deadlines/deadline-writes.js';
import { enqueueNotification } from '../notifications/outbox.js';
import { appendAudit } from '../track/audit-log.js';
import { systemActor } from '../track/track-actor.js';
import { applicationNotFound, eventNotAllowed } from '../track/track.errors.js';
import { LEVEL_CODES, LEVEL_LABELS, levelRank } from '../track/track.levels.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { TrackService } from '../track/track.service.js';
import type { SaveReviewDto } from './dto/review.dto.js';
import { settingsOfCase } from '../committee-settings/case-settings.js';
import { FEASIBILITY_LABELS, FEASIBILITY_VERDICTS, feasibilityView } from './feasibility.js';
import { answersFor, submissionGaps } from './review-completeness.js';
import { JUDGMENT_LABELS, JUDGMENTS, criteriaFor } from './review-criteria.js';
import { Review } from './review.entity.js';
import { REVIEW_STATE, reviewLockOf } from './review-lock.js';
import { notOnPanel, ownReviewFirst, reviewAlreadySubmitted, reviewsNotVisible } from './review.errors.js';

/** States after a decision in which the current round is still being reviewed or decided. */
const ROUND_OPEN_STATES = ['underReview', 'awaitingCommittee', 'onAgenda'];

export interface AnonymisedFeedback {
  round: number;
  /** "Beoordelaar A": the only way an owner ever sees a reviewer. */
  reviewer: string;
  feedbackForOwner: string;
}

/**
 * Structured reviews: a form per criterion of the target level, drafts, submission that locks
 * the review, and who may read which review. The last review of a round moves the track to
 * `awaitingCommittee` in the same transaction.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly track: TrackService,
  ) {}

  /** The caller's review of the current round (a blank form before the first save). */
  async mine(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('reviewer')) throw notOnPanel();
    return this.formView(this.dataSource.manager, application, user.id);
  }

  async saveDraft(user: AuthUser, applicationId: string, dto: SaveReviewDto) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockAsMember(manager, user, applicationId, 'SAVE_REVIEW');
      await this.applyChanges(manager, application, user.id, dto);
      return this.formView(manager, application, user.id);
    });
  }

  /** Submits (optionally with last changes); incomplete is a 400 naming every gap, and nothing is saved. */
  async submit(user: AuthUser, applicationId: string, dto: SaveReviewDto) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockAsMember(manager, user, applicationId, 'SUBMIT_REVIEW');
      const review = await this.applyChanges(manager, application, user.id, dto);
      const { feasibilityVerdict } = await settingsOfCase(manager, application);
      const gaps = submissionGaps(application.targetLevel, review, { feasibilityVerdict });
      if (gaps.length) throw validationFailed(gaps);
      await manager.getRepository(Review).update({ id: review.id }, { status: 'submitted', submittedAt: new Date() });
      await meetDeadlines(manager, { applicationId: application.id, kinds: ['review'], assigneeId: user.id, round: review.round });
      await appendAudit(manager, {
        applicationId: application.id,
        applicationVersion: application.version,
        actorId: user.id,
        actorKind: 'reviewer',
        eventType: 'REVIEW_SUBMITTED',
        fromState: application.state,
        toState: application.state,
        payload: { reviewId: review.id, round: review.round },
        visibility: 'staff',
      });
      await enqueueNotification(manager, { trigger: 'REVIEW_SUBMITTED', applicationId: application.id, actorId: user.id, details: { reviewerName: user.name } });
      await this.completeRoundIfDone(manager, application);
      return this.formView(manager, await manager.getRepository(Application).findOneByOrFail({ id: application.id }), user.id);
    });
  }

  /**
   * Who reads what: secretary, chair and committee members every submitted review with names;
   * a panel member the submitted reviews by letter (without others' confidential remarks), and
   * only after submitting their own; the owner only the anonymised feedback of decided rounds.
   */
  async list(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    const manager = this.dataSource.manager;
    if (kinds.includes('secretary') || kinds.includes('chair') || (kinds.length === 0 && user.roles.includes('committee_member')))
      return this.staffList(manager, application);
    if (kinds.includes('reviewer')) return this.reviewerList(manager, application, user.id);
    if (kinds.includes('owner'))
      return { applicationId, reviews: await this.anonymisedFeedback(applicationId, { throughRound: decidedThrough(application), manager }) };
    throw reviewsNotVisible();
  }

  /**
   * The owner-facing form of submitted reviews: feedback only, reviewers named by their panel
   * letter. For the committee and decision-letter modules too.
   */
  async anonymisedFeedback(
    applicationId: string,
    options: { throughRound?: number; round?: number; manager?: EntityManager } = {},
  ): Promise<AnonymisedFeedback[]> {
    if (options.throughRound !== undefined && options.throughRound < 1) return [];
    const rows: { round: number; letter: string; feedback: string }[] = await (options.manager ?? this.dataSource.manager).query(
      `SELECT r.round, m.letter, r.feedback_for_owner AS feedback
         FROM reviews r JOIN panel_members m ON m.application_id = r.application_id AND m.reviewer_id = r.reviewer_id
        WHERE r.application_id = $1 AND r.status = 'submitted'
          AND ($2::int IS NULL OR r.round <= $2) AND ($3::int IS NULL OR r.round = $3)
        ORDER BY r.round, length(m.letter), m.letter`,
      [applicationId, options.throughRound ?? null, options.round ?? null],
    );
    return rows.map((row) => ({ round: row.round, reviewer: `Beoordelaar ${row.letter}`, feedbackForOwner: row.feedback }));
  }

  // -------------------------------------------------------------------------------------------

  /** An active member of the panel, while the application is under review; the row stays locked. */
  private async lockAsMember(manager: EntityManager, user: AuthUser, applicationId: string, action: string): Promise<Application> {
    const { application, kinds } = await this.access.load(user, applicationId, manager, { lock: true });
    if (!kinds.includes('reviewer')) throw notOnPanel();
    if (application.state !== REVIEW_STATE) throw eventNotAllowed(action, application.state);
    return application;
  }

  private async applyChanges(manager: EntityManager, application: Application, reviewerId: string, dto: SaveReviewDto): Promise<Review> {
    const level = application.targetLevel;
    const round = reviewRoundOf(application);
    const repository = manager.getRepository(Review);
    const existing = await repository.findOne({
      where: { applicationId: application.id, reviewerId, round },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.status === 'submitted') throw reviewAlreadySubmitted();

    const errors: FieldError[] = [];
    const codes = new Set(criteriaFor(level).map((criterion) => criterion.code));
    const seen = new Set<string>();
    dto.criteria?.forEach((answer, index) => {
      if (!codes.has(answer.code))
        errors.push({ field: `criteria.${index}.code`, reason: `geen criterium voor dit niveau / not a criterion for this level: ${answer.code}` });
      else if (seen.has(answer.code)) errors.push({ field: `criteria.${index}.code`, reason: 'dubbel / listed twice' });
      seen.add(answer.code);
    });
    if (dto.proposedLevel && levelRank(dto.proposedLevel) > levelRank(level))
      errors.push({ field: 'proposedLevel', reason: 'hoger dan het aangevraagde niveau / above the target level' });
    const { feasibilityVerdict } = await settingsOfCase(manager, application);
    if (!feasibilityVerdict)
      for (const field of ['feasibility', 'feasibilityExplanation'] as const)
        if (dto[field] != null)
          errors.push({ field, reason: 'deze commissie vraagt geen oordeel over de uitvoerbaarheid / this committee asks no feasibility verdict' });
    if (dto.proposedLevel && dto.noLevelReached === true)
      errors.push({ field: 'noLevelReached', reason: 'kies een niveau óf geen niveau / choose a level or no level' });
    if (errors.length) throw validationFailed(errors);

    const criteria = answersFor(level, existing?.criteria ?? []).map((answer) => {
      const change = dto.criteria?.find((entry) => entry.code === answer.code);
      if (!change) return answer;
      return {
        code: answer.code,
        judgment: change.judgment === undefined ? answer.judgment : change.judgment,
        motivation: change.motivation === undefined ? answer.motivation : (change.motivation ?? ''),
      };
    });
    let proposedLevel = dto.proposedLevel === undefined ? (existing?.proposedLevel ?? null) : dto.proposedLevel;
    let noLevelReached = dto.noLevelReached ?? existing?.noLevelReached ?? false;
    if (dto.proposedLevel) noLevelReached = false;
    if (dto.noLevelReached === true) proposedLevel = null;
    const content = {
      criteria,
      proposedLevel,
      noLevelReached,
      feedbackForOwner: dto.feedbackForOwner ?? existing?.feedbackForOwner ?? '',
      confidentialRemarks: dto.confidentialRemarks ?? existing?.confidentialRemarks ?? '',
      feasibility: dto.feasibility === undefined ? (existing?.feasibility ?? null) : dto.feasibility,
      feasibilityExplanation: dto.feasibilityExplanation === undefined ? (existing?.feasibilityExplanation ?? null) : dto.feasibilityExplanation,
    };
    if (existing) await repository.update({ id: existing.id }, content);
    else await repository.insert({ applicationId: application.id, reviewerId, round, status: 'draft', submittedAt: null, ...content });
    return repository.findOneByOrFail({ applicationId: application.id, reviewerId, round });
  }

  /** ALL_REVIEWS_SUBMITTED, as the system, once every active member of a complete panel has submitted this round. */
  private async completeRoundIfDone(manager: EntityManager, application: Application): Promise<void> {
    const round = reviewRoundOf(application);
    const panel = await loadPanelState(manager, application);
    if (!panel.complete) return; // a removed member is still to be replaced
    const submitted = await manager.getRepository(Review).findBy({ applicationId: application.id, round, status: 'submitted' });
    const done = new Set(submitted.map((review) => review.reviewerId));
    if (!panel.active.every((member) => done.has(member.reviewerId))) return;
    await this.track.sendWithin(manager, {
      applicationId: application.id,
      actor: systemActor('reviews'),
      event: { type: 'ALL_REVIEWS_SUBMITTED' },
      auditPayload: { round, reviews: panel.active.length },
    });
  }

  private async formView(manager: EntityManager, application: Application, reviewerId: string) {
    const round = reviewRoundOf(application);
    const repository = manager.getRepository(Review);
    const review = await repository.findOneBy({ applicationId: application.id, reviewerId, round });
    const previous = round > 1 ? await repository.findOneBy({ applicationId: application.id, reviewerId, round: round - 1 }) : null;
    const member = await manager.getRepository(PanelMember).findOneBy({ applicationId: application.id, reviewerId });
    const level = application.targetLevel;
    const lock = await reviewLockOf(manager, application, review);
    const { feasibilityVerdict } = await settingsOfCase(manager, application);
    const content = {
      criteria: answersFor(level, review?.criteria ?? []),
      proposedLevel: review?.proposedLevel ?? null,
      noLevelReached: review?.noLevelReached ?? false,
      feedbackForOwner: review?.feedbackForOwner ?? '',
      confidentialRemarks: review?.confidentialRemarks ?? '',
      feasibility: review?.feasibility ?? null,
      feasibilityExplanation: review?.feasibilityExplanation ?? null,
    };
    return {
      id: review?.id ?? null,
      applicationId: application.id,
      round,
      letter: member?.letter ?? null,
      status: review?.status ?? 'draft',
      saved: review !== null,
      editable: lock === null,
      /** Why the form cannot be changed now (reason code and since when), null while it can. */
      lock,
      targetLevel: level,
      form: {
        criteria: criteriaFor(level),
        judgments: JUDGMENTS.map((code) => ({ code, label: JUDGMENT_LABELS[code] })),
        levels: LEVEL_CODES.filter((code) => levelRank(code) <= levelRank(level)).map((code) => ({ code, label: LEVEL_LABELS[code] })),
        feasibilityVerdicts: FEASIBILITY_VERDICTS.map((code) => ({ code, label: FEASIBILITY_LABELS[code] })),
      },
      /** The case's settings ask for a separate feasibility verdict: show and require that part of the form. */
      feasibilityVerdict,
      ...content,
      missing: submissionGaps(level, content, { feasibilityVerdict }),
      submittedAt: review?.submittedAt ?? null,
      updatedAt: review?.updatedAt ?? null,
      previousRound: previous?.status === 'submitted' ? reviewContent(previous) : null,
    };
  }

  private async staffList(manager: EntityManager, application: Application) {
    const round = reviewRoundOf(application);
    const panel = await loadPanelState(manager, application);
    const reviews = await manager.getRepository(Review).find({
      where: { applicationId: application.id, round: LessThanOrEqual(round) },
      order: { round: 'ASC', submittedAt: 'ASC' },
    });
    const people = await peopleById(manager, panel.members.map((member) => member.reviewerId));
    const letters = new Map(panel.members.map((member) => [member.reviewerId, member]));
    return {
      applicationId: application.id,
      targetLevel: application.targetLevel,
      reviewRound: round,
      progress: panel.active.map((member) => {
        const review = reviews.find((r) => r.reviewerId === member.reviewerId && r.round === round);
        return {
          letter: member.letter,
          reviewerId: member.reviewerId,
          name: people.get(member.reviewerId)?.name ?? null,
          kind: member.kind,
          status: review?.status ?? 'not_started',
          submittedAt: review?.submittedAt ?? null,
        };
      }),
      // Drafts are the reviewer's own until submitted.
      reviews: reviews
        .filter((review) => review.status === 'submitted')
        .map((review) => ({
          id: review.id,
          round: review.round,
          letter: letters.get(review.reviewerId)?.letter ?? null,
          kind: letters.get(review.reviewerId)?.kind ?? null,
          reviewerId: review.reviewerId,
          name: people.get(review.reviewerId)?.name ?? null,
          ...reviewContent(review),
          confidentialRemarks: review.confidentialRemarks,
        })),
    };
  }

  private async reviewerList(manager: EntityManager, application: Application, reviewerId: string) {
    const round = reviewRoundOf(application);
    const own = await manager.getRepository(Review).findOneBy({ applicationId: application.id, reviewerId, round });
    if (own?.status !== 'submitted') throw ownReviewFirst();
    const reviews = await manager.getRepository(Review).find({
      where: { applicationId: application.id, status: 'submitted', round: LessThanOrEqual(round) },
      order: { round: 'ASC', submittedAt: 'ASC' },
    });
    const members = await manager
      .getRepository(PanelMember)
      .findBy({ applicationId: application.id, reviewerId: In(reviews.map((review) => review.reviewerId)) });
    const byReviewer = new Map(members.map((member) => [member.reviewerId, member]));
    return {
      applicationId: application.id,
      reviewRound: round,
      reviews: reviews.map((review) => {
        const mine = review.reviewerId === reviewerId;
        return {
          round: review.round,
          letter: byReviewer.get(review.reviewerId)?.letter ?? null,
          kind: byReviewer.get(review.reviewerId)?.kind ?? null,
          isMine: mine,
          ...reviewContent(review),
          // Remarks for the committee stay with the committee.
          ...(mine ? { confidentialRemarks: review.confidentialRemarks } : {}),
        };
      }),
    };
  }
}

function reviewContent(review: Review) {
  return {
    criteria: review.criteria,
    proposedLevel: review.proposedLevel,
    noLevelReached: review.noLevelReached,
    feedbackForOwner: review.feedbackForOwner,
    feasibility: feasibilityView(review.feasibility, review.feasibilityExplanation),
    submittedAt: review.submittedAt,
  };
}

/** The last review round the committee has decided on (0: none yet). */
export function decidedThrough(application: Application): number {
  const context = trackContextOf(application);
  if (context.decision === null) return 0;
  return ROUND_OPEN_STATES.includes(application.state) ? context.reviewRound - 1 : context.reviewRound;
}
