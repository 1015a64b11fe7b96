import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewerKind } from './panel-composition.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'conflict', 'expired', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * An invitation to review one application. `conflict`: the reviewer declared a conflict of
 * interest on accepting, which blocks the assignment; `withdrawn`: the secretary took it back.
 */
@Entity({ name: 'panel_invitations' })
export class PanelInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'text' })
  kind: ReviewerKind;

  @Column({ type: 'text' })
  status: InvitationStatus;

  /** The secretary who invited; null when the system invited an alternate. */
  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'alternate_id', type: 'uuid', nullable: true })
  alternateId: string | null;

  @Column({ name: 'invited_at', type: 'timestamptz' })
  invitedAt: Date;

  @Column({ name: 'response_due_at', type: 'timestamptz' })
  responseDueAt: Date;

  /** When the reviewer answered (accepted, declined, declared a conflict). */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** When the invitation stopped being pending, for whatever reason. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  /** Free text (name and/or e-mail) a declining reviewer offers in their place; for the secretary only. */
  @Column({ name: 'suggested_colleague', type: 'text', nullable: true })
  suggestedColleague: string | null;

  @Column({ name: 'conflict_description', type: 'text', nullable: true })
  conflictDescription: string | null;
}
