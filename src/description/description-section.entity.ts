import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The live text of one werkblad section. A row exists once the section was first saved; a
 * section without a row has version 0 and no text. `version` counts saves of this section only.
 */
@Entity({ name: 'description_sections' })
export class DescriptionSection {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ name: 'section_key', type: 'text' })
  sectionKey: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
