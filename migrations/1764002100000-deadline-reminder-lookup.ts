import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's deadline reminders, sent and planned, for its deadline list: the outbox keeps every row
 * it ever relayed, so without this index each application page would read the whole outbox.
 */
export class DeadlineReminderLookup1764002100000 implements MigrationInterface {
  name = 'DeadlineReminderLookup1764002100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX outbox_deadline_reminder_application_idx ON outbox (application_id) WHERE topic = 'deadline.reminder'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_deadline_reminder_application_idx`);
  }
}
