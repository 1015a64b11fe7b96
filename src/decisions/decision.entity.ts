import type { FeasibilityVerdict } from '../review/feasibility.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PanelView } from '../committee/decision-rules.js';
import type { Verdict } from '../track/track.events.js';
import type { LevelCode } from '../track/track.levels.js';

export type DecisionKind = 'decision' | 'objection';

/**
 * A committee decision (besluit) on one review round. A decision on an objection that replaces it
 * is a new row of kind `objection`; the replaced row points at it through `supersededBy`.
 */
@Entity({ name: 'decisions' })
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'text' })
  kind: DecisionKind;

  @Column({ type: 'text' })
  verdict: Verdict;

  @Column({ type: 'text', nullable: true })
  level: LevelCode | null;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ name: 'conditions_deadline', type: 'timestamptz', nullable: true })
  conditionsDeadline: Date | null;

  @Column({ type: 'text', nullable: true })
  questions: string | null;

  /** The panel's view when the decision was taken (tally, support, supported level). */
  /** Uitvoerbaarheid, when the case's settings ask for it (docs/decisions/0034); null otherwise. */
  @Column({ type: 'text', nullable: true })
  feasibility: FeasibilityVerdict | null;

  @Column({ name: 'feasibility_explanation', type: 'text', nullable: true })
  feasibilityExplanation: string | null;

  @Column({ type: 'jsonb' })
  panel: PanelView;

  @Column({ name: 'departs_from_panel', type: 'boolean' })
  departsFromPanel: boolean;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ name: 'conditions_met_at', type: 'timestamptz', nullable: true })
  conditionsMetAt: Date | null;

  @Column({ name: 'conditions_met_by', type: 'uuid', nullable: true })
  conditionsMetBy: string | null;

  @Column({ name: 'lapsed_at', type: 'timestamptz', nullable: true })
  lapsedAt: Date | null;

  /** The owner's answers to a deferral's questions, sent with the revision. */
  @Column({ name: 'revision_answers', type: 'text', nullable: true })
  revisionAnswers: string | null;

  @Column({ name: 'revision_submitted_at', type: 'timestamptz', nullable: true })
  revisionSubmittedAt: Date | null;

  @Column({ name: 'revision_submitted_by', type: 'uuid', nullable: true })
  revisionSubmittedBy: string | null;

  /** When the secretary sent the letter; null while it is a draft only chair and secretary see. */
  @Column({ name: 'letter_sent_at', type: 'timestamptz', nullable: true })
  letterSentAt: Date | null;

  @Column({ name: 'letter_sent_by', type: 'uuid', nullable: true })
  letterSentBy: string | null;

  /** The secretary's message that went with the letter to the owner. */
  @Column({ name: 'covering_message', type: 'text', nullable: true })
  coveringMessage: string | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
