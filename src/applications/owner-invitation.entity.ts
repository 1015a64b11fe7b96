import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A co-owner invited by e-mail before they have an account; claimed when they register. */
@Entity({ name: 'application_owner_invitations' })
export class OwnerInvitation {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ type: 'text' })
  email: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
