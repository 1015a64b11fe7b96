import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feasibility (uitvoerbaarheid) verdict of a review and of a decision, given only when the
 * case's settings version asks for it (docs/decisions/0034); NULL for every case that does not.
 */
export class FeasibilityVerdict1764004200000 implements MigrationInterface {
  name = 'FeasibilityVerdict1764004200000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['reviews', 'decisions']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN feasibility text, ADD COLUMN feasibility_explanation text`);
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_feasibility_check CHECK (feasibility IN ('feasible', 'feasible_with_conditions', 'not_feasible'))`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['reviews', 'decisions'])
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_feasibility_check, DROP COLUMN feasibility, DROP COLUMN feasibility_explanation`);
  }
}
