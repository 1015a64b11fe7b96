import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes on the decision letter: the chair records the decision, the secretary sends the letter
 * (optionally with a covering message). Until then the owner sees nothing of it. Decisions recorded
 * before this change had their letter sent at once, so they count as sent when they were decided.
 */
export class DecisionLetterSending1764002200000 implements MigrationInterface {
  name = 'DecisionLetterSending1764002200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE decisions
        ADD COLUMN letter_sent_at timestamptz,
        ADD COLUMN letter_sent_by uuid CONSTRAINT decisions_letter_sent_by_fkey REFERENCES users(id),
        ADD COLUMN covering_message text`);
    await db.query(`UPDATE decisions SET letter_sent_at = decided_at`);
    // The conditions deadline runs from the letter: a draft may not have one yet.
    await db.query(`ALTER TABLE decisions DROP CONSTRAINT decisions_conditions_check`);
    await db.query(`
      ALTER TABLE decisions ADD CONSTRAINT decisions_conditions_check CHECK (
        (verdict = 'conditionally_recognised') = (conditions IS NOT NULL)
        AND (verdict = 'conditionally_recognised' OR conditions_deadline IS NULL)
        AND (verdict <> 'conditionally_recognised' OR letter_sent_at IS NULL OR conditions_deadline IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE decisions DROP CONSTRAINT decisions_conditions_check`);
    await db.query(`
      ALTER TABLE decisions ADD CONSTRAINT decisions_conditions_check CHECK (
        (verdict = 'conditionally_recognised') = (conditions IS NOT NULL AND conditions_deadline IS NOT NULL))`);
    await db.query(`ALTER TABLE decisions DROP COLUMN letter_sent_at, DROP COLUMN letter_sent_by, DROP COLUMN covering_message`);
  }
}
