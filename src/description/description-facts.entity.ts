import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ListingFacts } from './listing-facts.js';

/** The live structured facts of a werkblad (listing-facts.ts); a row exists once they were first saved. */
@Entity({ name: 'description_facts' })
export class DescriptionFacts {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'jsonb' })
  facts: ListingFacts;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
