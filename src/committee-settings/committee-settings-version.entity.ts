import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { completedSettings, type ProcedureSettings } from './procedure-settings.js';

/** One version of a committee's procedure settings; never changed once written (a change is a new version). */
@Entity({ name: 'committee_settings' })
export class CommitteeSettingsVersion {
  @PrimaryColumn({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  /** Read completed with the national value of settings added after this version was saved. */
  @Column({ type: 'jsonb', transformer: { from: (stored: ProcedureSettings | null) => (stored ? completedSettings(stored) : stored), to: (value: ProcedureSettings) => value } })
  settings: ProcedureSettings;

  /** Null for the version the migration or the committee's creation wrote. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
