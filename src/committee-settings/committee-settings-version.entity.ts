import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { withDefaults, type ProcedureSettings } from './procedure-settings.js';

/** One version of a committee's procedure settings; never changed once written (a change is a new version). */
@Entity({ name: 'committee_settings' })
export class CommitteeSettingsVersion {
  @PrimaryColumn({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  /** Read with the defaults of settings added after the version was saved (rows are never updated). */
  @Column({ type: 'jsonb', transformer: { to: (settings: ProcedureSettings) => settings, from: (stored: ProcedureSettings) => withDefaults(stored) } })
  settings: ProcedureSettings;

  /** Null for the version the migration or the committee's creation wrote. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
