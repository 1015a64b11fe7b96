import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReviewerKind } from './panel-composition.js';

export type PanelMemberStatus = 'active' | 'removed';

/**
 * A reviewer on an application's panel. The letter (A, B, C, ...) is assigned in acceptance order,
 * never reused, and is how owners and the public see the reviewer ("Beoordelaar A").
 * Other modules read this table: the committee (who reviewed) and notifications (whom to remind).
 */
@Entity({ name: 'panel_members' })
export class PanelMember {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'text' })
  kind: ReviewerKind;

  @Column({ type: 'text' })
  letter: string;

  @Column({ type: 'text' })
  status: PanelMemberStatus;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;
}
