import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ProcedureSettings } from './procedure-settings.js';

/** One version of a committee's procedure settings; never changed once written (a change is a new version). */
@Entity({ name: 'committee_settings' })
export class CommitteeSettingsVersion {
  @PrimaryColumn({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  settings: ProcedureSettings;

  /** Null for the version the migration or the committee's creation wrote. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
