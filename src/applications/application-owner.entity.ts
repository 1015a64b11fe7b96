import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An owner user of an application; several users of the same organisation may own one. */
@Entity({ name: 'application_owners' })
export class ApplicationOwner {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
