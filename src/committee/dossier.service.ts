import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Decision } from '../decisions/decision.entity.js';
import { decisionView } from '../decisions/decision.view.js';
import { frozenDescription } from '../description/frozen-description.js';
import { liveDocuments } from '../documents/live-documents.js';
import { Objection } from '../decisions/objection.entity.js';
import { JUDGMENT_LABELS, JUDGMENTS, criteriaFor } from '../review/review-criteria.js';
import { FEASIBILITY_LABELS, FEASIBILITY_VERDICTS, feasibilityView } from '../review/feasibility.js';
import { LEVEL_CODES, levelLabel, type LevelCode } from '../track/track.levels.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { CommitteeMeeting } from './committee-meeting.entity.js';
import { Committee } from './committee.entity.js';
import { dossierForbidden } from './committee.errors.js';
import { meetingHasStarted } from './meeting-started.js';
import { brokenDecisionRules, panelView, type PanelJudgmentInput, type PanelRules } from './decision-rules.js';
import { settingsOfCase } from '../committee-settings/case-settings.js';
import { panelRulesOf } from '../committee-settings/procedure-settings.js';
import { PanelJudgmentsRepository } from './panel-judgments.repository.js';

/**
 * The dossier of a case for the committee: the application, the description as frozen when it was
 * submitted for assessment, its documents, every review of the current round side by side (with
 * the reviewers' letters and the criteria they judged), the tally of proposed levels and what the
 * decision rules allow. For the secretary, the chair and the members of the committee that has
 * the case; owners, coaches and reviewers get 403 (they may see the application, not the dossier).
 */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly applications: ApplicationsService,
    private readonly panel: PanelJudgmentsRepository,
  ) {}

  async dossier(user: AuthUser, applicationId: string, now = new Date()) {
    const { application, kinds } = await this.access.load(user, applicationId);
    const committeeSeat = await this.hasCommitteeSeat(user, applicationId);
    if (!kinds.includes('secretary') && !kinds.includes('chair') && !committeeSeat) throw dossierForbidden();

    const context = trackContextOf(application);
    const round = context.reviewRound;
    const seats = await this.panel.seats(applicationId, round);
    const judgments: PanelJudgmentInput[] = seats
      .filter((seat) => seat.review !== null)
      .map((seat) => ({ kind: seat.kind, proposedLevel: seat.review!.proposedLevel }));
    const settings = await settingsOfCase(this.dataSource.manager, application);
    const panelRules = panelRulesOf(settings);
    const panel = panelView(context.targetLevel, judgments, panelRules);

    const meeting = context.meetingId
      ? await this.dataSource.getRepository(CommitteeMeeting).findOneBy({ id: context.meetingId })
      : null;
    const committee = meeting ? await this.dataSource.getRepository(Committee).findOneBy({ id: meeting.committeeId }) : null;

    const decisions = await this.dataSource.getRepository(Decision).find({ where: { applicationId }, order: { decidedAt: 'ASC' } });
    const objections = await this.dataSource.getRepository(Objection).find({ where: { applicationId }, order: { lodgedAt: 'ASC' } });

    return {
      application: await this.applications.view(user, applicationId),
      round,
      meeting: meeting && {
        id: meeting.id,
        startsAt: meeting.startsAt,
        location: meeting.location,
        committee: committee && { id: committee.id, name: committee.name, databank: committee.databank },
      },
      // The start of the meeting while it is still to come: no decision can be recorded before it.
      decidableFrom: meeting && !meetingHasStarted(meeting, now) ? meeting.startsAt.toISOString() : null,
      description: await frozenDescription(this.dataSource.manager, applicationId),
      documents: await liveDocuments(this.dataSource.manager, applicationId),
      // The review form of the target level, so the criteria can be shown side by side with their labels.
      /** The case's settings ask for a feasibility verdict: the reviews carry one, and the chair's decision needs one. */
      feasibilityVerdict: settings.feasibilityVerdict,
      form: {
        feasibilityVerdicts: FEASIBILITY_VERDICTS.map((code) => ({ code, label: FEASIBILITY_LABELS[code] })),
        criteria: criteriaFor(context.targetLevel),
        judgments: JUDGMENTS.map((code) => ({ code, label: JUDGMENT_LABELS[code] })),
      },
      reviews: seats.map((seat) => ({
        letter: seat.letter,
        kind: seat.kind,
        reviewer: { id: seat.reviewerId, name: seat.reviewerName },
        submitted: seat.review !== null,
        proposedLevel: seat.review?.proposedLevel ?? null,
        proposedLevelLabel: seat.review ? (seat.review.proposedLevel ? levelLabel(seat.review.proposedLevel) : 'Niet erkennen') : null,
        criteria: seat.review?.criteria ?? null,
        feedbackForOwner: seat.review?.feedbackForOwner ?? null,
        confidentialRemarks: seat.review?.confidentialRemarks ?? null,
        feasibility: seat.review ? feasibilityView(seat.review.feasibility, seat.review.feasibilityExplanation) : null,
        submittedAt: seat.review?.submittedAt ?? null,
      })),
      panel: {
        ...panel,
        supportedLevelLabel: panel.supportedLevel ? levelLabel(panel.supportedLevel) : null,
        // Levels the chair may grant; `needsMotivation` when granting it departs from the panel.
        grantableLevels: this.grantableLevels(context.targetLevel, seats.length, judgments, panelRules),
      },
      decisions: decisions.map((decision) => decisionView(decision, { staff: true, objectionWindowDays: context.procedure.objectionWindowDays })),
      objections: objections.map((objection) => ({
        id: objection.id,
        decisionId: objection.decisionId,
        grounds: objection.grounds,
        lodgedAt: objection.lodgedAt,
        outcome: objection.outcome,
        motivation: objection.motivation,
        resolvedAt: objection.resolvedAt,
      })),
    };
  }

  private grantableLevels(targetLevel: LevelCode, panelSize: number, judgments: PanelJudgmentInput[], panelRules: PanelRules) {
    const at = new Date().toISOString();
    return LEVEL_CODES.flatMap((level) => {
      const withMotivation = brokenDecisionRules({ targetLevel, panelSize, judgments, panelRules, decision: { verdict: 'recognised', level, at, motivation: '-' } });
      if (withMotivation.length) return [];
      const without = brokenDecisionRules({ targetLevel, panelSize, judgments, panelRules, decision: { verdict: 'recognised', level, at } });
      return [{ level, label: levelLabel(level), needsMotivation: without.length > 0 }];
    });
  }

  private async hasCommitteeSeat(user: AuthUser, applicationId: string): Promise<boolean> {
    if (!user.roles.includes('chair') && !user.roles.includes('committee_member')) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM committee_case_seats WHERE application_id = $1 AND user_id = $2 LIMIT 1`,
      [applicationId, user.id],
    );
    return rows.length > 0;
  }
}
