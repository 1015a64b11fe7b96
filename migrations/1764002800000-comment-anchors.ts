import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A comment may be anchored to a passage of its section: the quoted text, where it started and
 * the section revision it was quoted from. All three or none.
 */
export class CommentAnchors1764002800000 implements MigrationInterface {
  name = 'CommentAnchors1764002800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE section_comments
         ADD COLUMN anchor_quote text,
         ADD COLUMN anchor_offset integer,
         ADD COLUMN anchor_section_version integer,
         ADD CONSTRAINT section_comments_anchor_check CHECK (
           (anchor_quote IS NULL AND anchor_offset IS NULL AND anchor_section_version IS NULL)
           OR (anchor_quote <> '' AND anchor_offset >= 0 AND anchor_section_version >= 0)
         )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE section_comments
         DROP CONSTRAINT section_comments_anchor_check,
         DROP COLUMN anchor_quote, DROP COLUMN anchor_offset, DROP COLUMN anchor_section_version`,
    );
  }
}
