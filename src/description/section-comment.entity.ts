import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const COMMENT_STATUSES = ['open', 'resolved'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** The capacities in which someone comments on a werkblad. */
export const COMMENT_AUTHOR_KINDS = ['owner', 'coach', 'secretary'] as const;
export type CommentAuthorKind = (typeof COMMENT_AUTHOR_KINDS)[number];

/**
 * A comment on one werkblad section. A thread is a first comment (parentId null, with a status)
 * and its replies (parentId = the first comment, no status of their own).
 */
@Entity({ name: 'section_comments' })
export class SectionComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  /** The frozen version the comment is about; null for the live text. */
  @Column({ name: 'version_number', type: 'integer', nullable: true })
  versionNumber: number | null;

  @Column({ name: 'section_key', type: 'text' })
  sectionKey: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'author_kind', type: 'text' })
  authorKind: CommentAuthorKind;

  @Column({ type: 'text' })
  body: string;

  /** Only on the first comment of a thread. */
  @Column({ type: 'text', nullable: true })
  status: CommentStatus | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** The passage a thread is about (see comment-anchor.ts); null for a comment on the whole section. */
  @Column({ name: 'anchor_quote', type: 'text', nullable: true })
  anchorQuote: string | null;

  /** Where the quote started in the section text it was taken from. */
  @Column({ name: 'anchor_offset', type: 'integer', nullable: true })
  anchorOffset: number | null;

  /** The section revision the quote was taken from (0 for a frozen version's text). */
  @Column({ name: 'anchor_section_version', type: 'integer', nullable: true })
  anchorSectionVersion: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;
}
