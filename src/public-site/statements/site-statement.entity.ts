import { Column, Entity, PrimaryColumn } from 'typeorm';

export const STATEMENT_KINDS = ['accessibility', 'privacy'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/**
 * A statement of the public website (toegankelijkheidsverklaring, privacyverklaring), edited by
 * the admin. The body is plain text with a few line marks: `## ` starts a heading, `- ` a list
 * item, an empty line a new paragraph (see statement-text.ts); no markup is stored.
 */
@Entity({ name: 'site_statements' })
export class SiteStatement {
  @PrimaryColumn({ type: 'text' })
  kind: StatementKind;

  @Column({ name: 'body_nl', type: 'text' })
  bodyNl: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn: string;

  /** Where readers send questions, complaints and requests; shown in the statement and the footer. */
  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
