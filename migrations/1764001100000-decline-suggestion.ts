import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A reviewer who declines may name a colleague (free text: a name, an e-mail address or both) for the secretary. */
export class DeclineSuggestion1764001100000 implements MigrationInterface {
  name = 'DeclineSuggestion1764001100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE panel_invitations ADD COLUMN suggested_colleague text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE panel_invitations DROP COLUMN suggested_colleague`);
  }
}
