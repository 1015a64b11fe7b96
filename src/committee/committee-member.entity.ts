import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A member (commissielid) of a committee; the chair is on the committee row itself. */
@Entity({ name: 'committee_members' })
export class CommitteeMember {
  @PrimaryColumn({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
