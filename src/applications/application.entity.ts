import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LevelCode } from '../track/track.levels.js';
import type { PersistedTrackSnapshot, StateDetail } from '../track/track.snapshot.js';

/**
 * An application (aanmelding) for recognition of one intervention. The intake fields are the
 * owner's; the track columns (`snapshot`, `state`, `version`) change only through TrackService.
 */
@Entity({ name: 'applications' })
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human-readable, e.g. ERK-2026-0042. */
  @Column({ type: 'text', insert: false, update: false })
  reference: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  goal: string;

  @Column({ name: 'target_group', type: 'text' })
  targetGroup: string;

  @Column({ type: 'text' })
  approach: string;

  @Column({ type: 'text', array: true })
  themes: string[];

  @Column({ name: 'target_level', type: 'text' })
  targetLevel: LevelCode;

  @Column({ name: 'years_in_practice', type: 'integer', nullable: true })
  yearsInPractice: number | null;

  @Column({ name: 'organisations_count', type: 'integer', nullable: true })
  organisationsCount: number | null;

  @Column({ name: 'has_handbook', type: 'boolean', nullable: true })
  hasHandbook: boolean | null;

  @Column({ name: 'handbook_in_dutch', type: 'boolean', nullable: true })
  handbookInDutch: boolean | null;

  @Column({ name: 'has_process_evaluation', type: 'boolean', nullable: true })
  hasProcessEvaluation: boolean | null;

  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId: string | null;

  /** The databank listing this application created, or updates when it is a re-assessment. */
  @Column({ name: 'listing_id', type: 'uuid', nullable: true })
  listingId: string | null;

  /** The committee (deelcommissie) the application is for; null for one started before there was a committee. */
  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  /** The version of the committee's procedure settings the application follows (the one it was started under). */
  @Column({ name: 'settings_version', type: 'integer', nullable: true })
  settingsVersion: number | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** stateKey() of the snapshot, for queries; the snapshot is the truth. */
  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'state_detail', type: 'jsonb', nullable: true })
  stateDetail: StateDetail | null;

  @Column({ type: 'jsonb' })
  snapshot: PersistedTrackSnapshot;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion: number;

  /** Optimistic concurrency: bumped by every change, compared with what the client last saw. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'state_changed_at', type: 'timestamptz' })
  stateChangedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
