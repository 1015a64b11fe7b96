import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ListingFacts } from './listing-facts.js';

/** Why a version of the werkblad was frozen. */
export const DESCRIPTION_VERSION_KINDS = ['feedback', 'ready', 'final'] as const;
export type DescriptionVersionKind = (typeof DESCRIPTION_VERSION_KINDS)[number];

/** Section key -> text, for every section of the template at the moment of freezing. */
export type FrozenSections = Record<string, string>;

/** A numbered, frozen copy of the whole werkblad (1, 2, 3… per application). Never changed. */
@Entity({ name: 'description_versions' })
export class DescriptionVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  kind: DescriptionVersionKind;

  /** The feedback round this version opened; only for kind `feedback`. */
  @Column({ name: 'feedback_round', type: 'integer', nullable: true })
  feedbackRound: number | null;

  @Column({ type: 'jsonb' })
  sections: FrozenSections;

  /** The structured facts at the moment of freezing; null for versions frozen before they existed. */
  @Column({ type: 'jsonb', nullable: true })
  facts: ListingFacts | null;

  /** The application version the freezing transition produced. */
  @Column({ name: 'application_version', type: 'integer' })
  applicationVersion: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
