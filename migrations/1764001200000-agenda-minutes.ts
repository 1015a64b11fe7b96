import type { MigrationInterface, QueryRunner } from 'typeorm';

/** After the meeting, a short internal note per agenda item: what the committee said about the case. */
export class AgendaMinutes1764001200000 implements MigrationInterface {
  name = 'AgendaMinutes1764001200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agenda_items ADD COLUMN minutes text, ADD COLUMN minutes_by uuid REFERENCES users(id), ADD COLUMN minutes_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agenda_items DROP COLUMN minutes, DROP COLUMN minutes_by, DROP COLUMN minutes_at`);
  }
}
