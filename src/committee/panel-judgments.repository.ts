import type { FeasibilityVerdict } from '../review/feasibility.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isLevelCode, type LevelCode } from '../track/track.levels.js';
import type { PanelKind } from './decision-rules.js';

/** One active member of an application's review panel, with their review of the round if submitted. */
export interface PanelSeat {
  reviewerId: string;
  reviewerName: string;
  kind: PanelKind;
  /** A, B, C…: how the owner and the letter refer to the reviewer. */
  letter: string;
  review: PanelReview | null;
}

export interface PanelReview {
  id: string;
  /** null: the reviewer proposes not to recognise. */
  proposedLevel: LevelCode | null;
  feedbackForOwner: string;
  confidentialRemarks: string;
  criteria: unknown;
  /** Uitvoerbaarheid: null unless the case's settings ask for it. */
  feasibility: FeasibilityVerdict | null;
  feasibilityExplanation: string | null;
  submittedAt: Date | null;
}

interface SeatRow {
  reviewer_id: string;
  reviewer_name: string;
  kind: PanelKind;
  letter: string;
  review_id: string | null;
  proposed_level: string | null;
  feedback_for_owner: string | null;
  confidential_remarks: string | null;
  criteria: unknown;
  feasibility: FeasibilityVerdict | null;
  feasibility_explanation: string | null;
  submitted_at: Date | null;
}

/**
 * Reads the review panel and its submitted reviews (tables `panel_members` and `reviews`, owned
 * by the assessment module) with plain SQL. The one place to adapt when that schema changes.
 */
@Injectable()
export class PanelJudgmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active panel members in letter order, each with their submitted review of `round` (or null). */
  async seats(applicationId: string, round: number, manager?: EntityManager): Promise<PanelSeat[]> {
    const rows: SeatRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT p.reviewer_id, u.name AS reviewer_name, p.kind, p.letter,
              r.id AS review_id, r.proposed_level, r.feedback_for_owner, r.confidential_remarks, r.criteria, r.feasibility, r.feasibility_explanation, r.submitted_at
         FROM panel_members p
         JOIN users u ON u.id = p.reviewer_id
         LEFT JOIN reviews r
           ON r.application_id = p.application_id AND r.reviewer_id = p.reviewer_id
          AND r.round = $2 AND r.status = 'submitted'
        WHERE p.application_id = $1 AND p.status = 'active'
        ORDER BY p.letter, p.reviewer_id`,
      [applicationId, round],
    );
    return rows.map((row) => ({
      reviewerId: row.reviewer_id,
      reviewerName: row.reviewer_name,
      kind: row.kind,
      letter: row.letter,
      review:
        row.review_id === null
          ? null
          : {
              id: row.review_id,
              proposedLevel: isLevelCode(row.proposed_level) ? row.proposed_level : null,
              feedbackForOwner: row.feedback_for_owner ?? '',
              confidentialRemarks: row.confidential_remarks ?? '',
              criteria: row.criteria ?? null,
              feasibility: row.feasibility,
              feasibilityExplanation: row.feasibility_explanation,
              submittedAt: row.submitted_at,
            },
    }));
  }
}
