import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed, type FieldError } from '../common/http/validation.js';
import { CommitteeMeeting } from '../committee/committee-meeting.entity.js';
import { Committee } from '../committee/committee.entity.js';
import { meetingHasStarted } from '../committee/meeting-started.js';
import {
  brokenDecisionRules,
  decisionShapeProblems,
  departsFromPanel,
  panelView,
  type DecisionInput,
  type PanelJudgmentInput,
} from '../committee/decision-rules.js';
import { PanelJudgmentsRepository } from '../committee/panel-judgments.repository.js';
import { Listing } from '../publication/listing.entity.js';
import { jsonb } from '../database/jsonb.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { systemActor, userActor } from '../track/track-actor.js';
import { notYourTurn, TrackErrorCode } from '../track/track.errors.js';
import { RECOGNISING_VERDICTS, type Verdict } from '../track/track.events.js';
import { addMonths, conditionsDeadlineOnSending, parseInstant, type TrackContext } from '../track/track.machine.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { settingsOfCase } from '../committee-settings/case-settings.js';
import { panelRulesOf } from '../committee-settings/procedure-settings.js';
import type { FeasibilityVerdict } from '../review/feasibility.js';
import { TrackService } from '../track/track.service.js';
import { DecisionLettersService } from './decision-letters.service.js';
import { ownerFeedback, type OwnerFeedback } from './decision-feedback.js';
import { Decision } from './decision.entity.js';
import { decisionView, objectionDeadline } from './decision.view.js';
import {
  conditionsDeadlinePassed,
  decisionNotFound,
  decisionRulesBroken,
  meetingNotStarted,
  objectionAlreadyLodged,
  objectionPeriodEnded,
} from './decisions.errors.js';
import type {
  ConfirmConditionsDto,
  LodgeObjectionDto,
  RecordDecisionDto,
  ResolveObjectionDto,
  SendDecisionLetterDto,
  SubmitRevisionDto,
} from './dto/decision.dto.js';
import { Objection } from './objection.entity.js';
import { isDomainError } from '../common/errors/domain-error.js';

/** What goes into a decision row besides the committee and the round. */
interface DecisionDraft {
  input: DecisionInput;
  panel: ReturnType<typeof panelView>;
  /** The case's procedure: the default conditions period. */
  conditionsPeriodMonths: number;
}

/** ISO instant as the machine wants it, or the raw value when it is not one (the rules then refuse it). */
function normaliseInstant(value: string | null | undefined): string | null {
  if (value == null) return null;
  const ms = parseInstant(value);
  return ms === null ? value : new Date(ms).toISOString();
}

/**
 * Committee decisions and what follows them: the decision with its letter, conditions confirmed
 * or lapsed, a deferral answered with a revision, an objection lodged and resolved. Every step is
 * a track event through TrackService.send; the rows are written in its `before` hook, so the
 * decision, the state change, the audit line and the outbox message commit together.
 */
@Injectable()
export class DecisionsService {
  private readonly logger = new Logger('decisions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly applications: ApplicationsService,
    private readonly track: TrackService,
    private readonly panel: PanelJudgmentsRepository,
    private readonly letters: DecisionLettersService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * The decisions on an application, oldest first, each with the panel's feedback for the owner
   * of its round (by letter only, as in the letter); owners see no panel details. `listing` is
   * the databank entry this application carries, once published.
   */
  async list(user: AuthUser, applicationId: string) {
    const { application, kinds } = await this.access.load(user, applicationId);
    const { objectionWindowDays } = trackContextOf(application).procedure;
    const staff = kinds.length === 0 || kinds.some((kind) => kind !== 'owner');
    const all = await this.dataSource.getRepository(Decision).find({ where: { applicationId }, order: { decidedAt: 'ASC' } });
    // An owner never sees a decision whose letter the secretary has not sent yet.
    const decisions = staff ? all : all.filter((decision) => decision.letterSentAt !== null);
    const objections = await this.dataSource.getRepository(Objection).find({ where: { applicationId }, order: { lodgedAt: 'ASC' } });
    const feedbackByRound = new Map<number, OwnerFeedback[]>();
    for (const round of new Set(decisions.map((decision) => decision.round)))
      feedbackByRound.set(round, ownerFeedback(await this.panel.seats(applicationId, round)));
    const listing = await this.dataSource.getRepository(Listing).findOneBy({ applicationId });
    return {
      decisions: decisions.map((decision) => ({ ...decisionView(decision, { staff, objectionWindowDays }), feedback: feedbackByRound.get(decision.round) ?? [] })),
      objections: objections.map(objectionView),
      listing: listing ? { slug: listing.slug, listed: listing.withdrawnAt === null } : null,
    };
  }

  /**
   * RECORD_DECISION by the chair of the committee whose meeting has the case on its agenda, at or
   * after that meeting's start (409 MEETING_NOT_STARTED before it, naming when). The letter is then
   * a draft for chair and secretary (see sendLetter); the history line is staff-only and only the
   * secretaries are told, so the owner hears nothing until the letter is sent.
   */
  async record(user: AuthUser, applicationId: string, dto: RecordDecisionDto, now = new Date()) {
    await this.assertChairKind(user, applicationId, 'RECORD_DECISION');
    const at = now.toISOString();
    const input = this.decisionInput(dto.verdict, dto, dto.motivation ?? null, at);
    const shape = decisionShapeProblems(input);
    if (shape.length) throw decisionRulesBroken(shape);

    const recognising = RECOGNISING_VERDICTS.includes(input.verdict);
    const audit: Record<string, unknown> = { verdict: input.verdict, level: recognising ? input.level : null };
    let decisionId = '';
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: {
        type: 'RECORD_DECISION',
        verdict: input.verdict,
        level: recognising ? input.level : null,
        at,
        conditionsDeadline: input.verdict === 'conditionally_recognised' ? input.conditionsDeadline : null,
      },
      expectedVersion: dto.version,
      auditPayload: audit,
      auditVisibility: 'staff',
      before: async (manager, application, snapshot) => {
        const context = snapshot.context;
        const meeting = context.meetingId
          ? await manager.getRepository(CommitteeMeeting).findOneBy({ id: context.meetingId })
          : null;
        const committee = meeting ? await manager.getRepository(Committee).findOneBy({ id: meeting.committeeId }) : null;
        // Only the chair of THIS meeting's committee decides, not any chair who sees the case.
        if (!meeting || !committee || committee.chairId !== user.id) throw notYourTurn('RECORD_DECISION');
        // A decision taken before the meeting would carry a date the committee never met on.
        if (!meetingHasStarted(meeting, now)) throw meetingNotStarted(meeting.startsAt);

        const draft = await this.checkedDraft(manager, application, context, input);
        const decision = await this.insertDecision(manager, {
          applicationId: application.id,
          committeeId: committee.id,
          meetingId: meeting.id,
          round: context.reviewRound,
          kind: 'decision',
          decidedBy: user.id,
          draft,
          letterSent: null,
        });
        decisionId = decision.id;
        Object.assign(audit, { decisionId: decision.id, meetingId: meeting.id });
      },
    });
    return this.result(user, applicationId, decisionId);
  }

  /**
   * SEND_DECISION_LETTER by a secretary: the draft letter is rendered with today's date and stored,
   * the decision's deadlines start to run (the conditions period here, the objection window from
   * `letterSentAt`), and the owner and the others are told, the owner with the covering message.
   */
  async sendLetter(user: AuthUser, applicationId: string, dto: SendDecisionLetterDto, now = new Date()) {
    const at = now.toISOString();
    const coveringMessage = dto.coveringMessage?.trim() ? dto.coveringMessage.trim() : null;
    const audit: Record<string, unknown> = {};
    let decisionId = '';
    await this.withStorageCleanup((written) =>
      this.track.send({
        applicationId,
        actor: userActor(user),
        event: { type: 'SEND_DECISION_LETTER', at },
        expectedVersion: dto.version,
        auditPayload: audit,
        before: async (manager, application, snapshot) => {
          const decision = await this.standing(manager, application.id, snapshot.context.reviewRound);
          const context = snapshot.context;
          const conditionsDeadline =
            decision.verdict === 'conditionally_recognised' && context.decision
              ? new Date(conditionsDeadlineOnSending(context.decision.decidedAt, context.conditionsDeadline, at, context.procedure.conditionsPeriodMonths))
              : null;
          await manager
            .getRepository(Decision)
            .update({ id: decision.id }, { letterSentAt: now, letterSentBy: user.id, coveringMessage, conditionsDeadline });
          const sent = await manager.getRepository(Decision).findOneByOrFail({ id: decision.id });
          await this.letters.create(manager, sent, sent.decidedBy, now, null, written);
          decisionId = sent.id;
          Object.assign(audit, {
            decisionId: sent.id,
            verdict: sent.verdict,
            level: sent.level,
            at: sent.decidedAt.toISOString(),
            conditionsDeadline: conditionsDeadline?.toISOString() ?? null,
            coveringMessage,
          });
        },
      }),
    );
    return this.result(user, applicationId, decisionId);
  }

  /** CONFIRM_CONDITIONS_MET: the secretary confirms, before the deadline, that the conditions are met. */
  async confirmConditions(user: AuthUser, applicationId: string, dto: ConfirmConditionsDto, now = new Date()) {
    let decisionId = '';
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'CONFIRM_CONDITIONS_MET' },
      expectedVersion: dto.version,
      internalNote: dto.internalNote,
      before: async (manager, application, snapshot) => {
        const decision = await this.standing(manager, application.id, snapshot.context.reviewRound);
        if (decision.conditionsDeadline && now > decision.conditionsDeadline) throw conditionsDeadlinePassed(decision.conditionsDeadline);
        await manager.getRepository(Decision).update({ id: decision.id }, { conditionsMetAt: now, conditionsMetBy: user.id });
        decisionId = decision.id;
      },
      auditPayload: {},
    });
    return this.result(user, applicationId, decisionId);
  }

  /**
   * CONDITIONS_LAPSED, sent by the system once the deadline has passed (the reminders module
   * schedules it). Safe to call at any time and more than once: it does nothing and returns
   * false when the case has moved on or the deadline has not come yet.
   */
  async lapseConditions(applicationId: string, now = new Date()): Promise<boolean> {
    const application = await this.dataSource.getRepository(Application).findOneBy({ id: applicationId });
    if (!application || application.state !== 'decided.conditionallyRecognised') return false;
    const context = trackContextOf(application);
    const deadline = parseInstant(context.conditionsDeadline);
    if (deadline === null || now.getTime() < deadline) return false;
    try {
      await this.track.send({
        applicationId,
        actor: systemActor('conditions-lapse'),
        event: { type: 'CONDITIONS_LAPSED', at: now.toISOString() },
        before: async (manager, locked, snapshot) => {
          const decision = await this.standing(manager, locked.id, snapshot.context.reviewRound);
          await manager.getRepository(Decision).update({ id: decision.id }, { lapsedAt: now });
        },
        auditPayload: { conditionsDeadline: context.conditionsDeadline },
      });
    } catch (error) {
      // Confirmed (or otherwise moved on) between the read and the lock: nothing to do.
      if (isDomainError(error, TrackErrorCode.EventNotAllowedInState))
        return false;
      throw error;
    }
    return true;
  }

  /** SUBMIT_REVISION: the owner answers a deferral's questions; the same panel reviews the next round. */
  async submitRevision(user: AuthUser, applicationId: string, dto: SubmitRevisionDto, now = new Date()) {
    const audit: Record<string, unknown> = {};
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'SUBMIT_REVISION' },
      expectedVersion: dto.version,
      before: async (manager, application, snapshot) => {
        const decision = await this.standing(manager, application.id, snapshot.context.reviewRound);
        await manager
          .getRepository(Decision)
          .update({ id: decision.id }, { revisionAnswers: dto.answers, revisionSubmittedAt: now, revisionSubmittedBy: user.id });
        Object.assign(audit, { decisionId: decision.id, nextRound: snapshot.context.reviewRound + 1 });
      },
      auditPayload: audit,
    });
    return this.applications.view(user, applicationId);
  }

  /** LODGE_OBJECTION: once, by an owner, within the case's objection window (nationally six weeks, 42 days) of the letter. */
  async lodgeObjection(user: AuthUser, applicationId: string, dto: LodgeObjectionDto, now = new Date()) {
    const { application, kinds } = await this.access.load(user, applicationId);
    const context = trackContextOf(application);
    // Clear answers for the two refusals the machine's guard would only call "not allowed in this state".
    if (kinds.includes('owner') && application.state.startsWith('decided.') && context.decision) {
      if (context.objectionLodgedAt !== null) throw objectionAlreadyLodged();
      // The window runs from the letter (decisions of machine version 1 had theirs the same moment).
      const sentAt = new Date(context.letterSentAt ?? context.decision.decidedAt);
      const deadline = objectionDeadline(sentAt, context.procedure.objectionWindowDays);
      if (now > deadline) throw objectionPeriodEnded(sentAt, deadline, context.procedure.objectionWindowDays);
    }
    const audit: Record<string, unknown> = {};
    let objectionId = '';
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'LODGE_OBJECTION', at: now.toISOString() },
      expectedVersion: dto.version,
      before: async (manager, locked, snapshot) => {
        const decision = await this.standing(manager, locked.id, snapshot.context.reviewRound);
        const { identifiers } = await manager.getRepository(Objection).insert({
          applicationId: locked.id,
          decisionId: decision.id,
          grounds: dto.grounds,
          lodgedBy: user.id,
          lodgedAt: now,
        });
        objectionId = identifiers[0].id as string;
        Object.assign(audit, { objectionId, decisionId: decision.id });
      },
      auditPayload: audit,
    });
    const objection = await this.dataSource.getRepository(Objection).findOneByOrFail({ id: objectionId });
    return { objection: objectionView(objection), application: await this.applications.view(user, applicationId) };
  }

  /**
   * RESOLVE_OBJECTION by the chair of the committee that took the decision: upheld, or replaced
   * by a new decision that must pass the same decision rules on the same panel round.
   */
  async resolveObjection(user: AuthUser, applicationId: string, dto: ResolveObjectionDto, now = new Date()) {
    await this.assertChairKind(user, applicationId, 'RESOLVE_OBJECTION');
    const at = now.toISOString();
    const replaced = dto.outcome === 'replaced';
    const misplaced: FieldError[] = [];
    if (replaced && !dto.verdict)
      misplaced.push({ field: 'verdict', reason: 'een nieuw besluit noemt het oordeel / a replacement names the verdict' });
    if (!replaced)
      for (const field of ['verdict', 'level', 'conditions', 'conditionsDeadline', 'questions'] as const)
        if (dto[field] != null)
          misplaced.push({ field, reason: 'alleen bij een nieuw besluit (outcome replaced) / only with a replacement (outcome replaced)' });
    if (misplaced.length) throw validationFailed(misplaced);

    const input = replaced ? this.decisionInput(dto.verdict!, dto, dto.motivation, at) : null;
    if (input) {
      const shape = decisionShapeProblems(input);
      if (shape.length) throw decisionRulesBroken(shape);
    }
    const recognising = input !== null && RECOGNISING_VERDICTS.includes(input.verdict);
    const audit: Record<string, unknown> = { outcome: dto.outcome };
    let resultId = '';
    await this.withStorageCleanup((written) =>
      this.track.send({
        applicationId,
        actor: userActor(user),
        event: {
          type: 'RESOLVE_OBJECTION',
          outcome: dto.outcome,
          verdict: input?.verdict ?? null,
          level: recognising ? input!.level : null,
          at,
          conditionsDeadline: input?.verdict === 'conditionally_recognised' ? input.conditionsDeadline : null,
        },
        expectedVersion: dto.version,
        auditPayload: audit,
        before: async (manager, application, snapshot) => {
          const objection = await manager
            .getRepository(Objection)
            .findOne({ where: { applicationId: application.id, outcome: IsNull() }, lock: { mode: 'pessimistic_write' } });
          if (!objection) throw decisionNotFound();
          const original = await manager.getRepository(Decision).findOneByOrFail({ id: objection.decisionId });
          const committee = await manager.getRepository(Committee).findOneByOrFail({ id: original.committeeId });
          if (committee.chairId !== user.id) throw notYourTurn('RESOLVE_OBJECTION');

          let standing = original;
          if (input) {
            const context = { ...snapshot.context, reviewRound: original.round };
            const draft = await this.checkedDraft(manager, application, context, input);
            const replacementId = randomUUID();
            // The replaced row first, so the "one standing decision per round" index holds at every statement.
            await manager.getRepository(Decision).update({ id: original.id }, { supersededBy: replacementId });
            standing = await this.insertDecision(manager, {
              id: replacementId,
              applicationId: application.id,
              committeeId: committee.id,
              meetingId: null,
              round: original.round,
              kind: 'objection',
              decidedBy: user.id,
              draft,
              // The decision on an objection goes out with its letter at once.
              letterSent: { at: now, by: user.id },
            });
            Object.assign(audit, { decisionId: standing.id, verdict: standing.verdict, level: standing.level });
          }
          await manager.getRepository(Objection).update(
            { id: objection.id },
            { outcome: dto.outcome, motivation: dto.motivation, resolvedBy: user.id, resolvedAt: now, replacementDecisionId: input ? standing.id : null },
          );
          const resolved = await manager.getRepository(Objection).findOneByOrFail({ id: objection.id });
          Object.assign(audit, { objectionId: objection.id });
          await this.letters.create(manager, standing, user.id, now, { objection: resolved, original }, written);
          resultId = standing.id;
        },
      }),
    );
    return this.result(user, applicationId, resultId);
  }

  // -------------------------------------------------------------------------------------------

  /**
   * A committee member (even one holding the chair role elsewhere) sees the case but may not decide:
   * 403 rather than the 404 the write path gives to anyone without a capacity in the case.
   */
  private async assertChairKind(user: AuthUser, applicationId: string, event: 'RECORD_DECISION' | 'RESOLVE_OBJECTION'): Promise<void> {
    const { kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('chair')) throw notYourTurn(event);
  }

  private decisionInput(
    verdict: Verdict,
    dto: {
      level?: DecisionInput['level'];
      conditions?: string | null;
      conditionsDeadline?: string | null;
      questions?: string | null;
      feasibility?: string | null;
      feasibilityExplanation?: string | null;
    },
    motivation: string | null,
    at: string,
  ): DecisionInput {
    return {
      verdict,
      level: dto.level ?? null,
      at,
      motivation,
      conditions: dto.conditions ?? null,
      conditionsDeadline: normaliseInstant(dto.conditionsDeadline),
      questions: dto.questions ?? null,
      feasibility: dto.feasibility ?? null,
      feasibilityExplanation: dto.feasibilityExplanation ?? null,
    };
  }

  /** Reads the panel of the round and refuses (400, naming the rules) a decision outside the rules. */
  private async checkedDraft(
    manager: EntityManager,
    application: Application,
    context: Pick<TrackContext, 'targetLevel' | 'reviewRound' | 'procedure'>,
    input: DecisionInput,
  ): Promise<DecisionDraft> {
    const seats = await this.panel.seats(application.id, context.reviewRound, manager);
    const settings = await settingsOfCase(manager, application);
    const panelRules = panelRulesOf(settings);
    const judgments: PanelJudgmentInput[] = seats
      .filter((seat) => seat.review !== null)
      .map((seat) => ({ kind: seat.kind, proposedLevel: seat.review!.proposedLevel }));
    const { conditionsPeriodMonths } = context.procedure;
    const broken = brokenDecisionRules({ targetLevel: context.targetLevel, panelSize: seats.length, judgments, decision: input, conditionsPeriodMonths, panelRules, feasibilityVerdict: settings.feasibilityVerdict });
    if (broken.length) throw decisionRulesBroken(broken);
    return { input, panel: panelView(context.targetLevel, judgments, panelRules), conditionsPeriodMonths };
  }

  private async insertDecision(
    manager: EntityManager,
    fields: {
      id?: string;
      applicationId: string;
      committeeId: string;
      meetingId: string | null;
      round: number;
      kind: Decision['kind'];
      decidedBy: string;
      draft: DecisionDraft;
      /** Null while the letter waits for the secretary. */
      letterSent: { at: Date; by: string } | null;
    },
  ): Promise<Decision> {
    const { input, panel } = fields.draft;
    const recognising = RECOGNISING_VERDICTS.includes(input.verdict);
    const conditional = input.verdict === 'conditionally_recognised';
    const repository = manager.getRepository(Decision);
    const { identifiers } = await repository.insert({
      ...(fields.id ? { id: fields.id } : {}),
      applicationId: fields.applicationId,
      committeeId: fields.committeeId,
      meetingId: fields.meetingId,
      round: fields.round,
      kind: fields.kind,
      verdict: input.verdict,
      level: recognising ? (input.level ?? null) : null,
      motivation: input.motivation?.trim() ? input.motivation.trim() : null,
      conditions: conditional ? input.conditions!.trim() : null,
      // Until the letter is sent only the chair's explicit deadline is known; the default runs from the sending.
      conditionsDeadline: conditional
        ? fields.letterSent
          ? new Date(input.conditionsDeadline ?? addMonths(input.at, fields.draft.conditionsPeriodMonths))
          : input.conditionsDeadline
            ? new Date(input.conditionsDeadline)
            : null
        : null,
      questions: input.verdict === 'deferred' ? input.questions!.trim() : null,
      // The decision rules have let it through only when the case's settings ask for it.
      feasibility: (input.feasibility as FeasibilityVerdict | null | undefined) ?? null,
      feasibilityExplanation: input.feasibilityExplanation?.trim() || null,
      panel: jsonb(panel),
      departsFromPanel: departsFromPanel(input, panel),
      decidedBy: fields.decidedBy,
      decidedAt: new Date(input.at),
      letterSentAt: fields.letterSent?.at ?? null,
      letterSentBy: fields.letterSent?.by ?? null,
    });
    return repository.findOneByOrFail({ id: (fields.id ?? identifiers[0].id) as string });
  }

  /** The decision that stands for the round (not replaced after an objection). */
  private async standing(manager: EntityManager, applicationId: string, round: number): Promise<Decision> {
    const decision = await manager
      .getRepository(Decision)
      .findOne({ where: { applicationId, round, supersededBy: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!decision) throw decisionNotFound();
    return decision;
  }

  /** Runs a write that stores files; when it fails, the files it stored are removed again. */
  private async withStorageCleanup<T>(work: (written: string[]) => Promise<T>): Promise<T> {
    const written: string[] = [];
    try {
      return await work(written);
    } catch (error) {
      for (const key of written)
        await this.storage.delete(key).catch((cleanupError: unknown) =>
          this.logger.warn(`Could not remove the letter of a rolled-back decision (${key}): ${String(cleanupError)}`),
        );
      throw error;
    }
  }

  private async result(user: AuthUser, applicationId: string, decisionId: string) {
    const decision = await this.dataSource.getRepository(Decision).findOneByOrFail({ id: decisionId });
    const application = await this.applications.view(user, applicationId);
    return { decision: decisionView(decision, { staff: true, objectionWindowDays: application.procedure.objectionWindowDays }), application };
  }
}

export function objectionView(objection: Objection) {
  return {
    id: objection.id,
    applicationId: objection.applicationId,
    decisionId: objection.decisionId,
    grounds: objection.grounds,
    lodgedAt: objection.lodgedAt,
    outcome: objection.outcome,
    motivation: objection.motivation,
    resolvedAt: objection.resolvedAt,
    replacementDecisionId: objection.replacementDecisionId,
  };
}
